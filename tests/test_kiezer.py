"""The werkvormkiezer in Chromium: live filtering, answers in the URL, the no-JavaScript lists and 'Verras ons'.

The JavaScript applies the rules of macros/kiezen.py; these tests hold both to the same answers.
"""

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from macros import kiezen
from macros.catalog import laad_catalogus

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def catalogus():
    return laad_catalogus(DOCS)


def passende_ids(pagina) -> list[str]:
    return pagina.locator(".kiezer-passend > li").evaluate_all("items => items.map(li => li.dataset.id)")


def python_passend(catalogus, keuze: kiezen.Keuze) -> list[str]:
    return [w.id for w, _, past_niet in kiezen.rangschik(catalogus.op_titel(), keuze) if not past_niet]


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
    verwacht = python_passend(catalogus, kiezen.Keuze("dilemma", 90, 6, "gevorderd"))
    assert verwacht, "de test heeft een keuze nodig waar iets bij past"
    assert passende_ids(pagina) == verwacht
    assert parse_qs(urlparse(pagina.url).query) == {"vraag": ["dilemma"], "tijd": ["90"], "groep": ["6"], "niveau": ["gevorderd"]}
    eerste = pagina.locator(".kiezer-passend > li").first
    assert "voor een vraag over dilemma" in eerste.inner_text()
    assert "past in 90 minuten" in eerste.inner_text()


@pytest.mark.parametrize(
    "keuze",
    [
        kiezen.Keuze("concreet-probleem", 45, 5, "starter"),
        kiezen.Keuze("emotie", 120, 8, None),
        kiezen.Keuze(None, 30, None, None),
        kiezen.Keuze("samenwerking", None, 12, "gevorderd"),
    ],
    ids=str,
)
def test_gedeelde_link_vult_de_keuze_in_en_geeft_dezelfde_uitkomst_als_python(pagina, server, catalogus, keuze):
    delen = {"vraag": keuze.vraagtype, "tijd": keuze.minuten, "groep": keuze.personen, "niveau": keuze.niveau}
    query = "&".join(f"{k}={v}" for k, v in delen.items() if v)
    pagina.goto(f"{server}/kiezer/?{query}")
    assert passende_ids(pagina) == python_passend(catalogus, keuze)
    if keuze.minuten:
        assert pagina.get_by_label("Hoeveel tijd heeft de groep?").input_value() == str(keuze.minuten)


def test_verras_ons_kiest_een_passende_werkvorm(pagina, server, catalogus):
    pagina.goto(server + "/kiezer/?vraag=houding-en-gedrag&tijd=75")
    passend = set(python_passend(catalogus, kiezen.Keuze("houding-en-gedrag", 75)))
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
    dilemma = pagina.locator("h3#dilemma + ul > li")
    verwacht = [w for w in catalogus.op_titel() if "dilemma" in w.vraagtypes]
    assert dilemma.count() == len(verwacht)
    assert f"{verwacht[0].duur} min." in dilemma.first.inner_text()
    context.close()


def test_link_naar_een_werkvorm_neemt_de_keuze_mee(pagina, server):
    pagina.goto(server + "/kiezer/?tijd=60")
    pagina.locator(".kiezer-passend > li a").first.click()
    pagina.wait_for_url("**/werkvormen/*/?tijd=60")


def situaties() -> list[tuple[str, dict[str, str]]]:
    """The home page's entries by situation: link text and the kiezer answers they carry."""
    import re

    tekst = (DOCS / "index.md").read_text(encoding="utf-8")
    return [
        (label, {k: v[0] for k, v in parse_qs(query).items()}) for label, query in re.findall(r"\[([^\]]+)\]\(kiezer\.md\?([^)]+)\)", tekst)
    ]


def test_elke_situatie_op_de_home_leidt_naar_passende_werkvormen(catalogus):
    assert len(situaties()) >= 6
    for label, antwoorden in situaties():
        keuze = kiezen.Keuze(
            antwoorden.get("vraag"),
            int(antwoorden.get("tijd", 0)) or None,
            int(antwoorden.get("groep", 0)) or None,
            antwoorden.get("niveau"),
        )
        assert python_passend(catalogus, keuze), f"'{label}' leidt naar een lege lijst"


def test_situatie_op_de_home_opent_de_ingevulde_kiezer(pagina, server, catalogus):
    pagina.goto(server + "/")
    pagina.get_by_role("link", name="Ik zit met een dilemma").click()
    pagina.wait_for_url("**/kiezer/?vraag=dilemma")
    assert pagina.get_by_label("Dilemma").is_checked()
    assert passende_ids(pagina) == python_passend(catalogus, kiezen.Keuze("dilemma"))
