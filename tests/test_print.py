"""Printing in Chromium: every werkvorm on at most two A4 pages, without navigation, with a QR code that
leads back to the page, and with step times that add up to the chosen session length.

`make pdf` runs once, on a copy of the built site (so the shared site stays as a fresh build is); every test
about a printout reads those PDFs instead of printing again.
"""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from scripts.pdf import maak_pdfs, print_naar_pdf, serveer
from tests.conftest import echte_catalogus

DOCS = Path(__file__).resolve().parent.parent / "docs"
WERKVORMEN = sorted(pad.stem for pad in (DOCS / "werkvormen").glob("*.md") if pad.name != "index.md")
A4 = (595, 842)
NAVIGATIETEKST = ("Zoeken", "Werkvormkiezer", "Overzichten", "Teammap", "Naar boven", "¶")


def pdf_tekst(pdf: Path) -> list[str]:
    return [pagina.extract_text() for pagina in PdfReader(pdf).pages]


def qr_codes(pdf: Path, tmp_path: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "pagina")], check=True)
    gevonden = []
    for png in sorted(tmp_path.glob("pagina*.png")):
        uit = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
        gevonden += uit.stdout.split()
    return gevonden


@pytest.fixture(scope="module")
def pdf_site(site, browser, tmp_path_factory) -> Path:
    """A copy of the built site after `make pdf`: a PDF per werkvorm and per set of role cards, and the team folder."""
    kopie = tmp_path_factory.mktemp("pdf") / "site"
    shutil.copytree(site, kopie)
    maak_pdfs(kopie, browser)
    return kopie


@pytest.fixture(scope="module")
def printpagina(browser):
    context = browser.new_context()
    yield context.new_page()
    context.close()


QR_STEEKPROEF = ("incidentmethode", "samen-veiligheid-inschatten", "troika-consulting")
"""Reading QR codes is slow; the code comes from the same function for every werkvorm, so three are read."""


@pytest.mark.parametrize("werkvorm_id", WERKVORMEN)
def test_werkvorm_print_op_hoogstens_twee_a4_met_qr_code(werkvorm_id, pdf_site, tmp_path):
    werkvorm = echte_catalogus().werkvormen[werkvorm_id]
    pdf = pdf_site / "pdf" / f"{werkvorm.id}.pdf"
    lezer = PdfReader(pdf)
    assert 1 <= len(lezer.pages) <= 2
    for pagina in lezer.pages:
        assert (round(float(pagina.mediabox.width)), round(float(pagina.mediabox.height))) == A4
    tekst = "\n".join(pdf_tekst(pdf))
    assert werkvorm.titel in tekst and "Spelregels" in tekst and "Klok" in tekst
    assert "Bronnen" in tekst and all(bron.wie.split()[0] in tekst for bron in werkvorm.bronnen), "de bronnen horen op de afdruk"
    assert [woord for woord in NAVIGATIETEKST if woord in tekst] == []
    url = f"https://intervisiewijzer.nl/werkvormen/{werkvorm.id}/"
    assert url in tekst and "Laatst gewijzigd:" in tekst
    if werkvorm.id in QR_STEEKPROEF:
        assert qr_codes(pdf, tmp_path) == [url]


@pytest.mark.parametrize("duur", [45, 60, 90, 120])
def test_geschaalde_tijden_tellen_op_tot_de_gekozen_duur(duur, printpagina, server, tmp_path):
    werkvorm = echte_catalogus().werkvormen["incidentmethode"]
    pdf = print_naar_pdf(printpagina, f"{server}/werkvormen/incidentmethode/?duur={duur}", tmp_path / "geschaald.pdf")
    cellen = printpagina.locator(".stappentabel td[data-tijd]").all_inner_texts()
    minuten = [int(cel.split()[0]) for cel in cellen]
    assert minuten == printpagina.evaluate("([m, d]) => IntervisieRegels.schaal(m, d)", [[s.minuten for s in werkvorm.stappen], duur])
    assert sum(minuten) == duur
    tekst = "\n".join(pdf_tekst(pdf))
    assert re.search(rf"Totaal\s+{duur} min\.", tekst), tekst[:400]


def test_ongeldige_duur_geeft_standaardtijden_en_verdwijnt_uit_het_adres(printpagina, server):
    printpagina.goto(f"{server}/werkvormen/incidentmethode/?duur=3")
    werkvorm = echte_catalogus().werkvormen["incidentmethode"]
    assert printpagina.locator(".stappentabel td[data-tijd]").all_inner_texts() == [f"{s.minuten} min." for s in werkvorm.stappen]
    assert "duur=" not in printpagina.url


def test_zonder_javascript_de_standaardtijden(browser, server):
    context = browser.new_context(java_script_enabled=False)
    pagina = context.new_page()
    pagina.goto(f"{server}/werkvormen/incidentmethode/?duur=45")
    werkvorm = echte_catalogus().werkvormen["incidentmethode"]
    cellen = pagina.locator(".stappentabel td[data-tijd]").all_inner_texts()
    assert cellen == [f"{s.minuten} min." for s in werkvorm.stappen]
    assert pagina.locator(".werkvorm-acties").is_hidden()
    context.close()


def test_rolkaarten_printen_alleen_de_kaarten(pdf_site):
    werkvorm = echte_catalogus().werkvormen["balintmethode"]
    tekst = "\n".join(pdf_tekst(pdf_site / "pdf" / "balintmethode-rolkaarten.pdf"))
    for rol in werkvorm.rollen:
        assert rol.label in tekst
        assert werkvorm.stappen[0].taken[rol.rol][:30] in tekst.replace("\n", " ")
    assert "Wanneer gebruik je deze werkvorm" not in tekst and "Spelregels" not in tekst


def test_leerverslagblad_print_op_twee_paginas(printpagina, server, tmp_path):
    pdf = print_naar_pdf(printpagina, f"{server}/intervisie/leerverslag-blad/", tmp_path / "blad.pdf")
    tekst = "\n".join(pdf_tekst(pdf))
    assert len(PdfReader(pdf).pages) <= 2
    assert "Technisch-instrumenteel" in tekst and "Normatief" in tekst and "Persoonlijk" in tekst


def test_zonder_make_pdf_is_de_pdf_link_verborgen(pagina, server):
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    assert pagina.locator("#pdf-link").is_hidden(), "zonder PDF hoort de link verborgen te zijn"


def test_make_pdf_maakt_teammap_en_een_pdf_per_werkvorm(pdf_site, browser):
    namen = {pdf.name for pdf in (pdf_site / "pdf").glob("*.pdf")}
    assert {f"{w.id}.pdf" for w in echte_catalogus().werkvormen.values()} <= namen
    assert {f"{w.id}-rolkaarten.pdf" for w in echte_catalogus().werkvormen.values()} <= namen
    assert "teammap.pdf" in namen
    paginas = pdf_tekst(pdf_site / "pdf" / "teammap.pdf")
    assert "Inhoud" in paginas[0]
    begin_van_paginas = [tekst.lstrip()[:80] for tekst in paginas]
    for werkvorm in echte_catalogus().op_titel():
        assert any(begin.startswith(werkvorm.titel) for begin in begin_van_paginas), werkvorm.titel
    pagina = browser.new_page()
    with serveer(pdf_site) as basis:
        pagina.goto(f"{basis}/werkvormen/incidentmethode/")
        pdf_link = pagina.locator("#pdf-link")
        pdf_link.wait_for(state="visible")
        assert pdf_link.get_attribute("href") == "../../pdf/incidentmethode.pdf"
    pagina.close()
