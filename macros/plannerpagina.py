"""The planner page: a form for a whole bijeenkomst (start, total time, opening, one or two werkvormen, closing);
docs/javascripts/planner.js makes the agenda, the printout and the session from it, with the rules of regels.js.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from macros.bijeenkomst import PLANNERGEGEVENS, Onderdelen
from macros.catalog import Catalogus
from macros.model import LANGSTE_SESSIE
from macros.plek import Plek

STANDAARD_START = "13:30"
STANDAARD_TOTAAL = 120


def _keuzes(paren: list[tuple[str, str]], leeg: str) -> str:
    opties = [f'<option value="">{html.escape(leeg)}</option>']
    opties += [f'<option value="{html.escape(waarde)}">{html.escape(label)}</option>' for waarde, label in paren]
    return "".join(opties)


def _keuzelijst(naam: str, label: str, opties: str) -> str:
    return f'<p><label for="planner-{naam}">{label}</label> <select id="planner-{naam}" name="{naam}">{opties}</select></p>'


def planner(catalogus: Catalogus, plek: Plek, onderdelen: Onderdelen, _meta: Mapping | None = None) -> str:
    werkvormen = [(w.id, f"{w.titel} ({w.duur} min., kan in {w.kortste_duur})") for w in catalogus.op_titel()]
    openingen = [(o.id, f"{o.naam} ({o.minuten} min.)") for o in onderdelen.openingen]
    afsluitingen = [(a.id, f"{a.naam} ({a.minuten} min.)") for a in onderdelen.afsluitingen]
    velden = "".join(
        [
            f'<p><label for="planner-start">Begintijd</label> '
            f'<input id="planner-start" name="start" type="time" value="{STANDAARD_START}"></p>',
            f'<p><label for="planner-totaal">Hoeveel minuten duurt de bijeenkomst?</label> <input id="planner-totaal" name="totaal" '
            f'type="number" min="15" max="{LANGSTE_SESSIE}" step="1" inputmode="numeric" value="{STANDAARD_TOTAAL}"></p>',
            _keuzelijst("opening", "Opening", _keuzes(openingen, "Geen aparte opening")),
            _keuzelijst("werkvorm1", "Werkvorm", _keuzes(werkvormen, "Kies een werkvorm")),
            _keuzelijst("werkvorm2", "Tweede werkvorm", _keuzes(werkvormen, "Geen tweede werkvorm")),
            _keuzelijst("afsluiting", "Afsluiting", _keuzes(afsluitingen, "Geen aparte afsluiting")),
        ]
    )
    knoppen = (
        '<p class="planner-acties" hidden><button type="button" class="md-button md-button--primary" id="sessie-start">'
        'Start de sessie</button> <button type="button" class="md-button" id="planner-print">Print de bijeenkomst</button> '
        '<button type="button" class="md-button" id="planner-link">Kopieer de link naar dit plan</button></p>'
    )
    return "\n".join(
        [
            f'<form class="planner" id="planner" hidden data-search-exclude>{velden}</form>',
            '<div id="planner-uitkomst" aria-live="polite" data-search-exclude></div>',
            knoppen,
            '<div class="planner-bladen" id="planner-bladen" data-search-exclude></div>',
            f'<script src="{html.escape(plek.bestand(PLANNERGEGEVENS))}"></script>',
            '<p class="planner-zonder-js">De planner rekent in je browser en heeft JavaScript nodig. Zonder JavaScript '
            "kies je een werkvorm in het overzicht en pas je daar de tijden aan.</p>",
        ]
    )
