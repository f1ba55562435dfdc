"""Realistic search questions and the page each must put first, typed into the search box as a person would.

Used by the browser test (tests/test_browser.py) and by `python -m benchmarks.zoekvragen`, which counts how
many land on any built site, for the before-and-after figures of a search change.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Zoekvraag:
    vraag: str
    verwacht: str
    """A regular expression for the first result's address, from the site root."""
    soort: str


ZOEKVRAGEN = [
    # Names of methods and models, and their other names
    Zoekvraag("moreel beraad", "werkvormen/(dilemmamethode|nijmeegse-methode|cura-moreel-beraad)/", "naam"),
    Zoekvraag("waarderend onderzoek", "werkvormen/appreciative-inquiry/", "naam"),
    Zoekvraag("ABC-methode", "werkvormen/rationeel-emotieve-methode/", "naam"),
    Zoekvraag("RET", "werkvormen/rationeel-emotieve-methode/", "naam"),
    Zoekvraag("ecogram", "werkvormen/netwerkkaart/", "naam"),
    Zoekvraag("denkhoeden", "werkvormen/zes-denkhoeden/", "naam"),
    Zoekvraag("Goal Attainment Scaling", "werkvormen/doelen-stellen-met-gas/", "naam"),
    Zoekvraag("Balint", "werkvormen/balintmethode/", "naam"),
    Zoekvraag("Troika", "werkvormen/troika-consulting/", "naam"),
    Zoekvraag("Korthagen", "werkvormen/korthagen-reflectiecyclus/", "naam"),
    Zoekvraag("Dilts", "werkvormen/logische-niveaus/", "naam"),
    Zoekvraag("roos van Leary", "werkvormen/roos-van-leary/", "naam"),
    # Inflections: plural, verb forms, participles
    Zoekvraag("kernkwadrant", "werkvormen/kernkwadranten/", "verbuiging"),
    Zoekvraag("roddelen", "werkvormen/roddelmethode/", "verbuiging"),
    Zoekvraag("dilemma", "werkvormen/dilemmamethode/", "verbuiging"),
    Zoekvraag("incidenten bespreken", "werkvormen/incidentmethode/", "verbuiging"),
    Zoekvraag("spelregels", "intervisie/spelregels/", "verbuiging"),
    Zoekvraag("bedreigd", "casussen/bedreiging-bij-huisbezoek-besproken-met-imi/", "verbuiging"),
    Zoekvraag("bedreigingen", "casussen/bedreiging-bij-huisbezoek-besproken-met-imi/", "verbuiging"),
    Zoekvraag("reflecteren", "werkvormen/[a-z-]*reflect[a-z-]*/", "verbuiging"),
    # Other words than the page uses (data/zoekwoorden.yml)
    Zoekvraag("feedback geven", "werkvormen/elkaar-aanspreken/", "synoniem"),
    Zoekvraag("leren van successen", "werkvormen/appreciative-inquiry/", "synoniem"),
    Zoekvraag("intimidatie", "werkvormen/intervisiemethode-incidenten/", "synoniem"),
    Zoekvraag("uitgescholden", "werkvormen/intervisiemethode-incidenten/", "synoniem"),
    Zoekvraag("notulen", r"intervisie/leerverslag-blad/|begrippen/\?begrip=begrip-verslaglegger", "synoniem"),
    Zoekvraag("leerdoel", r"intervisie/(goede-vragen|groep-starten)/|begrippen/\?begrip=begrip-leervraag", "synoniem"),
    # Compounds and their parts
    Zoekvraag("veiligheidsinschatting", "werkvormen/samen-veiligheid-inschatten/", "samenstelling"),
    Zoekvraag("dilemmagesprek", "werkvormen/dilemmamethode/", "samenstelling"),
    Zoekvraag("intervisiegroep", "intervisie/groep-starten/", "samenstelling"),
    Zoekvraag("leerverslag", "intervisie/leerverslag-blad/", "samenstelling"),
    # Questions in a sentence
    Zoekvraag("hoe bespreek ik een incident met agressie", "werkvormen/intervisiemethode-incidenten/", "zin"),
    Zoekvraag("rust in huis", "casussen/doelen-stellen-en-evalueren-met-een-gezin/", "zin"),
    Zoekvraag("hoe kunnen we samen de veiligheid inschatten", "werkvormen/samen-veiligheid-inschatten/", "zin"),
    Zoekvraag("wat is eigen kracht", "principes/eigen-kracht/", "zin"),
    # Glossary terms land on their own entry
    Zoekvraag("maatwerkvoorziening", r"begrippen/\?begrip=begrip-maatwerkvoorziening", "begrip"),
    Zoekvraag("keukentafelgesprek", r"begrippen/\?begrip=begrip-keukentafelgesprek", "begrip"),
    Zoekvraag("normaliseren", r"begrippen/\?begrip=begrip-normaliseren", "begrip"),
    Zoekvraag("prestatievelden", r"begrippen/\?begrip=begrip-prestatieveld", "begrip"),
    Zoekvraag("wondervraag", r"begrippen/\?begrip=begrip-wondervraag", "begrip"),
]


def eerste_resultaten(pagina, basis: str, vragen=ZOEKVRAGEN) -> dict[str, str | None]:
    """Types each question into the search box of the site at `basis` and reads the first result's address.

    Results arrive while typing; each question waits up to five seconds for its expected page to come first
    and otherwise takes what is first then."""
    from playwright.sync_api import expect

    pagina.goto(basis + "/")
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    eerste = pagina.locator(".md-search-result__item > a").first
    uitkomst: dict[str, str | None] = {}
    for zoekvraag in vragen:
        zoekveld.click()
        # The whole question at once, then a key press: Material searches on keyup, so one search runs for the
        # whole question and no answer to a half-typed one can arrive after it.
        zoekveld.fill(zoekvraag.vraag)
        zoekveld.press("End")
        verwacht = re.compile(rf"^{re.escape(basis)}/(?:{zoekvraag.verwacht})(?:[?&]h=[^#]*)?$")
        with contextlib.suppress(AssertionError):
            expect(eerste).to_have_attribute("href", verwacht, timeout=5000)
        adres = eerste.get_attribute("href") if eerste.count() else None
        uitkomst[zoekvraag.vraag] = adres.removeprefix(basis + "/") if adres else None
    return uitkomst


def klopt(zoekvraag: Zoekvraag, adres: str | None) -> bool:
    """Whether the first result is the expected page (the highlight parameter `h` aside)."""
    return adres is not None and re.fullmatch(f"(?:{zoekvraag.verwacht})(?:[?&]h=[^#]*)?", adres) is not None
