"""`make offline`: the zip works unpacked and opened from disk (file://): navigation, search, kiezer,
session mode and print, without a server and without any request to another host."""

import subprocess
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PROJECT


@pytest.fixture(scope="module")
def uitgepakt(tmp_path_factory) -> Path:
    """`make offline` as a user runs it, but writing its folder and zip outside the checkout."""
    werk = tmp_path_factory.mktemp("offline-bouw")
    zip_ = werk / "intervisiewijzer-offline.zip"
    subprocess.run(["make", "offline", f"OFFLINE_MAP={werk / 'map'}", f"OFFLINE_ZIP={zip_}"], cwd=PROJECT, check=True, capture_output=True)
    doel = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(zip_) as archief:
        archief.extractall(doel)
    return doel


def test_zoeken_en_navigeren_vanaf_schijf(uitgepakt, pagina):
    verzoeken = []
    pagina.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    pagina.goto((uitgepakt / "index.html").as_uri())
    zoekveld = pagina.get_by_role("textbox", name="Zoeken")
    zoekveld.click()
    zoekveld.press_sequentially("dilemmamethode")
    eerste = pagina.locator(".md-search-result__item > a").first
    eerste.wait_for()
    assert "/werkvormen/dilemmamethode.html" in eerste.get_attribute("href")
    eerste.click()
    pagina.wait_for_url("**/werkvormen/dilemmamethode.html*")
    assert pagina.locator("h1").inner_text().startswith("Dilemmamethode")
    pagina.get_by_role("link", name="Werkvormkiezer").first.click()
    pagina.wait_for_url("**/kiezer.html")
    assert [url for url in verzoeken if not url.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_kiezer_sessie_en_print_vanaf_schijf(uitgepakt, pagina, tmp_path):
    pagina.goto((uitgepakt / "kiezer.html").as_uri() + "?vraag=dilemma")
    link = pagina.locator(".kiezer-passend > li a").first
    assert link.get_attribute("href").endswith(".html?vraag=dilemma")
    link.click()
    pagina.wait_for_url("**/werkvormen/*.html?vraag=dilemma")
    pagina.locator(".stappentabel").wait_for()
    pagina.get_by_role("button", name="Start de sessie").click()
    pagina.locator(".sessie h2").wait_for()
    pagina.keyboard.press("Escape")
    pagina.emulate_media(media="print")
    pdf = tmp_path / "offline.pdf"
    pagina.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    assert 1 <= len(PdfReader(pdf).pages) <= 2


def test_offline_zoekindex_kent_de_aliassen(uitgepakt):
    index = (uitgepakt / "search" / "search_index.js").read_text(encoding="utf-8")
    assert '"location":"werkvormen/dilemmamethode.html","title":"Dilemmamethode (moreel beraad)"' in index
    assert '"aliassen":"moreel beraad moreel casusoverleg' in index


def test_alleen_de_offline_versie_laadt_de_eigen_iframe_worker_shim(uitgepakt):
    html = (uitgepakt / "index.html").read_text(encoding="utf-8")
    assert '<script src="javascripts/vendor/iframe-worker-shim.js"></script>' in html
    assert "unpkg.com" not in html


def test_open_data_van_de_offline_versie_wijst_naar_bestaande_paginas(uitgepakt):
    """Offline, pages are werkvormen/x.html; werkvormen.json used to give werkvormen/x/, which does not exist there."""
    import json

    gegevens = json.loads((uitgepakt / "werkvormen.json").read_text(encoding="utf-8"))
    urls = [werkvorm["url"] for werkvorm in gegevens["werkvormen"]]
    assert urls and all(url.endswith(".html") and (uitgepakt / url).is_file() for url in urls), urls[:3]


def test_de_planner_werkt_vanaf_schijf(uitgepakt, pagina):
    """The planner's data is a script beside the page, which a browser runs from file:// (it would not fetch JSON)."""
    pagina.goto((uitgepakt / "planner.html").as_uri() + "?totaal=90&werkvorm1=incidentmethode")
    pagina.locator(".planner-agenda").wait_for()
    link = pagina.locator(".planner-agenda a").first
    assert link.inner_text() == "Incidentmethode" and link.get_attribute("href").endswith("werkvormen/incidentmethode.html")


def test_de_voetlinks_werken_vanaf_schijf(uitgepakt):
    from tests.test_verklaringen import voetlinks

    for pagina in (uitgepakt / "index.html", uitgepakt / "werkvormen" / "incidentmethode.html"):
        for link in voetlinks(pagina.read_text(encoding="utf-8")):
            assert (pagina.parent / link).resolve().is_file(), (pagina, link)


def test_de_offline_versie_zegt_dat_je_haar_al_gebruikt(uitgepakt):
    pagina = (uitgepakt / "offline.html").read_text(encoding="utf-8")
    assert "Je gebruikt nu al de offline versie" in pagina and "download>" not in pagina
