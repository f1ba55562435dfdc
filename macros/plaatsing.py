"""Where content files may live: cards directly in their folder, every page ending in lowercase `.md`.

MkDocs publishes `.markdown` and `.MD` files and cards in any folder, but the catalog would not check them.
So a file in the wrong place, with the wrong extension or a name that is not a slug is refused, and a card
outside its folder is recognised and sent home.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from macros.model import SLUG_PATROON

WERKVORMEN_MAP = "werkvormen"
CASUSSEN_MAP = "casussen"
KAARTMAPPEN = (WERKVORMEN_MAP, CASUSSEN_MAP)
OVERZICHTSPAGINA = "index.md"
MARKDOWN_EXTENSIES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""What MkDocs publishes as a page; only lowercase .md is checked, so the others are refused."""


def is_kaartpagina(bron: str) -> bool:
    """A werkvorm or casus file (docs-relative, with '/'), not the overview page of its folder."""
    map_, _, naam = bron.rpartition("/")
    return map_ in KAARTMAPPEN and naam != OVERZICHTSPAGINA


def inhoudsbestanden(docs_dir: Path) -> list[Path]:
    """Every Markdown-like file under docs_dir and every file in a card folder, without following links to folders."""
    gevonden = []
    for map_, mappen, namen in os.walk(docs_dir, followlinks=False):
        delen = Path(map_).relative_to(docs_dir).parts
        in_kaartmap = bool(delen) and delen[0] in KAARTMAPPEN
        gevonden += [Path(map_) / naam for naam in namen if in_kaartmap or naam.lower().endswith(MARKDOWN_EXTENSIES)]
        gevonden += [pad for pad in map(Path(map_).joinpath, mappen + namen) if pad.is_symlink() and not pad.is_file()]
    return sorted(set(gevonden))


def plaatsfout(pad: Path, docs_dir: Path) -> str | None:
    """Why a file is in the wrong place or has the wrong name, or None."""
    relatief = pad.relative_to(docs_dir)
    if pad.is_symlink() and pad.is_dir():
        return (
            "is een snelkoppeling (symlink) naar een map; MkDocs volgt die en kan rondlopen in een kringverwijzing. "
            "Zet de bestanden zelf in docs/"
        )
    if pad.is_symlink() and not pad.is_file():
        return "is een snelkoppeling (symlink) die nergens heen wijst of een kringverwijzing is; haal hem weg"
    if pad.suffix != ".md":
        return f"de extensie '{pad.suffix}' wordt niet gecontroleerd; een pagina eindigt op .md (kleine letters)"
    if relatief.parts[0] in KAARTMAPPEN:
        if len(relatief.parts) > 2:
            return f"staat in een submap; zet het bestand direct in docs/{relatief.parts[0]}/"
        if pad.name != OVERZICHTSPAGINA and not re.match(SLUG_PATROON, pad.stem):
            return f"de bestandsnaam '{pad.name}' mag alleen kleine letters, cijfers en streepjes hebben, zoals 'vijf-stappen.md'"
    return None


def kaartmap_van(kop: dict) -> str | None:
    """The folder a card belongs in, told by the fields only that kind of card has; None for any other page."""
    if "stappen" in kop and "rollen" in kop:
        return WERKVORMEN_MAP
    if "pseudoniemen" in kop or ("setting" in kop and "werkvormen" in kop):
        return CASUSSEN_MAP
    return None


def verdwaalde_kaart(kop: dict, map_: str | None = None) -> str | None:
    """A card outside its folder would be published as a plain page without any check, and a card in the other
    card folder would get a message for every field that kind of card lacks: one message sends it home."""
    thuis = kaartmap_van(kop)
    if thuis is None or thuis == map_:
        return None
    soort = "een werkvorm" if thuis == WERKVORMEN_MAP else "een casus"
    return f"dit lijkt {soort}; {soort} staat in docs/{thuis}/<id>.md"
