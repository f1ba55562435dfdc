"""Session mode in Chromium, with Playwright's clock: countdown, next and previous, colour at 20% and 5%,
keyboard shortcuts, and the scaled times of a chosen session length."""

import pytest

from macros.model import rol_label
from tests.conftest import echte_catalogus, zonder_zoekindex

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


def test_na_nul_telt_de_klok_door_als_overtijd_en_het_totaal_zegt_hoeveel(sessie):
    pagina, scherm = sessie
    eerste = incidentmethode().stappen[0]
    scherm.get_by_role("button", name="Start").click()
    pagina.clock.run_for(eerste.minuten * 60_000 + 30_250)
    assert scherm.locator(".sessie-klok").inner_text() == "+0:30"
    assert scherm.locator(".sessie-over").is_visible() and "sessie--over" in scherm.get_attribute("class")
    later = incidentmethode().duur - eerste.minuten
    assert scherm.locator(".sessie-totaal").inner_text() == f"Nog {later}:00 in totaal, 0:30 uitgelopen"
    scherm.get_by_role("button", name="Volgende stap").click()
    assert scherm.locator(".sessie-totaal").inner_text() == f"Nog {later}:00 in totaal, 0:30 uitgelopen"


STUBS = """
window.__signalen = 0; window.__schermslot = [];
window.AudioContext = class {
  constructor() { this.currentTime = 0; this.destination = {}; }
  createOscillator() { window.__signalen += 1; return { frequency: {}, connect: (v) => v, start() {}, stop() {} }; }
  createGain() { return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d) => d }; }
};
Object.defineProperty(navigator, "wakeLock", { value: { request: () => {
  const slot = new EventTarget();
  slot.release = () => { window.__schermslot.push("los"); slot.dispatchEvent(new Event("release")); return Promise.resolve(); };
  window.__schermslot.push("vast"); return Promise.resolve(slot); } } });
"""
"""Web Audio and the Wake Lock API replaced by counters: what the session asks of the browser is what is tested."""


def test_zacht_signaal_alleen_als_het_aanstaat_en_scherm_blijft_aan_zolang_de_klok_loopt(pagina, server):
    pagina.add_init_script(STUBS)
    stilgezette_klok(pagina)
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    pagina.get_by_role("button", name="Start de sessie").click()
    scherm = pagina.locator(".sessie[role=dialog]")
    scherm.get_by_role("button", name="Start").click()
    pagina.clock.run_for(5 * 60_000 + 1_000)
    assert pagina.evaluate("window.__signalen") == 0
    scherm.get_by_role("button", name="Volgende stap").click()
    scherm.get_by_label("Zacht signaal bij 0:00").check()
    pagina.clock.run_for(5 * 60_000 + 1_000)
    assert pagina.evaluate("window.__signalen") == 2  # two soft tones, once
    pagina.clock.run_for(60_000)
    assert pagina.evaluate("window.__signalen") == 2
    assert pagina.evaluate("window.__schermslot") == ["vast"]
    scherm.get_by_role("button", name="Pauze").click()
    assert pagina.evaluate("window.__schermslot") == ["vast", "los"]


def test_toetsenbordhulp_alleen_met_een_toetsenbord(browser, server):
    telefoon = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    zonder_zoekindex(telefoon)
    pagina = telefoon.new_page()
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    pagina.get_by_role("button", name="Start de sessie").click()
    hulp = pagina.locator(".sessie-hulp")
    assert hulp.is_hidden()
    pagina.keyboard.press("ArrowRight")
    assert hulp.is_visible()
    telefoon.close()


TELEFOONDELEN = ("h2", ".sessie-taken li", ".sessie-klok", ".sessie-vorige", ".sessie-start", ".sessie-volgende")
OP_HET_SCHERM = """(scherm, delen) => ({
    kop: scherm.querySelector("h2").innerText,
    vakken: delen.map((deel) => {
        const vak = scherm.querySelector(deel)?.getBoundingClientRect();
        return vak && vak.width > 0 && vak.height > 0 ? {x: vak.x, y: vak.y, width: vak.width, height: vak.height} : null;
    }),
    breedte: scherm.scrollWidth,
    taken: [...scherm.querySelectorAll(".sessie-taken li")].map((taak) => taak.innerText),
})"""
"""Where each part of the session screen is (a part that is not shown has no box), its heading, width and tasks."""


def test_sessie_op_een_telefoon_toont_stap_taken_klok_en_knoppen_zonder_scrollen(browser, server):
    """Every step of the werkvorm with the most to say per step, and of the incidentmethode, at 375 x 667."""
    catalogus = echte_catalogus()
    langste = max(catalogus.werkvormen.values(), key=lambda w: max(len(" ".join(s.taken.values())) for s in w.stappen))
    telefoon = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    zonder_zoekindex(telefoon)
    pagina = telefoon.new_page()
    for werkvorm in (incidentmethode(), langste):
        pagina.goto(f"{server}/werkvormen/{werkvorm.id}/")
        pagina.get_by_role("button", name="Start de sessie").click()
        scherm = pagina.locator(".sessie[role=dialog]")
        for nummer, stap in enumerate(werkvorm.stappen, start=1):
            # One look at the screen per step (a round trip per part took most of this test's time).
            beeld = scherm.evaluate(OP_HET_SCHERM, list(TELEFOONDELEN))
            assert beeld["kop"] == stap.naam
            for deel, vak in zip(TELEFOONDELEN, beeld["vakken"], strict=True):
                assert vak and vak["y"] >= 0 and vak["y"] + vak["height"] <= 667 and vak["x"] + vak["width"] <= 375, (
                    werkvorm.id,
                    nummer,
                    deel,
                )
            assert beeld["breedte"] <= 375
            assert beeld["taken"] == [f"{rol_label(rol)}: {taak}" for rol, taak in stap.taken.items()]
            if nummer < len(werkvorm.stappen):
                scherm.get_by_role("button", name="Volgende stap").click()
        scherm.get_by_role("button", name="Sessie beëindigen").click()
    telefoon.close()


def test_herladen_gaat_verder_waar_de_sessie_was_tot_die_beeindigd_is(sessie):
    pagina, scherm = sessie
    scherm.get_by_role("button", name="Volgende stap").click()
    scherm.get_by_role("button", name="Start").click()
    pagina.clock.run_for(60_000)
    pagina.reload()
    scherm = pagina.locator(".sessie[role=dialog]")
    scherm.wait_for()
    tweede = incidentmethode().stappen[1]
    assert scherm.locator("h2").inner_text() == tweede.naam
    assert scherm.locator(".sessie-klok").inner_text() == f"{tweede.minuten - 1}:00"
    assert scherm.get_by_role("button", name="Pauze").is_visible(), "de klok liep en loopt door"
    scherm.get_by_role("button", name="Sluiten").click()
    pagina.clock.run_for(30_000)
    pagina.reload()
    scherm.wait_for()
    assert scherm.locator(".sessie-klok").inner_text() == f"{tweede.minuten - 2}:30"
    scherm.get_by_role("button", name="Sessie beëindigen").click()
    pagina.reload()
    pagina.get_by_role("button", name="Start de sessie").wait_for()
    assert pagina.locator(".sessie[role=dialog]").count() == 0


def notities_openen(scherm):
    scherm.locator(".sessie-notities summary").click()
    return scherm.locator(".sessie-notities")


def test_notities_blijven_in_de_browser_en_gaan_met_een_knop(sessie):
    pagina, scherm = sessie
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append((verzoek.method, verzoek.url)))
    notities = notities_openen(scherm)
    notities.get_by_label("De vraag van de inbrenger").fill("Hoe zeg ik nee tegen een collega?")
    scherm.get_by_role("button", name="Volgende stap").click()
    notities.get_by_label(f"Bij stap 2, {incidentmethode().stappen[1].naam}").fill("Het incident: een huisbezoek.")
    pagina.reload()
    scherm.wait_for()
    notities = notities_openen(scherm)
    assert notities.get_by_label("De vraag van de inbrenger").input_value() == "Hoe zeg ik nee tegen een collega?"
    assert notities.get_by_label(f"Bij stap 2, {incidentmethode().stappen[1].naam}").input_value() == "Het incident: een huisbezoek."
    assert all(methode == "GET" and verzoek_url.startswith(pagina.url.split("/werkvormen/")[0]) for methode, verzoek_url in verzoeken)
    notities.get_by_role("button", name="Wis notities").click()
    assert notities.get_by_label("De vraag van de inbrenger").input_value() == ""
    assert pagina.evaluate("Object.keys(localStorage).filter(k => k.startsWith('intervisiewijzer:notities:'))") == []


def test_de_notities_worden_een_ingevuld_leerverslag_en_een_tekstbestand(sessie, tmp_path):
    pagina, scherm = sessie
    notities = notities_openen(scherm)
    notities.get_by_label("De vraag van de inbrenger").fill("Hoe zeg ik nee?")
    notities.get_by_label("De kern").fill("Ze wil aardig gevonden worden.")
    notities.get_by_label("Afspraken", exact=True).fill("Volgende week bespreekt ze het met haar teamleider.")
    notities.get_by_label("Wat de inbrenger meeneemt").fill("Eerst vragen, dan pas antwoorden.")
    notities.get_by_label(f"Bij stap 1, {incidentmethode().stappen[0].naam}").fill("Drie incidenten genoemd.")
    notities.get_by_role("link", name="Maak het leerverslag").click()
    pagina.wait_for_url("**/intervisie/leerverslag-blad/?werkvorm=incidentmethode")
    assert pagina.locator('[data-veld="werkvorm"]').inner_text() == "Incidentmethode"
    assert pagina.locator('[data-veld="vraag"]').inner_text() == "Hoe zeg ik nee?\nKern: Ze wil aardig gevonden worden."
    assert pagina.locator('[data-veld="anders"]').inner_text().startswith("Volgende week bespreekt ze het")
    assert f"Stap 1: {incidentmethode().stappen[0].naam}" in pagina.locator(".verslag-lijst").inner_text()
    with pagina.expect_download() as download:
        pagina.get_by_role("button", name="Download als tekstbestand").click()
    bestand = tmp_path / download.value.suggested_filename
    download.value.save_as(bestand)
    tekst = bestand.read_text(encoding="utf-8")
    assert download.value.suggested_filename.startswith("leerverslag-incidentmethode-") and bestand.suffix == ".txt"
    assert tekst.startswith("Leerverslag: Incidentmethode, ")
    assert "Afspraken:\nVolgende week bespreekt ze het met haar teamleider.\n" in tekst
    assert f"1. {incidentmethode().stappen[0].naam}: Drie incidenten genoemd." in tekst


def test_een_werkvorm_die_terugkijkt_toont_de_afspraken_van_de_vorige_keer(pagina, server):
    teamreflectie = echte_catalogus().werkvormen["teamreflectie"]
    assert teamreflectie.kijkt_terug and not incidentmethode().kijkt_terug
    pagina.goto(f"{server}/werkvormen/teamreflectie/")
    pagina.get_by_role("button", name="Start de sessie").click()
    scherm = pagina.locator(".sessie[role=dialog]")
    assert scherm.locator(".sessie-vorige-afspraken").is_hidden()
    notities_openen(scherm).get_by_label("Afspraken", exact=True).fill("We bellen elkaar voor elk huisbezoek met risico.")
    scherm.get_by_role("button", name="Sessie beëindigen").click()
    pagina.reload()
    pagina.get_by_role("button", name="Start de sessie").click()
    vorige = scherm.locator(".sessie-vorige-afspraken")
    assert vorige.is_visible() and "We bellen elkaar voor elk huisbezoek met risico." in vorige.inner_text()
    scherm.get_by_role("button", name="Volgende stap").click()
    assert vorige.is_hidden()
