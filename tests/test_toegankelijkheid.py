"""Trust in the browser: axe-core finds no WCAG 2.0/2.1 A or AA violation on any kind of page, everything
works with the keyboard with a visible focus, and no page makes a request to another host or sets a cookie."""

from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import bewaakte_pagina

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGINAS = {
    "home": "/",
    "werkvorm": "/werkvormen/incidentmethode/",
    "werkvorm geschaald": "/werkvormen/balintmethode/?duur=60",
    "casus": "/casussen/vraagverlegenheid-aan-de-keukentafel/",
    "baken": "/principes/eigen-kracht/",
    "thema": "/principes/themas/veiligheid/",
    "index": "/overzichten/vraagtype/",
    "werkvormen": "/werkvormen/",
    "kiezer": "/kiezer/?vraag=dilemma&duur=90",
    "begrippen": "/begrippen/",
    "intervisie": "/intervisie/rollen/",
    "leerverslagblad": "/intervisie/leerverslag-blad/",
    "teammap": "/teammap/",
    "planner": "/planner/?totaal=120&opening=opening&werkvorm1=incidentmethode&afsluiting=evaluatie",
    "privacy": "/privacy/",
    "toegankelijkheid": "/toegankelijkheid/",
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


TEAMMAP_STEEKPROEF = {"include": [[".md-header"], ["h1"], ["#inhoud + ul"], [".teammap-werkvorm:nth-of-type(-n+3)"], [".md-footer"]]}
"""The team folder repeats one print sheet per werkvorm; axe checks its frame and the first three sheets
(checking all of them took half a minute and finds nothing the first three would not)."""


def schendingen(axe, pagina, context: dict | None = None) -> list[str]:
    """axe's violations of the WCAG rules; it skips collecting what passes (a third of its time, measured on the
    team folder: 36 s to 23 s), which no test reads."""
    opties = {"runOnly": {"type": "tag", "values": WCAG}, "resultTypes": ["violations"]}
    uitslag = axe.run(pagina, context=context, options=opties)
    return [f"{v['id']}: {v['nodes'][0]['target']} {v['nodes'][0].get('failureSummary', '')}" for v in uitslag.response["violations"]]


@pytest.mark.parametrize("pad", PAGINAS.values(), ids=PAGINAS.keys())
def test_geen_wcag_schendingen_geen_andere_host_en_geen_cookies(pad, browser, server, axe):
    """One visit per kind of page: axe, every request the page makes, and the cookies it leaves.

    The requests are read after axe has run, a second or more after the page loaded, by which time the search
    worker has fetched what it needs; waiting for the network to be idle instead added half a second per page."""
    with bewaakte_pagina(browser, locale="nl-NL") as (pagina, geweigerd):
        verzoeken: list[str] = []
        pagina.on("request", lambda verzoek: verzoeken.append(verzoek.url))
        pagina.goto(server + pad)
        assert schendingen(axe, pagina, TEAMMAP_STEEKPROEF if pad == PAGINAS["teammap"] else None) == []
        hosts = {urlparse(url).netloc for url in verzoeken if urlparse(url).scheme in ("http", "https")}
        assert hosts == {urlparse(server).netloc}
        assert any(url.endswith("/search/search_index.json") for url in verzoeken), "de zoekfunctie heeft haar index opgehaald"
        assert pagina.context.cookies() == []
        assert geweigerd == []


@pytest.mark.zoekindex
def test_geen_wcag_schendingen_met_zoekresultaten(pagina, server, axe):
    pagina.goto(server + "/")
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    zoekveld.click()
    zoekveld.press_sequentially("dilemma")
    pagina.locator(".md-search-result__item").first.wait_for()
    assert schendingen(axe, pagina) == []


def test_geen_wcag_schendingen_in_de_sessie(pagina, server, axe):
    pagina.goto(server + "/werkvormen/incidentmethode/")
    pagina.get_by_role("button", name="Start de sessie").click()
    pagina.locator(".sessie").wait_for()
    assert schendingen(axe, pagina) == []


def test_geen_wcag_schendingen_in_de_printweergave(pagina, server, axe):
    pagina.goto(server + "/werkvormen/incidentmethode/")
    pagina.emulate_media(media="print")
    assert schendingen(axe, pagina) == []


def focus_zichtbaar(pagina) -> bool:
    return pagina.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"""
    )


def tab_tot(pagina, voorwaarde: str, maximaal: int = 80) -> None:
    """Presses Tab until the focused element matches; fails if it is not reachable by keyboard."""
    for _ in range(maximaal):
        pagina.keyboard.press("Tab")
        if pagina.evaluate(f"() => document.activeElement.matches({voorwaarde!r})"):
            assert focus_zichtbaar(pagina), f"geen zichtbare focus op {voorwaarde}"
            return
    raise AssertionError(f"{voorwaarde} is niet met Tab te bereiken")


def test_kiezer_werkt_met_alleen_het_toetsenbord(pagina, server):
    pagina.goto(server + "/kiezer/")
    tab_tot(pagina, "input[name=vraag]")
    for _ in range(3):  # arrow keys move the choice within the radio group
        pagina.keyboard.press("ArrowDown")
    assert pagina.locator("input[name=vraag]:checked").get_attribute("value") == "dilemma"
    tab_tot(pagina, "#kiezer-tijd")
    pagina.keyboard.press("ArrowDown")
    assert pagina.locator("#kiezer-tijd").input_value() == "15"
    tab_tot(pagina, "#kiezer-groep")
    pagina.keyboard.type("6")
    tab_tot(pagina, "#kiezer-verras")
    pagina.keyboard.press("Enter")
    assert pagina.locator("#kiezer-verrassing").is_visible()
    assert "vraag=dilemma" in pagina.url and "groep=6" in pagina.url


def test_sessie_en_print_knoppen_met_alleen_het_toetsenbord(pagina, server):
    pagina.goto(server + "/werkvormen/incidentmethode/")
    tab_tot(pagina, "#sessieduur")
    tab_tot(pagina, "#sessie-start")
    pagina.keyboard.press("Enter")
    sessie = pagina.locator(".sessie")
    sessie.wait_for()
    assert pagina.evaluate("document.activeElement.classList.contains('sessie-start')")
    assert focus_zichtbaar(pagina)
    for _ in range(6):  # focus stays inside the session view
        pagina.keyboard.press("Tab")
        assert pagina.evaluate("document.querySelector('.sessie').contains(document.activeElement)")
    pagina.keyboard.press("Escape")
    tab_tot(pagina, "#print-werkvorm")
    tab_tot(pagina, "#print-rolkaarten")


def test_eerste_tab_geeft_een_link_naar_de_inhoud(pagina, server):
    pagina.goto(server + "/werkvormen/incidentmethode/")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.classList.contains('md-skip')")
    assert focus_zichtbaar(pagina)
