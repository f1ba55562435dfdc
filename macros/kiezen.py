"""Choosing a werkvorm: duration bands, group sizes, related werkvormen and why one fits a group.

The werkvormkiezer, the index pages and the "verwante werkvormen" lists all
answer "what fits us?", so the rules live here once. The JavaScript kiezer
reads the same facts from the page and applies the same rules (see
docs/javascripts/kiezer.js); tests hold the two to the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.model import Werkvorm
from macros.woordenlijsten import NIVEAUS, VRAAGTYPES

MAX_VERWANT = 5
MAX_CASUSSEN = 5


@dataclass(frozen=True)
class Band:
    slug: str
    label: str
    van: int
    tot: int

    def bevat(self, waarde: int) -> bool:
        return self.van <= waarde <= self.tot


DUURBANDEN = (
    Band("tot-45-minuten", "Tot 45 minuten", 0, 45),
    Band("45-tot-60-minuten", "46 tot en met 60 minuten", 46, 60),
    Band("60-tot-90-minuten", "61 tot en met 90 minuten", 61, 90),
    Band("meer-dan-90-minuten", "Meer dan 90 minuten", 91, 10_000),
)

GROEPSMATEN = (
    Band("klein", "Klein: 2 tot 4 personen", 2, 4),
    Band("gewoon", "Een gewone groep: 5 tot 8 personen", 5, 8),
    Band("groot", "Groot: 9 personen of meer", 9, 10_000),
)


def duurband(werkvorm: Werkvorm) -> Band:
    return next(band for band in DUURBANDEN if band.bevat(werkvorm.duur))


def groepsmaten(werkvorm: Werkvorm) -> list[Band]:
    """The group sizes a werkvorm can serve: every band its range overlaps."""
    grootte = werkvorm.groepsgrootte
    return [band for band in GROEPSMATEN if grootte.min <= band.tot and grootte.max >= band.van]


def verwantschap(eigen: Werkvorm, ander: Werkvorm) -> int:
    """How much two werkvormen share; an author's explicit `verwant` weighs most."""
    score = 10 if ander.id in eigen.verwant else 0
    score += 3 * len(set(eigen.vraagtypes) & set(ander.vraagtypes))
    score += 2 * len(set(eigen.bakens) & set(ander.bakens))
    score += 1 if eigen.niveau == ander.niveau else 0
    score += 1 if duurband(eigen) == duurband(ander) else 0
    return score


def verwante(eigen: Werkvorm, werkvormen: list[Werkvorm], maximum: int = MAX_VERWANT) -> list[Werkvorm]:
    """At most `maximum` related werkvormen, best first: the list never grows with the library."""
    kandidaten = [ander for ander in werkvormen if ander.id != eigen.id]
    gerangschikt = sorted(kandidaten, key=lambda ander: (-verwantschap(eigen, ander), ander.titel.casefold()))
    return [ander for ander in gerangschikt if verwantschap(eigen, ander) > 0][:maximum]


@dataclass(frozen=True)
class Keuze:
    """What a group answered in the kiezer; None means 'no answer', which every werkvorm fits."""

    vraagtype: str | None = None
    minuten: int | None = None
    personen: int | None = None
    niveau: str | None = None


def redenen(werkvorm: Werkvorm, keuze: Keuze) -> tuple[list[str], list[str]]:
    """Why a werkvorm fits the choice, and why not; in the words the kiezer shows."""
    past, past_niet = [], []
    if keuze.vraagtype:
        label = VRAAGTYPES[keuze.vraagtype].lower()
        (past if keuze.vraagtype in werkvorm.vraagtypes else past_niet).append(
            f"voor een vraag over {label}" if keuze.vraagtype in werkvorm.vraagtypes else f"niet bedoeld voor {label}"
        )
    if keuze.minuten:
        if werkvorm.duur <= keuze.minuten:
            past.append(f"past in {keuze.minuten} minuten (duurt {werkvorm.duur})")
        else:
            past_niet.append(f"duurt {werkvorm.duur} minuten, langer dan {keuze.minuten}")
    if keuze.personen:
        grootte = werkvorm.groepsgrootte
        if grootte.min <= keuze.personen <= grootte.max:
            past.append(f"geschikt voor {keuze.personen} personen ({grootte.min} tot {grootte.max})")
        else:
            past_niet.append(f"bedoeld voor {grootte.min} tot {grootte.max} personen")
    if keuze.niveau:
        if keuze.niveau == "gevorderd" or werkvorm.niveau == "starter":
            past.append("geschikt voor starters" if werkvorm.niveau == "starter" else "voor een ervaren groep")
        else:
            past_niet.append(f"vraagt een groep met ervaring ({NIVEAUS[werkvorm.niveau].lower()})")
    return past, past_niet


def rangschik(werkvormen: list[Werkvorm], keuze: Keuze) -> list[tuple[Werkvorm, list[str], list[str]]]:
    """Werkvormen that fit every answer first; among them, those that use the available time best."""

    def sleutel(item):
        werkvorm, _, past_niet = item
        ongebruikt = (keuze.minuten - werkvorm.duur) if keuze.minuten and werkvorm.duur <= keuze.minuten else 0
        return (len(past_niet), ongebruikt, werkvorm.titel.casefold())

    return sorted(((w, *redenen(w, keuze)) for w in werkvormen), key=sleutel)


def schaal_minuten(minuten: list[int], doel: int) -> list[int]:
    """Scales step minutes to a session length: proportional, whole minutes, at least one, summing to `doel`.

    Largest remainder: every step gets the floor of its share, then the steps with the largest remainders get
    the minutes that are left. docs/javascripts/werkvorm.js does the same in the browser.
    """
    if type(doel) is not int:
        raise ValueError(f"{doel!r} is geen heel aantal minuten")
    if doel < len(minuten):
        raise ValueError(f"{doel} minuten is te kort voor {len(minuten)} stappen van minstens een minuut")
    totaal = sum(minuten)
    aandelen = [m * doel / totaal for m in minuten]
    geschaald = [max(1, int(a)) for a in aandelen]
    volgorde = sorted(range(len(minuten)), key=lambda i: (-(aandelen[i] - int(aandelen[i])), i))
    verschil = doel - sum(geschaald)
    stap = 0
    while verschil != 0:
        i = volgorde[stap % len(minuten)]
        if verschil > 0:
            geschaald[i] += 1
            verschil -= 1
        elif geschaald[i] > 1:
            geschaald[i] -= 1
            verschil += 1
        stap += 1
    return geschaald
