"""Grouping werkvormen at build time: duration bands and group sizes for the index pages, and related werkvormen.

The rules a reader applies live (which werkvorm fits our answers, how to scale the steps to a session
length) are in docs/javascripts/regels.js, the one implementation the site runs.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator
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


@dataclass(frozen=True)
class Kenmerken:
    """What relatedness looks at besides an author's `verwant`: werkvormen alike in all four score the same."""

    vraagtypes: frozenset[str]
    bakens: frozenset[str]
    niveau: str
    duurband: str

    @classmethod
    def van(cls, werkvorm: Werkvorm) -> Kenmerken:
        return cls(frozenset(werkvorm.vraagtypes), frozenset(werkvorm.bakens), werkvorm.niveau, duurband(werkvorm).slug)

    def gedeeld_met(self, ander: Kenmerken) -> int:
        score = 3 * len(self.vraagtypes & ander.vraagtypes) + 2 * len(self.bakens & ander.bakens)
        return score + (self.niveau == ander.niveau) + (self.duurband == ander.duurband)


def verwantschap(eigen: Werkvorm, ander: Werkvorm) -> int:
    """How much two werkvormen share; an author's explicit `verwant` weighs most."""
    return (10 if ander.id in eigen.verwant else 0) + Kenmerken.van(eigen).gedeeld_met(Kenmerken.van(ander))


class Verwantschap:
    """Related werkvormen for a whole library, ranked by `verwantschap` and then by title.

    Comparing every werkvorm with every other one grows with the square of the library (a million pairs at
    1000 werkvormen). Alike werkvormen share one score, so the ranking walks groups of alike werkvormen, each
    sorted by title once, and stops after `maximum`."""

    def __init__(self, werkvormen: Iterable[Werkvorm]):
        self.op_id = {werkvorm.id: werkvorm for werkvorm in werkvormen}
        groepen: dict[Kenmerken, list[Werkvorm]] = defaultdict(list)
        for werkvorm in self.op_id.values():
            groepen[Kenmerken.van(werkvorm)].append(werkvorm)
        self.groepen = {kenmerken: sorted(leden, key=_op_titel) for kenmerken, leden in groepen.items()}

    def van(self, eigen: Werkvorm, maximum: int = MAX_VERWANT) -> list[Werkvorm]:
        kenmerken = Kenmerken.van(eigen)
        expliciet = [self.op_id[id_] for id_ in eigen.verwant if id_ in self.op_id and id_ != eigen.id]
        stromen: list[Iterable[tuple[tuple[int, str, str], str]]] = [
            sorted(((-verwantschap(eigen, ander), *_op_titel(ander)), ander.id) for ander in expliciet)
        ]
        for groep, leden in self.groepen.items():
            if (score := kenmerken.gedeeld_met(groep)) > 0:
                stromen.append(_gesorteerd_op(score, leden))
        gekozen: dict[str, Werkvorm] = {}
        for _, id_ in heapq.merge(*stromen):
            if len(gekozen) == maximum:
                break
            # An explicitly related werkvorm comes again in its group, lower: the first time counts.
            if id_ != eigen.id and id_ not in gekozen:
                gekozen[id_] = self.op_id[id_]
        return list(gekozen.values())


def _gesorteerd_op(score: int, leden: list[Werkvorm]) -> Iterator[tuple[tuple[int, str, str], str]]:
    """Sort keys (best score first, then title) with ids, for werkvormen already in title order."""
    for ander in leden:
        yield (-score, *_op_titel(ander)), ander.id


def _op_titel(werkvorm: Werkvorm) -> tuple[str, str]:
    return werkvorm.titel.casefold(), werkvorm.id


def verwante(eigen: Werkvorm, werkvormen: Iterable[Werkvorm], maximum: int = MAX_VERWANT) -> list[Werkvorm]:
    """At most `maximum` related werkvormen, best first: the list never grows with the library."""
    return Verwantschap(werkvormen).van(eigen, maximum)
