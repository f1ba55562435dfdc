"""The werkvormkiezer page: a form and live results for JavaScript, static lists per question type without it.

The rules that rank werkvormen live in docs/javascripts/regels.js, the one implementation the site runs.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from macros.catalog import Catalogus
from macros.overzichten import index, per_vraagtype
from macros.plek import Plek
from macros.scriptgegevens import kiezer_gegevens
from macros.woordenlijsten import SOORTEN, VRAAGTYPES

KIEZER_TIJDEN = (15, 20, 30, 45, 60, 75, 90, 120)
GROOTSTE_GROEP = 100


def _keuzerondje(naam: str, waarde: str, label: str) -> str:
    return f'<label><input type="radio" name="{naam}" value="{waarde}"> {html.escape(label)}</label>'


def kiezer(catalogus: Catalogus, plek: Plek, _meta: Mapping | None = None) -> str:
    vraagtypes = "".join(_keuzerondje("vraag", v, label) for v, label in VRAAGTYPES.items())
    tijden = "".join(f'<option value="{t}">{t} minuten</option>' for t in KIEZER_TIJDEN)
    soorten = "".join(_keuzerondje("soort", v, label) for v, label in SOORTEN.items())
    online = _keuzerondje("online", "ja", "Online, in een videogesprek")
    niveaus = _keuzerondje("niveau", "starter", "Nieuw: we zijn een startende groep") + _keuzerondje(
        "niveau", "gevorderd", "Ervaren: we doen dit al een tijd"
    )
    formulier = f"""<form class="kiezer" id="kiezer" hidden data-search-exclude>
<fieldset><legend>Wat voor vraag heeft de inbrenger?</legend>{_keuzerondje("vraag", "", "Maakt niet uit")}{vraagtypes}</fieldset>
<p><label for="kiezer-tijd">Hoeveel tijd heeft de groep?</label>
<select id="kiezer-tijd" name="duur"><option value="">Maakt niet uit</option>{tijden}</select></p>
<p><label for="kiezer-groep">Met hoeveel personen zijn jullie?</label>
<input id="kiezer-groep" name="groep" type="number" min="2" max="{GROOTSTE_GROEP}" inputmode="numeric"></p>
<fieldset><legend>Hoe ervaren is de groep?</legend>{_keuzerondje("niveau", "", "Maakt niet uit")}{niveaus}</fieldset>
<fieldset><legend>Wat voor werkvorm zoek je?</legend>{_keuzerondje("soort", "", "Maakt niet uit")}{soorten}</fieldset>
<fieldset><legend>Waar komen jullie samen?</legend>{_keuzerondje("online", "", "Maakt niet uit")}{online}</fieldset>
<p><button type="button" class="md-button md-button--primary" id="kiezer-verras">Verras ons</button>
<button type="button" class="md-button" id="kiezer-link">Kopieer de link naar deze keuze</button></p>
</form>
<div id="kiezer-uitkomst" aria-live="polite"></div>
{kiezer_gegevens(catalogus, plek)}"""
    statisch = "\n\n".join(
        [
            '<div class="kiezer-zonder-js" markdown>',
            "## Werkvormen per soort vraag",
            "Zonder JavaScript zie je hier alle werkvormen per soort vraag, met hun duur, groepsgrootte en niveau.",
            index(per_vraagtype(catalogus), plek, kop="###"),
            "</div>",
        ]
    )
    return formulier + "\n\n" + statisch
