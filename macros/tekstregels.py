"""The rules every text field of a card obeys, whoever wrote it.

Card text is data: it reaches HTML, attributes, JSON, the search index and
printouts. So it may hold no template code, no characters a reader cannot see
(zero-width spaces, soft hyphens, right-to-left overrides, control codes) and no
more than a sensible length. Each broken rule is one Dutch sentence naming the
character or the limit.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

SJABLOONCODE = ("{{", "{%")
TOEGESTANE_STUURTEKENS = frozenset("\n")
"""Line breaks come from YAML block scalars (`|`); every other control or format character is invisible junk."""


def geen_sjablooncode(tekst: str) -> str:
    """Card data is text for people and for werkvormen.json; template code in it is always a slip."""
    if any(teken in tekst for teken in SJABLOONCODE):
        raise ValueError("bevat sjablooncode ('{{' of '{%'); schrijf gewone tekst")
    return tekst


ONZICHTBAAR = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})
"""Control, format, private and surrogate characters, and the line and paragraph separators (a line break a
one-line field would not see)."""
LEGE_TEKENS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
"""Letters and marks that show nothing (Hangul fillers, a blank Braille cell, the grapheme joiner): Unicode calls
them printable, so they pass str.isprintable(), and a name with one inside is no longer found."""


def zeker_zichtbaar(tekst: str) -> bool:
    """A quick yes for nearly all text: str.isprintable() is false for every character of ONZICHTBAAR (and for
    a few harmless ones, such as a non-breaking space, which then get the character-by-character check)."""
    return tekst.replace("\n", "").isprintable() and LEGE_TEKENS.isdisjoint(tekst)


def _onzichtbaar(teken: str) -> bool:
    return teken in LEGE_TEKENS or (teken not in TOEGESTANE_STUURTEKENS and unicodedata.category(teken) in ONZICHTBAAR)


def onzichtbaar_teken(tekst: str) -> tuple[int, str] | None:
    """The first invisible character (ONZICHTBAAR or LEGE_TEKENS) and its position, if any."""
    if zeker_zichtbaar(tekst):
        return None
    for positie, teken in enumerate(tekst, start=1):
        if _onzichtbaar(teken):
            return positie, teken
    return None


def beschrijf_teken(teken: str) -> str:
    return f"U+{ord(teken):04X} {unicodedata.name(teken, 'stuurteken')}"


def geen_onzichtbare_tekens(tekst: str) -> str:
    gevonden = onzichtbaar_teken(tekst)
    if gevonden:
        positie, teken = gevonden
        raise ValueError(f"bevat een onzichtbaar teken of stuurteken ({beschrijf_teken(teken)}) op teken {positie}; haal het weg")
    return tekst


def een_regel(tekst: str) -> str:
    if "\n" in tekst:
        raise ValueError("bestaat uit meer regels; schrijf het op één regel")
    return tekst


Tekst = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(geen_sjablooncode), AfterValidator(geen_onzichtbare_tekens)
]
"""A non-empty text that obeys every rule above; a field adds its length: `Annotated[Tekst, Max(80)]`."""
EEN_REGEL = AfterValidator(een_regel)


def Max(lengte: int):
    """At most `lengte` characters: a longer text is a mistake, and would break a page or search."""
    return Field(max_length=lengte)


def normaliseer(tekst: str) -> str:
    """The text as a name check should read it: invisible characters removed ('Amster\u00addam' is Amsterdam) and
    every kind of space a plain space ('Veilig\u00a0Thuis' is Veilig Thuis). Line breaks stay where they are."""
    if zeker_zichtbaar(tekst):
        return tekst
    return "".join(_gewoon_teken(teken) for teken in tekst)


def _gewoon_teken(teken: str) -> str:
    if teken in TOEGESTANE_STUURTEKENS or unicodedata.category(teken) in {"Zl", "Zp"}:
        return teken
    if teken in LEGE_TEKENS or unicodedata.category(teken) == "Cf":
        return ""
    return " " if unicodedata.category(teken) in {"Zs", "Cc"} else teken


def regelnummer(tekst: str, eerste_regel: int = 1) -> Callable[[int], int]:
    """The line of a position in the text, counted from eerste_regel: the line starts are found once and bisected,
    because counting line breaks per hit is quadratic in a long text with many hits."""
    regelstarts = [0, *(treffer.end() for treffer in re.finditer("\n", tekst))]
    return lambda positie: eerste_regel + bisect.bisect_right(regelstarts, positie) - 1
