"""Loads and validates every content file once, before any page is rendered.

MkDocs hands pages to plugins one at a time, so page N cannot see page N+1's
front matter. Reading all of it up front gives every renderer the whole
catalog and lets one build report every problem in every file at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from macros import anonimiteit
from macros.model import CASUS_KOPJES, VERPLICHTE_KOPJES, Begrip, Begrippenlijst, Casus, Werkvorm, controleer_body, fouten_als_zinnen

WERKVORMEN_MAP = "werkvormen"
CASUSSEN_MAP = "casussen"
OVERZICHTSPAGINA = "index.md"
BEGRIPPENPAGINA = "begrippen.md"
VOORBEELDKOPJE = VERPLICHTE_KOPJES[-1]
_KOP = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class Probleem:
    """One thing an author must fix: where it is and what is wrong, in Dutch."""

    bestand: str
    melding: str

    def __str__(self) -> str:
        return f"{self.bestand}: {self.melding}"


class InhoudFout(Exception):
    """Raised with every problem of the whole content at once, so authors fix them in one go."""

    def __init__(self, problemen: list[Probleem]):
        self.problemen = problemen
        regels = "\n".join(f"  - {probleem}" for probleem in problemen)
        super().__init__(f"De inhoud bevat {len(problemen)} fout(en):\n{regels}")


@dataclass(frozen=True)
class Pagina:
    """A content file split into its front matter (the data) and its Markdown body."""

    bestand: str
    kop: dict
    body: str
    tekst: str = ""

    @property
    def eerste_bodyregel(self) -> int:
        return self.tekst.count("\n") - self.body.count("\n") + 1


@dataclass(frozen=True)
class Soort:
    """A kind of content: its folder, its card model and the sections its body must have."""

    map: str
    model: type[BaseModel]
    kopjes: tuple[str, ...]


WERKVORM = Soort(WERKVORMEN_MAP, Werkvorm, VERPLICHTE_KOPJES)
CASUS = Soort(CASUSSEN_MAP, Casus, CASUS_KOPJES)


@dataclass(frozen=True)
class Catalogus:
    werkvormen: dict[str, Werkvorm]
    bodies: dict[str, str] = field(default_factory=dict)
    casussen: dict[str, Casus] = field(default_factory=dict)
    casus_bodies: dict[str, str] = field(default_factory=dict)
    begrippen: tuple[Begrip, ...] = ()

    def op_titel(self) -> list[Werkvorm]:
        return sorted(self.werkvormen.values(), key=lambda werkvorm: werkvorm.titel.casefold())

    def casussen_op_titel(self) -> list[Casus]:
        return sorted(self.casussen.values(), key=lambda casus: casus.titel.casefold())

    def casussen_met_werkvorm(self, werkvorm_id: str) -> list[Casus]:
        return [casus for casus in self.casussen_op_titel() if werkvorm_id in casus.werkvormen]


def lees_pagina(tekst: str, bestand: str) -> Pagina:
    """Splits front matter from body; a YAML mistake becomes a Probleem with its line number."""
    treffer = _KOP.match(tekst)
    if not treffer:
        raise InhoudFout([Probleem(bestand, "geen YAML-kop gevonden; het bestand moet beginnen met een regel '---'")])
    try:
        kop = yaml.safe_load(treffer.group(1) or "") or {}
    except yaml.YAMLError as fout:
        raise InhoudFout([Probleem(bestand, _yaml_melding(fout))]) from None
    if not isinstance(kop, dict):
        raise InhoudFout([Probleem(bestand, f"de YAML-kop is geen lijst van velden maar {type(kop).__name__}")])
    return Pagina(bestand, kop, tekst[treffer.end() :], tekst)


def _yaml_melding(fout: yaml.YAMLError) -> str:
    plek = getattr(fout, "problem_mark", None)
    regel = f" op regel {plek.line + 2}" if plek else ""
    uitleg = getattr(fout, "problem", None) or str(fout)
    return f"de YAML-kop is geen geldige YAML{regel} ({uitleg}); controleer inspringing, dubbele punten en aanhalingstekens"


def valideer(pagina: Pagina, soort: Soort = WERKVORM) -> tuple[BaseModel | None, list[Probleem]]:
    """Validates one file on its own: card fields, body sections, id against filename."""
    problemen = [Probleem(pagina.bestand, melding) for melding in controleer_body(pagina.body, soort.kopjes)]
    try:
        item = soort.model.model_validate(pagina.kop)
    except ValidationError as fout:
        return None, [Probleem(pagina.bestand, zin) for zin in fouten_als_zinnen(fout)] + problemen
    verwachte_id = Path(pagina.bestand).stem
    if item.id != verwachte_id:
        problemen.append(
            Probleem(
                pagina.bestand,
                f"id: '{item.id}' is niet gelijk aan de bestandsnaam; gebruik '{verwachte_id}' "
                f"(of hernoem het bestand naar {item.id}.md als die id nog vrij is)",
            )
        )
    return item, problemen


def valideer_werkvorm(pagina: Pagina) -> tuple[Werkvorm | None, list[Probleem]]:
    return valideer(pagina, WERKVORM)


def soort_van(bestand: str) -> Soort:
    return CASUS if Path(bestand).parent.name == CASUSSEN_MAP else WERKVORM


def bouw_catalogus(paginas: list[Pagina], begrippen: tuple[Begrip, ...] = ()) -> Catalogus:
    """Validates all pages together: each file, unique ids, references between files and anonymity."""
    items: dict[str, dict[str, BaseModel]] = {WERKVORMEN_MAP: {}, CASUSSEN_MAP: {}}
    geldig: dict[str, Pagina] = {}
    problemen: list[Probleem] = []
    for pagina in paginas:
        soort = soort_van(pagina.bestand)
        item, eigen_problemen = valideer(pagina, soort)
        problemen.extend(eigen_problemen)
        if item is None or item.id != Path(pagina.bestand).stem:
            continue
        if item.id in items[soort.map]:
            eerder = geldig[f"{soort.map}/{item.id}"].bestand
            problemen.append(Probleem(pagina.bestand, f"id: '{item.id}' wordt ook gebruikt in {eerder}; elke id is uniek"))
            continue
        items[soort.map][item.id] = item
        geldig[f"{soort.map}/{item.id}"] = pagina
    werkvormen, casussen = items[WERKVORMEN_MAP], items[CASUSSEN_MAP]
    problemen += _verwijzingen(werkvormen, casussen, geldig)
    problemen += _anonimiteit(geldig, casussen)
    if problemen:
        raise InhoudFout(problemen)
    return Catalogus(
        werkvormen=werkvormen,
        bodies={id_: geldig[f"{WERKVORMEN_MAP}/{id_}"].body for id_ in werkvormen},
        casussen=casussen,
        casus_bodies={id_: geldig[f"{CASUSSEN_MAP}/{id_}"].body for id_ in casussen},
        begrippen=begrippen,
    )


def _verwijzingen(werkvormen: dict, casussen: dict, geldig: dict[str, Pagina]) -> list[Probleem]:
    def onbekend(map_: str, item, veld: str, doel: str) -> Probleem:
        return Probleem(
            geldig[f"{map_}/{item.id}"].bestand,
            f"{veld}: '{doel}' is geen bestaande werkvorm; gebruik de id van een bestand in docs/werkvormen/",
        )

    problemen = [onbekend(WERKVORMEN_MAP, w, "verwant", doel) for w in werkvormen.values() for doel in w.verwant if doel not in werkvormen]
    problemen += [
        onbekend(CASUSSEN_MAP, c, "werkvormen", doel) for c in casussen.values() for doel in c.werkvormen if doel not in werkvormen
    ]
    return problemen


def _anonimiteit(geldig: dict[str, Pagina], casussen: dict[str, Casus]) -> list[Probleem]:
    """Checks each casus (all but its sources) and the example in each werkvorm for personal data."""
    lijsten = anonimiteit.laad_lijsten()
    problemen = []
    for sleutel, pagina in geldig.items():
        map_, id_ = sleutel.split("/")
        if map_ == CASUSSEN_MAP:
            tekst, eerste = zonder_bronnen(pagina.tekst), 1
            pseudoniemen = casussen[id_].pseudoniemen
        else:
            tekst, eerste = voorbeeldsectie(pagina)
            pseudoniemen = ()
        for vondst in anonimiteit.controleer(tekst, lijsten, pseudoniemen, eerste):
            problemen.append(Probleem(pagina.bestand, vondst.melding()))
    return problemen


def zonder_bronnen(tekst: str) -> str:
    """The file with the lines of its `bronnen:` block blanked: sources name real authors on purpose."""
    regels, in_bronnen = [], False
    for regel in tekst.splitlines():
        if re.match(r"^[\w'’]+:", regel) or regel.startswith("---"):
            in_bronnen = regel.startswith("bronnen:")
        regels.append("" if in_bronnen else regel)
    return "\n".join(regels)


def voorbeeldsectie(pagina: Pagina) -> tuple[str, int]:
    """The werkvorm's example section and the file line it starts on."""
    kop = f"## {VOORBEELDKOPJE}"
    plek = pagina.body.find(kop)
    if plek < 0:
        return "", 1
    return pagina.body[plek:], pagina.eerste_bodyregel + pagina.body[:plek].count("\n")


def lees_begrippen(pad: Path, bestand: str) -> tuple[Begrip, ...]:
    """The glossary lives in the front matter of docs/begrippen.md; no file means no tooltips."""
    if not pad.exists():
        return ()
    pagina = lees_pagina(pad.read_text(encoding="utf-8"), bestand)
    try:
        lijst = Begrippenlijst.model_validate({"begrippen": pagina.kop.get("begrippen")})
    except ValidationError as fout:
        raise InhoudFout([Probleem(bestand, zin) for zin in fouten_als_zinnen(fout)]) from None
    return tuple(lijst.begrippen)


def laad_catalogus(docs_dir: Path) -> Catalogus:
    """Reads every werkvorm, casus and the glossary under docs_dir once; raises InhoudFout listing all problems."""
    docs_dir = Path(docs_dir)
    paginas, problemen = [], []
    for map_ in (WERKVORMEN_MAP, CASUSSEN_MAP):
        for pad in sorted((docs_dir / map_).glob("*.md")):
            if pad.name == OVERZICHTSPAGINA:
                continue
            try:
                paginas.append(lees_pagina(pad.read_text(encoding="utf-8"), _naam(pad, docs_dir)))
            except InhoudFout as fout:
                problemen.extend(fout.problemen)
    begrippen: tuple[Begrip, ...] = ()
    try:
        begrippen = lees_begrippen(docs_dir / BEGRIPPENPAGINA, _naam(docs_dir / BEGRIPPENPAGINA, docs_dir))
    except InhoudFout as fout:
        problemen.extend(fout.problemen)
    try:
        catalogus = bouw_catalogus(paginas, begrippen)
    except InhoudFout as fout:
        raise InhoudFout(problemen + fout.problemen) from None
    if problemen:
        raise InhoudFout(problemen)
    return catalogus


def _naam(pad: Path, docs_dir: Path) -> str:
    return pad.relative_to(docs_dir.parent).as_posix()
