"""The werkvormen overview as cards that filter and sort in the page, without JavaScript.

Choices are radio buttons; a stylesheet hides the cards that do not match the checked filters and orders the
rest by the checked sort key, with CSS `:has()` and `order`. That works with JavaScript off and from
`file://`, and needs no inline style. The filter rules follow the vocabularies and bands; the sort rules
follow the values the library has (each length, each group size), so the stylesheet is made with the site
(`stijlblad`, written by macros/glue.py) instead of by hand. The cards are a grid that becomes one column on
a phone, never a table that scrolls sideways.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from macros import kiezen
from macros.catalog import Catalogus
from macros.kaart import groep
from macros.model import Werkvorm
from macros.opmaak import tekst
from macros.plek import Plek, werkvorm_link
from macros.woordenlijsten import NIVEAUS, SOORTEN, VRAAGTYPES

STIJLBLAD = "stylesheets/werkvormfilter.css"
"""Made by the build next to the site's own stylesheet; the overview page links it."""
LIJST = ".werkvormfilter"
KAARTJE = ".werkvormkaartje"


@dataclass(frozen=True)
class Filter:
    """A row of radio buttons; a card shows when its `kenmerk` values contain the checked one (or 'Alle')."""

    naam: str
    vraag: str
    keuzes: dict[str, str]
    kenmerk: Callable[[Werkvorm], Sequence[str]]


FILTERS = (
    Filter("soort", "Soort werkvorm", SOORTEN, lambda w: [w.soort]),
    Filter("vraag", "Soort vraag", VRAAGTYPES, lambda w: w.vraagtypes),
    Filter("duur", "Duur", {b.slug: b.label for b in kiezen.DUURBANDEN}, lambda w: [kiezen.duurband(w).slug]),
    Filter("groep", "Groepsgrootte", {b.slug: b.label for b in kiezen.GROEPSMATEN}, lambda w: [b.slug for b in kiezen.groepsmaten(w)]),
    Filter("niveau", "Niveau", NIVEAUS, lambda w: [w.niveau]),
)


@dataclass(frozen=True)
class Sortering:
    """A sort key: `waarde` is what the card carries, `volgorde` ranks those values (the title breaks ties)."""

    naam: str
    label: str
    waarde: Callable[[Werkvorm], str]
    volgorde: Callable[[str], tuple]


def _groepsgrootte(werkvorm: Werkvorm) -> str:
    return f"{werkvorm.groepsgrootte.min}-{werkvorm.groepsgrootte.max}"


SORTERINGEN = (
    Sortering("titel", "Naam", lambda _: "", lambda _: ()),
    Sortering("duur", "Duur, kortste eerst", lambda w: str(w.duur), lambda v: (int(v),)),
    Sortering("groep", "Groepsgrootte, kleinste eerst", _groepsgrootte, lambda v: tuple(int(d) for d in v.split("-"))),
    Sortering("niveau", "Niveau, starters eerst", lambda w: w.niveau, lambda v: (list(NIVEAUS).index(v),)),
    Sortering("soort", "Soort werkvorm", lambda w: w.soort, lambda v: (list(SOORTEN).index(v),)),
)
"""Title order is the order of the page itself; the others move cards with CSS `order`."""


def werkvormen_overzicht(catalogus: Catalogus, plek: Plek, _meta: object = None) -> str:
    """The form, the cards in title order, and the count of visible cards (a CSS counter, so after the list)."""
    kaartjes = "\n".join(_kaartje(werkvorm, plek) for werkvorm in catalogus.op_titel())
    return "\n".join(
        [
            f'<div class="werkvormfilter" markdown><link rel="stylesheet" href="{html.escape(plek.bestand(STIJLBLAD))}">',
            _formulier(),
            '<ul class="werkvormlijst" markdown>',
            kaartjes,
            "</ul>",
            '<p class="werkvormfilter-aantal" data-search-exclude>werkvormen passen bij je keuze.</p>',
            "</div>",
        ]
    )


def _formulier() -> str:
    rijen = [_rij(f.naam, f.vraag, {"": "Alle", **f.keuzes}) for f in FILTERS]
    rijen.append(_rij("sorteer", "Sorteer op", {s.naam: s.label for s in SORTERINGEN}))
    kop = '<h3 id="filter-en-sorteer">Filter en sorteer</h3>'
    return f'<form class="werkvormfilter-keuzes" data-search-exclude aria-labelledby="filter-en-sorteer">{kop}{"".join(rijen)}</form>'


def _rij(naam: str, vraag: str, keuzes: dict[str, str]) -> str:
    knoppen = "".join(
        f'<label><input type="radio" name="{naam}" value="{html.escape(waarde)}"{" checked" if i == 0 else ""}> '
        f"{html.escape(label)}</label>"
        for i, (waarde, label) in enumerate(keuzes.items())
    )
    return f"<fieldset><legend>{html.escape(vraag)}</legend>{knoppen}</fieldset>"


def _kaartje(werkvorm: Werkvorm, plek: Plek) -> str:
    gegevens = {f"data-{f.naam}": " ".join(f.kenmerk(werkvorm)) for f in FILTERS}
    gegevens |= {f"data-sorteer-{s.naam}": s.waarde(werkvorm) for s in SORTERINGEN if s.waarde(werkvorm)}
    attributen = " ".join(f'{sleutel}="{html.escape(waarde)}"' for sleutel, waarde in gegevens.items())
    kenmerken = " · ".join([SOORTEN[werkvorm.soort], f"{werkvorm.duur} min.", groep(werkvorm), NIVEAUS[werkvorm.niveau]])
    return (
        f'<li class="werkvormkaartje" {attributen} markdown>\n'
        f'<p class="werkvormkaartje-titel" markdown="span">{werkvorm_link(werkvorm, plek)}</p>\n'
        f'<p markdown="span">{tekst(werkvorm.samenvatting)}</p>\n'
        f'<p class="werkvormkaartje-kenmerken">{html.escape(kenmerken)}</p>\n'
        "</li>"
    )


def stijlblad(catalogus: Catalogus) -> str:
    """Hide what the checked filters exclude; order by the checked sort key, by rank of the values present."""
    regels = ["/* Gemaakt door macros/werkvormfilter.py bij elke build; niet met de hand bewerken. */"]
    for f in FILTERS:
        for waarde in f.keuzes:
            gekozen = f'{LIJST}:has(input[name="{f.naam}"][value="{waarde}"]:checked)'
            regels.append(f'{gekozen} {KAARTJE}:not([data-{f.naam}~="{waarde}"]) {{ display: none; }}')
    for s in SORTERINGEN[1:]:
        waarden = sorted({s.waarde(w) for w in catalogus.werkvormen.values()}, key=s.volgorde)
        gekozen = f'{LIJST}:has(input[name="sorteer"][value="{s.naam}"]:checked)'
        regels += [f'{gekozen} {KAARTJE}[data-sorteer-{s.naam}="{waarde}"] {{ order: {rang}; }}' for rang, waarde in enumerate(waarden)]
    return "\n".join(regels) + "\n"
