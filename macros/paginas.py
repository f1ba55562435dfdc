"""What each page becomes: a werkvorm or casus page around its card, an overview where a page asks for one.

This is the whole page step of the build, without MkDocs: the glue hands over a page's source path,
Markdown and front matter and gets them back, so another builder could call the same function.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from macros import begrippenpagina, kiezerpagina, offlinepagina, overzichten, werkvormfilter
from macros.bijeenkomst import Onderdelen
from macros.casuspagina import casus_pagina
from macros.catalog import Catalogus
from macros.kaart import tags
from macros.plaatsing import CASUSSEN_MAP, WERKVORMEN_MAP
from macros.plannerpagina import planner
from macros.plek import Plek
from macros.printen import PrintInfo
from macros.teammap import teammap
from macros.werkvormpagina import werkvorm_pagina

Generator = Callable[[Catalogus, Plek, Mapping], str]
GENERATOREN: dict[str, Generator] = {
    "werkvormen-overzicht": werkvormfilter.werkvormen_overzicht,
    "bakens-overzicht": overzichten.bakens_overzicht,
    "casussen-overzicht": overzichten.casussen_overzicht,
    "baken": overzichten.baken_koppelingen,
    "thema": overzichten.thema_koppelingen,
    "begrippen": begrippenpagina.begrippenlijst,
    "index-vraagtype": overzichten.index_vraagtype,
    "index-duur": overzichten.index_duur,
    "index-groepsgrootte": overzichten.index_groepsgrootte,
    "index-niveau": overzichten.index_niveau,
    "index-soort": overzichten.index_soort,
    "kiezer": kiezerpagina.kiezer,
    "offline-download": offlinepagina.downloadlink,
}
"""What a page may ask for with `genereer:` in its front matter; the result replaces the marker line."""
MARKERING = "<!-- overzicht -->"


class PaginaFout(ValueError):
    """A page asks for something that cannot be made; the message names the file and the field."""


@dataclass(frozen=True)
class Site:
    """What every page may need from the whole build: the catalog, the printout data, a bijeenkomst's parts."""

    catalogus: Catalogus
    printinfo: Callable[[str], PrintInfo]
    onderdelen: Onderdelen


def bouw_pagina(bron: str, markdown: str, meta: Mapping, site: Site, mappen: bool = True) -> tuple[str, dict]:
    """The page's Markdown and front matter after the macros; title and description escaped for the theme.

    `mappen` is MkDocs' use_directory_urls as it stands when pages are built: the offline build turns it off
    only after the configuration step, so it cannot be fixed when the catalog is loaded."""
    pad = PurePosixPath(bron)
    nieuwe_meta = dict(meta)
    catalogus = site.catalogus
    if pad.parent.as_posix() == WERKVORMEN_MAP and pad.stem in catalogus.werkvormen:
        werkvorm = catalogus.werkvormen[pad.stem]
        nieuwe_meta |= {"title": werkvorm.titel, "description": werkvorm.samenvatting, "tags": tags(werkvorm)}
        markdown = werkvorm_pagina(werkvorm, markdown, catalogus, site.printinfo(werkvorm.id), mappen)
    elif pad.parent.as_posix() == CASUSSEN_MAP and pad.stem in catalogus.casussen:
        casus = catalogus.casussen[pad.stem]
        nieuwe_meta |= {"title": casus.titel, "description": casus.samenvatting}
        markdown = casus_pagina(casus, markdown, catalogus)
    for sleutel in ("title", "description"):
        if sleutel in nieuwe_meta:
            nieuwe_meta[sleutel] = html.escape(str(nieuwe_meta[sleutel]), quote=True)
    if generator := meta.get("genereer"):
        markdown = vul_overzicht_in(markdown, str(generator), Plek(bron, mappen), meta, site)
    return markdown, nieuwe_meta


def vul_overzicht_in(markdown: str, generator: str, plek: Plek, meta: Mapping, site: Site) -> str:
    generatoren = {
        **GENERATOREN,
        "teammap": lambda catalogus, plek, meta: teammap(catalogus, plek, meta, site.printinfo),
        "planner": lambda catalogus, plek, meta: planner(catalogus, plek, site.onderdelen, meta),
    }
    if generator not in generatoren:
        raise PaginaFout(f"docs/{plek.bron}: genereer: onbekende waarde '{generator}'; toegestaan: {', '.join(generatoren)}")
    if markdown.count(MARKERING) != 1:
        raise PaginaFout(f"docs/{plek.bron}: genereer: '{generator}' vraagt precies één regel '{MARKERING}' op de plek van het overzicht")
    try:
        overzicht = generatoren[generator](site.catalogus, plek, meta)
    except ValueError as fout:
        raise PaginaFout(f"docs/{plek.bron}: {fout}") from None
    return markdown.replace(MARKERING, overzicht)
