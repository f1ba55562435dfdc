"""Session mode in Chromium, with Playwright's clock: countdown, next and previous, colour at 20% and 5%,
keyboard shortcuts, and the scaled times of a chosen session length."""

import pytest

from tests.conftest import echte_catalogus

BEGIN = 1_800_000_000_000
"""A fixed start for the page's clock, in milliseconds."""


def incidentmethode():
    return echte_catalogus().werkvormen["incidentmethode"]


def stilgezette_klok(pagina):
    """Installs Playwright's clock and stops it: time then moves only by `run_for`. A clock that also runs in real
    time let a slow machine tick a second between two steps of a test (CI saw 3:59 where 4:00 was paused)."""
    pagina.clock.install(time=BEGIN)
    pagina.clock.pause_at(BEGIN + 1_000)


@pytest.fixture
def sessie(pagina, server):
    stilgezette_klok(pagina)
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    pagina.get_by_role("button", name="Start de sessie").click()
    scherm = pagina.locator(".sessie[role=dialog]")
    scherm.wait_for()
    return pagina, scherm


def test_sessie_toont_de_eerste_stap_en_telt_af(sessie):
    pagina, scherm = sessie
    eerste = incidentmethode().stappen[0]
    assert scherm.locator("h2").inner_text() == eerste.naam
    assert f"Aan het woord: {'Iedereen'}" in scherm.inner_text()
    assert scherm.locator(".sessie-wat").inner_text() == eerste.wat
    assert scherm.locator(".sessie-vragen li").all_inner_texts() == eerste.vragen
    assert scherm.locator(".sessie-klok").inner_text() == f"{eerste.minuten}:00"
    assert scherm.locator(".sessie-totaal").inner_text() == f"Nog {incidentmethode().duur}:00 in totaal"
    scherm.get_by_role("button", name="Start").click()
    pagina.clock.run_for(60_250)  # one more tick of the 250 ms display
    assert scherm.locator(".sessie-klok").inner_text() == f"{eerste.minuten - 1}:00"
    assert scherm.locator(".sessie-totaal").inner_text() == f"Nog {incidentmethode().duur - 1}:00 in totaal"
    scherm.get_by_role("button", name="Pauze").click()
    pagina.clock.run_for(30_000)
    assert scherm.locator(".sessie-klok").inner_text() == f"{eerste.minuten - 1}:00"


def test_volgende_en_vorige_stap(sessie):
    _, scherm = sessie
    scherm.get_by_role("button", name="Volgende stap").click()
    tweede = incidentmethode().stappen[1]
    assert scherm.locator("h2").inner_text() == tweede.naam
    assert scherm.locator(".sessie-wie").inner_text() == "Aan het woord: Inbrenger"
    assert scherm.locator(".sessie-wat").inner_text() == tweede.wat
    assert scherm.locator(".sessie-vragen li").all_inner_texts() == tweede.vragen
    assert scherm.locator(".sessie-teller").inner_text().startswith(f"Stap 2 van {len(incidentmethode().stappen)}")
    scherm.get_by_role("button", name="Vorige stap").click()
    assert scherm.locator("h2").inner_text() == incidentmethode().stappen[0].naam
    assert scherm.get_by_role("button", name="Vorige stap").is_disabled()


def test_kleur_verandert_bij_twintig_en_vijf_procent(sessie):
    pagina, scherm = sessie
    duur_ms = incidentmethode().stappen[0].minuten * 60_000
    kleur = lambda: scherm.locator(".sessie-klok").evaluate("el => getComputedStyle(el).color")  # noqa: E731
    begin = kleur()
    scherm.get_by_role("button", name="Start").click()
    pagina.clock.run_for(int(duur_ms * 0.79))
    assert "sessie--twintig" not in scherm.get_attribute("class")
    pagina.clock.run_for(int(duur_ms * 0.02))
    assert "sessie--twintig" in scherm.get_attribute("class")
    twintig = kleur()
    pagina.clock.run_for(int(duur_ms * 0.15))
    assert "sessie--vijf" in scherm.get_attribute("class") and "sessie--twintig" not in scherm.get_attribute("class")
    assert len({begin, twintig, kleur()}) == 3


def test_sneltoetsen(sessie):
    pagina, scherm = sessie
    pagina.keyboard.press("Space")
    assert scherm.get_by_role("button", name="Pauze").is_visible()
    pagina.keyboard.press("ArrowRight")
    assert scherm.locator("h2").inner_text() == incidentmethode().stappen[1].naam
    pagina.keyboard.press("ArrowLeft")
    assert scherm.locator("h2").inner_text() == incidentmethode().stappen[0].naam
    pagina.keyboard.press("Space")
    assert scherm.get_by_role("button", name="Start").is_visible()
    pagina.keyboard.press("Escape")
    assert scherm.is_hidden()
    assert pagina.evaluate("document.activeElement.id") == "sessie-start"


def test_sessie_gebruikt_de_gekozen_sessieduur(pagina, server):
    stilgezette_klok(pagina)
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    pagina.get_by_label("Sessieduur").fill("45")
    pagina.get_by_label("Sessieduur").press("Enter")
    assert pagina.url.endswith("?duur=45")
    pagina.get_by_role("button", name="Start de sessie").click()
    scherm = pagina.locator(".sessie[role=dialog]")
    assert incidentmethode().stappen[0].minuten == 5 and incidentmethode().duur == 75
    assert scherm.locator(".sessie-klok").inner_text() == "3:00"  # 5 of 75 minutes, scaled to 45
    assert scherm.locator(".sessie-totaal").inner_text() == "Nog 45:00 in totaal"


@pytest.mark.parametrize("duur", ["60.5", "-5", "99999", "Infinity", "1e2", "zestig", "10"])
def test_een_onbruikbare_sessieduur_in_de_link_wordt_zichtbaar_genegeerd(pagina, server, duur):
    """A shared link with a length the werkvorm cannot take never freezes the tab: the standard times stay, and the
    page says why. (60.5 used to loop forever in the scaling.)"""
    pagina.set_default_timeout(10_000)
    pagina.goto(f"{server}/werkvormen/incidentmethode/?duur={duur}")
    melding = pagina.locator("#sessieduur-melding")
    melding.wait_for(state="visible")
    assert f"kies {incidentmethode().kortste_duur} tot 480 minuten" in melding.inner_text()
    assert pagina.locator(".stappentabel [data-totaal]").first.inner_text() == f"{incidentmethode().duur} min."
    assert "duur=" not in pagina.url
    assert pagina.get_by_label("Sessieduur").input_value() == str(incidentmethode().duur)


def test_elke_sessieduur_vanaf_de_kortste_staat_ook_op_de_kaart(pagina, server):
    """Any whole number from the shortest length up scales the steps and shows on the card; a shorter one does
    not, and says so."""
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    veld = pagina.get_by_label("Sessieduur")
    assert veld.get_attribute("min") == str(incidentmethode().kortste_duur)
    veld.fill("53")
    veld.press("Enter")
    assert pagina.locator(".stappentabel [data-totaal]").first.inner_text() == "53 min."
    op_kaart = pagina.locator(".werkvorm-kaart [data-sessieduur]").inner_text().strip()
    assert op_kaart == f"(nu 53 minuten, ingekort van {incidentmethode().duur})"
    veld.fill(str(incidentmethode().kortste_duur - 1))
    veld.press("Enter")
    melding = pagina.locator("#sessieduur-melding")
    assert melding.is_visible() and "Je ziet de tijden van daarvoor." in melding.inner_text()
    assert pagina.locator(".stappentabel [data-totaal]").first.inner_text() == "53 min."
    veld.fill(str(incidentmethode().duur))
    veld.press("Enter")
    assert melding.is_hidden() and pagina.locator(".werkvorm-kaart [data-sessieduur]").is_hidden()
