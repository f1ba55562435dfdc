"""Loads and validates every content file once, before any page is rendered.

MkDocs hands pages to plugins one at a time, so page N cannot see page N+1's
front matter. Reading all of it up front gives every renderer the whole
catalog and lets one run report every problem in every file at once; `make
check` and `make build` call this same function, so they agree on what is valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from macros.kaartcontrole import (
    KAARTSOORTEN,
    WERKVORM,
    GecontroleerdeKaart,
    Kaart,
    Probleem,
    body_problemen,
    lees_en_controleer,
    persoonsgegevens_in_pagina,
    soort_van,
)
from macros.kiezen import Verwantschap
from macros.lezen import LeesFout, Pagina, lees_pagina, lees_tekst
from macros.meldingen import fouten_als_zinnen
from macros.model import Begrip, Begrippenlijst, Casus, Werkvorm
from macros.plaatsing import CASUSSEN_MAP, OVERZICHTSPAGINA, WERKVORMEN_MAP, inhoudsbestanden, plaatsfout, verdwaalde_kaart

BEGRIPPENPAGINA = "begrippen.md"


class InhoudFout(Exception):
    """Raised with every problem of the whole content at once, so authors fix them in one go."""

    def __init__(self, problemen: list[Probleem]):
        self.problemen = problemen
        regels = "\n".join(f"  - {probleem}" for probleem in problemen)
        super().__init__(f"De inhoud bevat {len(problemen)} fout(en):\n{regels}")


@dataclass(frozen=True)
class Catalogus:
    werkvormen: dict[str, Werkvorm]
    bodies: dict[str, str] = field(default_factory=dict)
    casussen: dict[str, Casus] = field(default_factory=dict)
    casus_bodies: dict[str, str] = field(default_factory=dict)
    begrippen: tuple[Begrip, ...] = ()

    def op_titel(self) -> list[Werkvorm]:
        return sorted(self.werkvormen.values(), key=lambda werkvorm: werkvorm.titel.casefold())

    @cached_property
    def verwantschap(self) -> Verwantschap:
        """Related werkvormen, ranked once for the whole library instead of once per page."""
        return Verwantschap(self.werkvormen.values())

    def casussen_op_titel(self) -> list[Casus]:
        return sorted(self.casussen.values(), key=lambda casus: casus.titel.casefold())

    def casussen_met_werkvorm(self, werkvorm_id: str) -> list[Casus]:
        return [casus for casus in self.casussen_op_titel() if werkvorm_id in casus.werkvormen]


def bouw_catalogus(kaarten: list[GecontroleerdeKaart], begrippen: tuple[Begrip, ...] = ()) -> Catalogus:
    """Puts the checked cards together and checks what needs all of them: unique ids, references, pseudonyms."""
    items: dict[str, dict[str, Kaart]] = {WERKVORMEN_MAP: {}, CASUSSEN_MAP: {}}
    geldig: dict[str, Pagina] = {}
    problemen: list[Probleem] = []
    for gecontroleerd in kaarten:
        pagina, item = gecontroleerd.pagina, gecontroleerd.kaart
        problemen.extend(gecontroleerd.problemen)
        map_ = soort_van(pagina.bestand).map
        if item is None or item.id != Path(pagina.bestand).stem:
            continue
        if item.id in items[map_]:
            eerder = geldig[f"{map_}/{item.id}"].bestand
            problemen.append(Probleem(pagina.bestand, f"id: '{item.id}' wordt ook gebruikt in {eerder}; elke id is uniek"))
            continue
        items[map_][item.id] = item
        geldig[f"{map_}/{item.id}"] = pagina
    werkvormen = {id_: w for id_, w in items[WERKVORMEN_MAP].items() if isinstance(w, Werkvorm)}
    casussen = {id_: c for id_, c in items[CASUSSEN_MAP].items() if isinstance(c, Casus)}
    bestaand = {Path(k.pagina.bestand).stem for k in kaarten if soort_van(k.pagina.bestand) == WERKVORM}
    problemen += _verwijzingen(werkvormen, casussen, geldig, bestaand)
    problemen += _pseudoniemen_eenmalig(casussen, geldig)
    if problemen:
        raise InhoudFout(problemen)
    return Catalogus(
        werkvormen=werkvormen,
        bodies={id_: geldig[f"{WERKVORMEN_MAP}/{id_}"].body for id_ in werkvormen},
        casussen=casussen,
        casus_bodies={id_: geldig[f"{CASUSSEN_MAP}/{id_}"].body for id_ in casussen},
        begrippen=begrippen,
    )


def _verwijzingen(werkvormen: dict, casussen: dict, geldig: dict[str, Pagina], bestaand: set[str]) -> list[Probleem]:
    """References to werkvormen that have no file; a werkvorm file with its own errors counts as existing,
    so one broken card gives its own messages and not one more in every card that names it."""

    def onbekend(map_: str, item, veld: str, doel: str) -> Probleem:
        return Probleem(
            geldig[f"{map_}/{item.id}"].bestand,
            f"{veld}: '{doel}' is geen bestaande werkvorm; gebruik de id van een bestand in docs/werkvormen/",
        )

    problemen = [onbekend(WERKVORMEN_MAP, w, "verwant", doel) for w in werkvormen.values() for doel in w.verwant if doel not in bestaand]
    problemen += [onbekend(CASUSSEN_MAP, c, "werkvormen", doel) for c in casussen.values() for doel in c.werkvormen if doel not in bestaand]
    return problemen


def _pseudoniemen_eenmalig(casussen: dict[str, Casus], geldig: dict[str, Pagina]) -> list[Probleem]:
    """A pseudonym used in two cases suggests they are about the same person; each name appears once on the site."""
    eerst: dict[str, str] = {}
    problemen = []
    for casus in sorted(casussen.values(), key=lambda c: c.id):
        for naam in casus.pseudoniemen:
            if naam in eerst:
                problemen.append(
                    Probleem(
                        geldig[f"{CASUSSEN_MAP}/{casus.id}"].bestand,
                        f"pseudoniemen: '{naam}' staat ook in {geldig[f'{CASUSSEN_MAP}/{eerst[naam]}'].bestand}; "
                        "kies een voornaam die nog nergens op de site gebruikt is",
                    )
                )
            else:
                eerst[naam] = casus.id
    return problemen


def lees_begrippen(pagina: Pagina) -> tuple[Begrip, ...]:
    """The glossary lives in the front matter of docs/begrippen.md."""
    try:
        lijst = Begrippenlijst.model_validate({"begrippen": pagina.kop.get("begrippen")})
    except ValidationError as fout:
        raise InhoudFout([Probleem(pagina.bestand, zin) for zin in fouten_als_zinnen(fout)]) from None
    return tuple(lijst.begrippen)


def laad_catalogus(docs_dir: Path) -> Catalogus:
    """Reads every page under docs_dir once; raises InhoudFout listing all problems of all files."""
    docs_dir = Path(docs_dir)
    kaarten: list[GecontroleerdeKaart] = []
    begrippen: tuple[Begrip, ...] = ()
    problemen: list[Probleem] = []
    for pad in inhoudsbestanden(docs_dir):
        naam = _naam(pad, docs_dir)
        if melding := plaatsfout(pad, docs_dir):
            problemen.append(Probleem(naam, melding))
            continue
        try:
            tekst = lees_tekst(pad)
            if pad.parent.relative_to(docs_dir).as_posix() in KAARTSOORTEN and pad.name != OVERZICHTSPAGINA:
                kaart = lees_en_controleer(tekst, naam)
                if isinstance(kaart, Probleem):
                    problemen.append(kaart)
                else:
                    kaarten.append(kaart)
                continue
            pagina = lees_pagina(tekst, naam, kop_verplicht=False)
        except LeesFout as fout:
            problemen.append(Probleem(naam, str(fout)))
            continue
        problemen += body_problemen(pagina) or persoonsgegevens_in_pagina(pagina)
        if melding := verdwaalde_kaart(pagina.kop):
            problemen.append(Probleem(naam, melding))
        if pad == docs_dir / BEGRIPPENPAGINA:
            try:
                begrippen = lees_begrippen(pagina)
            except InhoudFout as fout:
                problemen += fout.problemen
    try:
        catalogus = bouw_catalogus(kaarten, begrippen)
    except InhoudFout as fout:
        raise InhoudFout(problemen + fout.problemen) from None
    if problemen:
        raise InhoudFout(problemen)
    return catalogus


def _naam(pad: Path, docs_dir: Path) -> str:
    return pad.relative_to(docs_dir.parent).as_posix()
