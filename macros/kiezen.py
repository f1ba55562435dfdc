"""Grouping werkvormen at build time: duration bands and group sizes for the index pages, and related werkvormen.

The rules a reader applies live (which werkvorm fits our answers, how to scale the steps to a session
length) are in docs/javascripts/regels.js, the one implementation the site runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.model import Werkvorm

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
