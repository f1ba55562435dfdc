"""The body of a content page as its `## ` sections: one parser for every place that splits a page.

The required sections, the anonymity check of a werkvorm's example and the
place where the steps go all depend on where a heading starts. A `## ` inside
fenced code is not a heading, so the fence rule lives here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERPLICHTE_KOPJES: tuple[str, ...] = (
    "Wanneer gebruik je deze werkvorm",
    "Voorbereiding",
    "Valkuilen en tips",
    "Varianten",
    "Voorbeeld",
)
"""A werkvorm body's own sections, in order; the steps are rendered before the third."""

CASUS_KOPJES: tuple[str, ...] = ("Situatie", "Vraag", "Aanpak", "Resultaat", "Leerpunten")
MIN_WOORDEN = 15
KOPJE = re.compile(r"^##\s+(.+?)\s*#*\s*$")
HOOFDTITEL = re.compile(r"^#\s")
HEK = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Sectie:
    """A heading (None for the text before the first one), the body line it starts on (from 1) and its text."""

    kopje: str | None
    regel: int
    tekst: str


def secties(body: str) -> list[Sectie]:
    """The body cut at each `## ` heading outside fenced code; joining the texts gives the body back."""
    delen: list[Sectie] = []
    kopje: str | None = None
    start, in_code = 1, False
    regels: list[str] = []
    for nummer, regel in enumerate(body.splitlines(keepends=True), start=1):
        if HEK.match(regel):
            in_code = not in_code
        treffer = None if in_code else KOPJE.match(regel)
        if treffer:
            delen.append(Sectie(kopje, start, "".join(regels)))
            kopje, start, regels = treffer.group(1), nummer, []
        regels.append(regel)
    delen.append(Sectie(kopje, start, "".join(regels)))
    return delen


def kopjes_in(body: str) -> list[str]:
    return [sectie.kopje for sectie in secties(body) if sectie.kopje is not None]


def sectie(body: str, kopje: str) -> Sectie | None:
    return next((deel for deel in secties(body) if deel.kopje == kopje), None)


def splits_voor(body: str, kopje: str) -> tuple[str, str]:
    """The body before the section `kopje` and from it on; everything is 'before' if it is missing."""
    delen = secties(body)
    plek = next((i for i, deel in enumerate(delen) if deel.kopje == kopje), len(delen))
    return "".join(d.tekst for d in delen[:plek]), "".join(d.tekst for d in delen[plek:])


def controleer_body(body: str, verplicht: tuple[str, ...] = VERPLICHTE_KOPJES) -> list[str]:
    """Checks that the body has exactly the required sections in order, each with text of its own."""
    delen = secties(body)
    gevonden = [deel.kopje for deel in delen if deel.kopje is not None]
    problemen = []
    if gevonden != list(verplicht):
        problemen.append(
            f"tekst: de kopjes zijn {gevonden or 'geen'}; verplicht zijn precies deze '## '-kopjes in deze volgorde: "
            + ", ".join(verplicht)
        )
    if any(HOOFDTITEL.match(regel) for deel in delen for regel in _buiten_code(deel.tekst)):
        problemen.append("tekst: bevat een '# '-kop; de titel komt uit het veld 'titel', schrijf hem niet zelf")
    for deel in delen:
        woorden = len(deel.tekst.split()) - len(deel.kopje.split()) - 1 if deel.kopje else 0
        if deel.kopje in verplicht and woorden < MIN_WOORDEN:
            problemen.append(
                f"tekst: het kopje '{deel.kopje}' heeft te weinig tekst ({woorden} woorden); schrijf minstens {MIN_WOORDEN} woorden"
            )
    return problemen


def _buiten_code(tekst: str) -> list[str]:
    regels, in_code = [], False
    for regel in tekst.splitlines():
        if HEK.match(regel):
            in_code = not in_code
        elif not in_code:
            regels.append(regel)
    return regels
