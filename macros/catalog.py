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
from pydantic import ValidationError

from macros.model import Werkvorm, controleer_body, fouten_als_zinnen

WERKVORMEN_MAP = "werkvormen"
OVERZICHTSPAGINA = "index.md"
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


@dataclass(frozen=True)
class Catalogus:
    werkvormen: dict[str, Werkvorm]
    bodies: dict[str, str] = field(default_factory=dict)

    def op_titel(self) -> list[Werkvorm]:
        return sorted(self.werkvormen.values(), key=lambda werkvorm: werkvorm.titel.casefold())


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
    return Pagina(bestand, kop, tekst[treffer.end() :])


def _yaml_melding(fout: yaml.YAMLError) -> str:
    plek = getattr(fout, "problem_mark", None)
    regel = f" op regel {plek.line + 2}" if plek else ""
    uitleg = getattr(fout, "problem", None) or str(fout)
    return f"de YAML-kop is geen geldige YAML{regel} ({uitleg}); controleer inspringing, dubbele punten en aanhalingstekens"


def valideer_werkvorm(pagina: Pagina) -> tuple[Werkvorm | None, list[Probleem]]:
    """Validates one werkvorm file on its own: card fields, body sections, id against filename."""
    problemen = [Probleem(pagina.bestand, melding) for melding in controleer_body(pagina.body)]
    try:
        werkvorm = Werkvorm.model_validate(pagina.kop)
    except ValidationError as fout:
        return None, [Probleem(pagina.bestand, zin) for zin in fouten_als_zinnen(fout)] + problemen
    verwachte_id = Path(pagina.bestand).stem
    if werkvorm.id != verwachte_id:
        problemen.append(Probleem(pagina.bestand, f"id: '{werkvorm.id}' is niet gelijk aan de bestandsnaam; gebruik '{verwachte_id}'"))
    return werkvorm, problemen


def bouw_catalogus(paginas: list[Pagina]) -> Catalogus:
    """Validates all werkvorm pages together, including references between them."""
    werkvormen: dict[str, Werkvorm] = {}
    bodies: dict[str, str] = {}
    bestanden: dict[str, str] = {}
    problemen: list[Probleem] = []
    for pagina in paginas:
        try:
            werkvorm, eigen_problemen = valideer_werkvorm(pagina)
        except InhoudFout as fout:
            problemen.extend(fout.problemen)
            continue
        problemen.extend(eigen_problemen)
        if werkvorm is None:
            continue
        if werkvorm.id in werkvormen:
            problemen.append(
                Probleem(pagina.bestand, f"id: '{werkvorm.id}' wordt ook gebruikt in {bestanden[werkvorm.id]}; elke id is uniek")
            )
            continue
        werkvormen[werkvorm.id] = werkvorm
        bodies[werkvorm.id] = pagina.body
        bestanden[werkvorm.id] = pagina.bestand
    problemen.extend(_verwijzingen(werkvormen, bestanden))
    if problemen:
        raise InhoudFout(problemen)
    return Catalogus(werkvormen, bodies)


def _verwijzingen(werkvormen: dict[str, Werkvorm], bestanden: dict[str, str]) -> list[Probleem]:
    return [
        Probleem(bestanden[werkvorm.id], f"verwant: '{doel}' is geen bestaande werkvorm; gebruik de id van een bestand in docs/werkvormen/")
        for werkvorm in werkvormen.values()
        for doel in werkvorm.verwant
        if doel not in werkvormen
    ]


def laad_catalogus(docs_dir: Path) -> Catalogus:
    """Reads every werkvorm file under docs_dir once; raises InhoudFout listing all problems."""
    map_ = Path(docs_dir) / WERKVORMEN_MAP
    paginas, problemen = [], []
    for pad in sorted(map_.glob("*.md")):
        if pad.name == OVERZICHTSPAGINA:
            continue
        bestand = pad.relative_to(Path(docs_dir).parent).as_posix()
        try:
            paginas.append(lees_pagina(pad.read_text(encoding="utf-8"), bestand))
        except InhoudFout as fout:
            problemen.extend(fout.problemen)
    try:
        catalogus = bouw_catalogus(paginas)
    except InhoudFout as fout:
        raise InhoudFout(problemen + fout.problemen) from None
    if problemen:
        raise InhoudFout(problemen)
    return catalogus
