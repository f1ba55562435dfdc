"""What a person sees in Chromium: a werkvorm found through Dutch search, with its step table."""

import re
from urllib.parse import urlparse

from playwright.sync_api import expect

from tests.conftest import echte_catalogus


def test_werkvorm_vinden_met_nederlandse_zoekvraag(pagina, server):
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    pagina.goto(server + "/")
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    zoekveld.click()
    # "voorvallen" only matches "voorval" through Dutch stemming.
    zoekveld.press_sequentially("voorvallen bespreken")
    eerste = pagina.locator(".md-search-result__item > a").first
    expect(eerste).to_have_attribute("href", re.compile(r"/werkvormen/incidentmethode/"), timeout=10_000)
    eerste.click()
    pagina.wait_for_url("**/werkvormen/incidentmethode/**")
    assert pagina.locator("h1").inner_text().removesuffix("¶").strip() == "Incidentmethode"
    tabel = pagina.locator("table").filter(has_text="Aan het woord")
    assert tabel.locator("tbody tr").count() == len(echte_catalogus().werkvormen["incidentmethode"].stappen)
    assert tabel.locator("tbody tr").first.inner_text().startswith(f"1. {echte_catalogus().werkvormen['incidentmethode'].stappen[0].naam}")
    tabel.locator("a[href='#stap-4']").click()
    pagina.wait_for_url("**#stap-4")
    assert pagina.locator("#stap-4").is_visible()
    hosts = {urlparse(url).netloc for url in verzoeken if not url.startswith(("data:", "blob:"))}
    assert hosts == {urlparse(server).netloc}


def test_begrip_toont_zijn_uitleg_als_tooltip(pagina, server):
    pagina.goto(server + "/casussen/vraagverlegenheid-aan-de-keukentafel/")
    begrip = pagina.locator("article abbr", has_text="raagverlegenheid").first
    uitleg = begrip.get_attribute("title")
    assert uitleg == next(b.uitleg for b in echte_catalogus().begrippen if b.term == "Vraagverlegenheid")
    tooltip = "el => getComputedStyle(el, '::after').content"
    assert begrip.evaluate(tooltip) in ("none", "normal")
    begrip.hover()
    assert begrip.evaluate(tooltip) == f'"{uitleg}"'
    zichtbaar = "el => { const s = getComputedStyle(el, '::after'); return s.position === 'absolute' && s.display !== 'none'; }"
    assert begrip.evaluate(zichtbaar)


ZOEKVRAGEN = [
    ("moreel beraad", "werkvormen/(dilemmamethode|nijmeegse-methode|cura-moreel-beraad)/"),
    ("waarderend onderzoek", "werkvormen/appreciative-inquiry/"),
    ("feedback geven", "werkvormen/elkaar-aanspreken/"),
    ("leren van successen", "werkvormen/appreciative-inquiry/"),
    ("ABC-methode", "werkvormen/rationeel-emotieve-methode/"),
    ("RET", "werkvormen/rationeel-emotieve-methode/"),
    ("ecogram", "werkvormen/netwerkkaart/"),
    ("dilemma", "werkvormen/dilemmamethode/"),
    ("roddelen", "werkvormen/roddelmethode/"),
    ("kernkwadrant", "werkvormen/kernkwadranten/"),
    ("wondervraag", "werkvormen/oplossingsgerichte-vragen-oefenen/"),
    ("veiligheid inschatten", "werkvormen/samen-veiligheid-inschatten/"),
    ("denkhoeden", "werkvormen/zes-denkhoeden/"),
    ("Goal Attainment Scaling", "werkvormen/doelen-stellen-met-gas/"),
    ("leerverslag", "intervisie/leerverslag-blad/"),
    ("spelregels", "intervisie/spelregels/"),
    ("incidenten bespreken", "werkvormen/incidentmethode/"),
    ("eigen kracht", "principes/eigen-kracht/"),
    ("Balint", "werkvormen/balintmethode/"),
]


def test_realistische_zoekvragen_geven_de_verwachte_pagina_eerst(pagina, server):
    pagina.goto(server + "/")
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    eerste = pagina.locator(".md-search-result__item > a").first
    fouten = []
    for vraag, verwacht in ZOEKVRAGEN:
        zoekveld.click()
        zoekveld.fill("")
        zoekveld.press_sequentially(vraag)
        try:
            expect(eerste).to_have_attribute("href", re.compile(rf"^{re.escape(server)}/{verwacht}\?"), timeout=5000)
        except AssertionError:
            fouten.append(f"{vraag!r}: {eerste.get_attribute('href')} in plaats van {verwacht}")
    assert not fouten, fouten
