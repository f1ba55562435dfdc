"""The werkvormkiezer in Chromium: live filtering, answers in the URL, the no-JavaScript lists and 'Verras ons'.

The rules themselves are tested against a table in tests/test_regels.py; here the page must show exactly what
those rules answer for the real catalogue embedded in it.
"""

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from tests.conftest import echte_catalogus

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def catalogus():
    return echte_catalogus()


@pytest.fixture
def pagina(modulepagina):
    """The module's one page; each test starts with its own address and ends with nothing the policies refused."""
    page, geweigerd = modulepagina
    geweigerd.clear()
    yield page
    assert geweigerd == [], "de pagina deed iets wat het beveiligingsbeleid van de server weigert"


def passende_ids(pagina) -> list[str]:
    return pagina.locator(".kiezer-passend > li").evaluate_all("items => items.map(li => li.dataset.id)")


def volgens_de_regels(pagina, keuze: dict) -> list[str]:
    """The werkvormen that fit every answer, in order, as regels.js ranks the catalogue embedded in the kiezer page."""
    return pagina.evaluate(
        """keuze => {
            const gegevens = JSON.parse(document.getElementById("kiezer-gegevens").textContent);
            return IntervisieRegels.rangschik(gegevens.werkvormen, keuze, gegevens.vraagtypes)
                .filter(r => r.pastNiet.length === 0).map(r => r.werkvorm.id);
        }""",
        keuze,
    )


def test_kiezer_filtert_live_en_zet_de_keuze_in_het_adres(pagina, server, catalogus):
    pagina.goto(server + "/kiezer/")
    assert pagina.locator("#kiezer").is_visible()
    assert pagina.locator(".kiezer-zonder-js").is_hidden()
    alles = passende_ids(pagina)
    assert len(alles) == len(catalogus.werkvormen)
    pagina.get_by_label("Dilemma").check()
    pagina.get_by_label("Hoeveel tijd heeft de groep?").select_option("90")
    pagina.get_by_label("Met hoeveel personen zijn jullie?").fill("6")
    pagina.get_by_label("Ervaren: we doen dit al een tijd").check()
    verwacht = volgens_de_regels(pagina, {"vraag": "dilemma", "duur": "90", "groep": "6", "niveau": "gevorderd"})
    assert verwacht, "de test heeft een keuze nodig waar iets bij past"
    assert len(verwacht) < len(alles)
    assert passende_ids(pagina) == verwacht
    assert parse_qs(urlparse(pagina.url).query) == {"vraag": ["dilemma"], "duur": ["90"], "groep": ["6"], "niveau": ["gevorderd"]}
    eerste = pagina.locator(".kiezer-passend > li").first
    assert "voor een vraag over dilemma" in eerste.inner_text()
    assert "past in 90 minuten" in eerste.inner_text()


@pytest.mark.parametrize(
    "keuze",
    [
        {"vraag": "concreet-probleem", "duur": "45", "groep": "5", "niveau": "starter"},
        {"vraag": "emotie", "duur": "120", "groep": "8"},
        {"duur": "30"},
        {"vraag": "samenwerking", "groep": "12", "niveau": "gevorderd"},
    ],
    ids=str,
)
def test_gedeelde_link_vult_de_keuze_in_en_toont_wat_de_regels_zeggen(pagina, server, keuze):
    pagina.goto(f"{server}/kiezer/?" + "&".join(f"{k}={v}" for k, v in keuze.items()))
    verwacht = volgens_de_regels(pagina, keuze)
    assert verwacht, "de test heeft een keuze nodig waar iets bij past"
    assert passende_ids(pagina) == verwacht
    if "duur" in keuze:
        assert pagina.get_by_label("Hoeveel tijd heeft de groep?").input_value() == keuze["duur"]


def test_een_oude_link_met_tijd_werkt_nog(pagina, server):
    pagina.goto(f"{server}/kiezer/?tijd=45")
    assert pagina.get_by_label("Hoeveel tijd heeft de groep?").input_value() == "45"
    assert parse_qs(urlparse(pagina.url).query) == {"duur": ["45"]}


@pytest.mark.parametrize("waarde", ["60.5", "-5", "99999", "Infinity", "1e3", "<b>45</b>"])
def test_een_onbruikbare_waarde_in_de_link_wordt_zichtbaar_weggelaten(pagina, server, waarde):
    """The kiezer shows what it left out of a shared link, takes it out of the address and still answers."""
    pagina.goto(f"{server}/kiezer/?duur={waarde}&groep=500&vraag=iets&niveau=starter")
    melding = pagina.locator("#kiezer-melding")
    assert melding.is_visible()
    tekst = melding.inner_text()
    assert f"duur={waarde}" in tekst and "groep=500" in tekst and "vraag=iets" in tekst and "niveau" not in tekst
    assert pagina.locator("#kiezer-melding b").count() == 0, "de waarde uit de link blijft tekst"
    assert parse_qs(urlparse(pagina.url).query) == {"niveau": ["starter"]}
    assert pagina.locator(".kiezer-passend > li").count() > 0


def test_een_bruikbare_link_geeft_geen_melding(pagina, server):
    pagina.goto(f"{server}/kiezer/?duur=45&groep=6")
    assert pagina.locator("#kiezer-melding").count() == 0


def test_verras_ons_kiest_een_passende_werkvorm(pagina, server):
    pagina.goto(server + "/kiezer/?vraag=houding-en-gedrag&duur=75")
    passend = set(volgens_de_regels(pagina, {"vraag": "houding-en-gedrag", "duur": "75"}))
    gekozen = set()
    for _ in range(6):
        pagina.get_by_role("button", name="Verras ons").click()
        link = pagina.locator("#kiezer-verrassing a")
        gekozen.add(link.get_attribute("href").split("/werkvormen/")[1].split("/")[0])
    assert gekozen <= passend
    assert pagina.locator("#kiezer-verrassing").evaluate("el => document.activeElement === el")


def test_zonder_javascript_staan_alle_werkvormen_per_soort_vraag(browser, server, catalogus):
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(server + "/kiezer/")
    assert pagina.locator("#kiezer").is_hidden()
    lijsten = pagina.locator(".kiezer-zonder-js")
    assert lijsten.is_visible()
    titels = pagina.locator("h3#dilemma + ul > li > a").all_inner_texts()
    assert set(titels) == {w.titel for w in catalogus.werkvormen.values() if "dilemma" in w.vraagtypes}
    assert titels == sorted(titels, key=str.casefold)
    eerste = next(w for w in catalogus.werkvormen.values() if w.titel == titels[0])
    assert f"{eerste.duur} min." in pagina.locator("h3#dilemma + ul > li").first.inner_text()
    context.close()


def test_link_naar_een_werkvorm_neemt_de_keuze_mee(pagina, server):
    pagina.goto(server + "/kiezer/?duur=60")
    pagina.locator(".kiezer-passend > li a").first.click()
    pagina.wait_for_url("**/werkvormen/*/?duur=60")


def situaties() -> list[tuple[str, dict[str, str]]]:
    """The home page's entries by situation: link text and the kiezer answers they carry."""
    import re

    tekst = (DOCS / "index.md").read_text(encoding="utf-8")
    return [
        (label, {k: v[0] for k, v in parse_qs(query).items()}) for label, query in re.findall(r"\[([^\]]+)\]\(kiezer\.md\?([^)]+)\)", tekst)
    ]


def test_elke_situatie_op_de_home_leidt_naar_passende_werkvormen(pagina, server):
    assert len(situaties()) >= 6
    pagina.goto(server + "/kiezer/")
    for label, antwoorden in situaties():
        assert volgens_de_regels(pagina, antwoorden), f"'{label}' leidt naar een lege lijst"


def test_situatie_op_de_home_opent_de_ingevulde_kiezer(pagina, server):
    pagina.goto(server + "/")
    pagina.get_by_role("link", name="Ik zit met een dilemma").click()
    pagina.wait_for_url("**/kiezer/?vraag=dilemma")
    assert pagina.get_by_label("Dilemma").is_checked()
    assert passende_ids(pagina) == volgens_de_regels(pagina, {"vraag": "dilemma"})


def test_bijna_passend_komt_van_dichtbij_naar_ver(pagina, server, catalogus):
    """For 45 minutes the near misses are the werkvormen that come closest: a 60-minute one before a 75-minute one."""
    pagina.goto(f"{server}/kiezer/?duur=45")
    bijna = pagina.locator(".kiezer-bijna > li").evaluate_all("items => items.map(li => li.dataset.id)")
    te_lang = sorted({w.kortste_duur for w in catalogus.werkvormen.values() if w.kortste_duur > 45})
    assert bijna and [catalogus.werkvormen[i].kortste_duur for i in bijna] == sorted(catalogus.werkvormen[i].kortste_duur for i in bijna)
    assert catalogus.werkvormen[bijna[0]].kortste_duur == te_lang[0]


def test_een_werkvorm_die_ingekort_past_opent_ingekort(pagina, server, catalogus):
    pagina.goto(f"{server}/kiezer/?duur=45")
    ingekort = pagina.locator(".kiezer-passend > li", has_text="past ingekort")
    assert ingekort.count() == sum(1 for w in catalogus.werkvormen.values() if w.kortste_duur <= 45 < w.duur)
    eerste = catalogus.werkvormen[ingekort.first.get_attribute("data-id")]
    ingekort.first.get_by_role("link", name=eerste.titel).click()
    pagina.wait_for_url(f"**/werkvormen/{eerste.id}/?duur=45")
    assert pagina.locator(".stappentabel [data-totaal]").first.inner_text() == "45 min."
    assert pagina.locator(".werkvorm-kaart [data-sessieduur]").inner_text().strip() == f"(nu 45 minuten, ingekort van {eerste.duur})"


def test_filter_op_soort(pagina, server, catalogus):
    pagina.goto(f"{server}/kiezer/?soort=oefening")
    assert pagina.get_by_label("Oefening").is_checked()
    assert set(passende_ids(pagina)) == {w.id for w in catalogus.werkvormen.values() if w.soort == "oefening"}
    assert pagina.locator(".kiezer-bijna > li").count() == 0


def test_een_grote_groep_krijgt_eerst_de_werkvormen_met_een_variant_voor_grote_groepen(pagina, server, catalogus):
    pagina.goto(f"{server}/kiezer/?groep=30")
    passend = passende_ids(pagina)
    verwacht = {w.id for w in catalogus.werkvormen.values() if w.grote_groep or w.groepsgrootte.min <= 30 <= w.groepsgrootte.max}
    assert passend and set(passend) == verwacht
    assert "met de variant voor een grote groep" in pagina.locator(".kiezer-passend > li").first.inner_text() or (
        catalogus.werkvormen[passend[0]].groepsgrootte.max >= 30
    )


def test_filter_op_online(pagina, server, catalogus):
    """An online team sees the werkvormen that run wholly in a video call; the ones that run online only in part
    come under 'Bijna passend', saying so."""
    pagina.goto(f"{server}/kiezer/")
    pagina.get_by_label("Online, in een videogesprek").check()
    assert pagina.url.endswith("?online=ja")
    beperkt = {w.id for w in catalogus.werkvormen.values() if w.online_geschikt == "beperkt"}
    assert beperkt and set(passende_ids(pagina)) == set(catalogus.werkvormen) - beperkt
    bijna = pagina.locator(".kiezer-bijna > li")
    assert {bijna.nth(i).get_attribute("data-id") for i in range(bijna.count())} == beperkt
    assert "online alleen beperkt" in bijna.first.inner_text()
