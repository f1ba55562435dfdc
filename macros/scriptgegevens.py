"""Data for the site's scripts and for reuse: the steps of a werkvorm for session mode and time scaling, the
catalogue for the kiezer, and werkvormen.json. URLs in it are computed by the same Plek as every other link.
"""

from __future__ import annotations

from macros.catalog import Catalogus
from macros.model import Werkvorm
from macros.opmaak import json_in_html
from macros.plek import Plek
from macros.woordenlijsten import SOORTEN, VRAAGTYPES

LEERVERSLAG = "intervisie/leerverslag-blad.md"
"""The printable leerverslag sheet, which session notes fill in (docs/javascripts/verslag.js)."""


def sessiegegevens(werkvorm: Werkvorm, plek: Plek) -> str:
    """The numbers behind session mode and time scaling, as JSON in the page so they work offline; the step texts
    the session shows are read from the page itself (macros/stappenplan.py marks them). `id` keys what the browser
    keeps of a session; `kijkt_terug` shows the last agreements in the first step; `leerverslag` is the sheet."""
    gegevens = {
        "id": werkvorm.id,
        "titel": werkvorm.titel,
        "kijkt_terug": werkvorm.kijkt_terug,
        "leerverslag": plek.url(LEERVERSLAG),
        "duur": werkvorm.duur,
        "kortste_duur": werkvorm.kortste_duur,
        "minuten": [stap.minuten for stap in werkvorm.stappen],
    }
    return f'<script type="application/json" id="werkvorm-gegevens">{json_in_html(gegevens)}</script>'


def kiezer_gegevens(catalogus: Catalogus, plek: Plek) -> str:
    """The facts the live kiezer filters on, as JSON in the kiezer page; URLs are relative to that page."""
    werkvormen = [
        {
            "id": w.id,
            "titel": w.titel,
            "url": plek.url(f"werkvormen/{w.id}.md"),
            "samenvatting": w.samenvatting,
            "duur": w.duur,
            "min": w.groepsgrootte.min,
            "max": w.groepsgrootte.max,
            "niveau": w.niveau,
            "vraagtypes": w.vraagtypes,
            "soort": w.soort,
            "kortste_duur": w.kortste_duur,
            "grote_groep": bool(w.grote_groep),
            "online": w.online_geschikt,
        }
        for w in catalogus.op_titel()
    ]
    gegevens = {"vraagtypes": VRAAGTYPES, "soorten": SOORTEN, "werkvormen": werkvormen}
    return f'<script type="application/json" id="kiezer-gegevens">{json_in_html(gegevens)}</script>'


def open_data(catalogus: Catalogus, plek: Plek) -> dict:
    """werkvormen.json: every card field, with stable ids, and URLs as the site at `plek` (its root) writes them."""
    return {
        "versie": 2,
        "uitleg": "Alle werkvormen van Intervisiewijzer; zie open-data/ op de site voor de betekenis van de velden.",
        "werkvormen": [
            {"url": plek.url(f"werkvormen/{w.id}.md"), **w.model_dump(mode="json", exclude_none=True)} for w in catalogus.op_titel()
        ],
    }
