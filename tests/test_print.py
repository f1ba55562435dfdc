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

from macros.printen import printinfo, qr_code
from scripts.pdf import ROLKAARTEN, maak_pdfs, print_naar_pdf, serveer
from tests.conftest import bewaakte_pagina, echte_catalogus

DOCS = Path(__file__).resolve().parent.parent / "docs"
WERKVORMEN = sorted(pad.stem for pad in (DOCS / "werkvormen").glob("*.md") if pad.name != "index.md")
A4 = (595, 842)
MAX_PAGINAS = 3
"""A werkvorm with its example questions and sources: two A4 pages for most, three for the longest."""
NAVIGATIETEKST = ("Zoeken", "Werkvormkiezer", "Overzichten", "Teammap", "Naar boven", "¶")


def pdf_tekst(pdf: Path) -> list[str]:
    """The text of each page in reading order, by poppler's pdftotext (twenty times faster than pypdf on the team folder)."""
    uit = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return uit.split("\f")[: len(PdfReader(pdf).pages)]


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
    with bewaakte_pagina(browser) as (pagina, geweigerd):
        yield pagina
    assert geweigerd == []


QR_STEEKPROEF = ("incidentmethode", "samen-veiligheid-inschatten", "troika-consulting")
"""Reading QR codes off a printout is slow; three printouts are read, every code itself in the test below."""


@pytest.mark.traag
def test_elke_qr_code_is_leesbaar(tmp_path):
    """Every werkvorm's QR code, with the fixed mask, read back by a scanner: it leads to the werkvorm's page."""
    info = printinfo("https://intervisiewijzer.nl/", lambda _id: "2026-01-01")
    verwacht = []
    for werkvorm_id in WERKVORMEN:
        url = info(werkvorm_id).url
        qr_code(url).save(tmp_path / f"{werkvorm_id}.png", scale=3)
        verwacht.append(url)
    bestanden = [str(tmp_path / f"{werkvorm_id}.png") for werkvorm_id in WERKVORMEN]
    uit = subprocess.run(["zbarimg", "--quiet", "--raw", *bestanden], capture_output=True, text=True, check=True)
    assert uit.stdout.split() == verwacht


@pytest.mark.parametrize("werkvorm_id", WERKVORMEN)
def test_werkvorm_print_op_a4_met_herkomst_op_pagina_een_bronnen_en_voorbeeldvragen(werkvorm_id, pdf_site, tmp_path):
    werkvorm = echte_catalogus().werkvormen[werkvorm_id]
    pdf = pdf_site / "pdf" / f"{werkvorm.id}.pdf"
    lezer = PdfReader(pdf)
    assert 1 <= len(lezer.pages) <= MAX_PAGINAS
    for pagina in lezer.pages:
        assert (round(float(pagina.mediabox.width)), round(float(pagina.mediabox.height))) == A4
    paginas = [als_regel(pagina) for pagina in pdf_tekst(pdf)]
    tekst = " ".join(paginas)
    assert werkvorm.titel in tekst and "Spelregels" in tekst and "Klok" in tekst
    assert "Bronnen" in tekst and all(bron.wie.split()[0] in tekst for bron in werkvorm.bronnen), "de bronnen horen op de afdruk"
    vragen = [vraag for stap in werkvorm.stappen for vraag in stap.vragen]
    assert all(als_regel(vraag)[:40] in tekst for vraag in vragen), "de voorbeeldvragen horen op de afdruk"
    assert [woord for woord in NAVIGATIETEKST if woord in tekst] == []
    url = f"https://intervisiewijzer.nl/werkvormen/{werkvorm.id}/"
    assert url in paginas[0] and "Laatst gewijzigd:" in paginas[0] and werkvorm.titel in paginas[0], "herkomst op pagina 1"
    if werkvorm.id in QR_STEEKPROEF:
        assert qr_codes(pdf, tmp_path) == [url]


def als_regel(tekst: str) -> str:
    """PDF text as one line: a line break after a slash (a wrapped address) joins, other breaks become spaces."""
    return re.sub(r"\s+", " ", tekst.replace("/\n", "/"))


def test_een_pdf_is_getagd_en_heeft_een_inhoudsopgave(pdf_site):
    """Tagged (a structure tree, marked content) with an outline of the headings, as accessible documents must be."""
    for naam in ("incidentmethode.pdf", "incidentmethode-rolkaarten.pdf", "teammap.pdf"):
        lezer = PdfReader(pdf_site / "pdf" / naam)
        wortel = lezer.trailer["/Root"]
        assert "/StructTreeRoot" in wortel and wortel["/MarkInfo"]["/Marked"], naam
    titels = [item.title for item in PdfReader(pdf_site / "pdf" / "incidentmethode.pdf").outline if hasattr(item, "title")]
    assert titels == ["Incidentmethode"]


INCIDENTMETHODE_MINUTEN = [5, 5, 5, 15, 10, 5, 10, 5, 10, 5]
GESCHAALD = {
    45: [3, 3, 3, 9, 6, 3, 6, 3, 6, 3],
    60: [4, 4, 4, 12, 8, 4, 8, 4, 8, 4],
    90: [6, 6, 6, 18, 12, 6, 12, 6, 12, 6],
    120: [8, 8, 8, 24, 16, 8, 16, 8, 16, 8],
}
"""The incidentmethode's 75 minutes scaled by hand: every share comes out whole (5 × 45 / 75 = 3, and so on)."""


@pytest.mark.parametrize("duur", sorted(GESCHAALD))
def test_geschaalde_tijden_tellen_op_tot_de_gekozen_duur(duur, printpagina, server, tmp_path):
    werkvorm = echte_catalogus().werkvormen["incidentmethode"]
    assert [s.minuten for s in werkvorm.stappen] == INCIDENTMETHODE_MINUTEN, "de verwachte tijden gaan uit van deze minuten"
    pdf = print_naar_pdf(printpagina, f"{server}/werkvormen/incidentmethode/?duur={duur}", tmp_path / "geschaald.pdf")
    cellen = printpagina.locator(".stappentabel td[data-tijd]").all_inner_texts()
    assert [int(cel.split()[0]) for cel in cellen] == GESCHAALD[duur]
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


def test_een_link_met_print_rolkaarten_print_de_rolkaarten(printpagina, server):
    """make pdf sets the class itself; a shared link with ?print=rolkaarten prints the same."""
    printpagina.goto(f"{server}/werkvormen/balintmethode/?print=rolkaarten")
    assert printpagina.evaluate("klasse => document.documentElement.classList.contains(klasse)", ROLKAARTEN)


def test_rolkaarten_printen_alleen_de_kaarten(pdf_site):
    werkvorm = echte_catalogus().werkvormen["balintmethode"]
    tekst = "\n".join(pdf_tekst(pdf_site / "pdf" / "balintmethode-rolkaarten.pdf"))
    for label in ("Inbrenger", "Gespreksleider", "Deelnemers"):
        assert label in tekst
    for rol in werkvorm.rollen:
        assert werkvorm.stappen[0].taken[rol.rol][:30] in tekst.replace("\n", " ")
    assert f"1. {werkvorm.stappen[0].naam} (" in tekst and "1. 1." not in tekst, "elke stap één nummer, dat van de lijst"
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
    begin_van_paginas = [als_regel(tekst).lstrip()[:300] for tekst in paginas]
    for werkvorm in echte_catalogus().op_titel():
        # Each werkvorm starts a page with where it came from, then its title.
        url = f"https://intervisiewijzer.nl/werkvormen/{werkvorm.id}/"
        assert any(begin.startswith(url) and werkvorm.titel in begin for begin in begin_van_paginas), werkvorm.titel
    pagina = browser.new_page()
    with serveer(pdf_site) as basis:
        pagina.goto(f"{basis}/werkvormen/incidentmethode/")
        pdf_link = pagina.locator("#pdf-link")
        pdf_link.wait_for(state="visible")
        assert pdf_link.get_attribute("href") == "../../pdf/incidentmethode.pdf"
    pagina.close()


def test_rolkaarten_vullen_de_pagina_en_zijn_een_keer_genummerd(pdf_site, printpagina, server):
    """Two columns of cards at least half a page high; every step on a card numbered once ('1. Terugblik'); no
    printout of role cards has an empty page (a card taller than a page once pushed the first row off page 1)."""
    for ander in echte_catalogus().werkvormen.values():
        paginas = pdf_tekst(pdf_site / "pdf" / f"{ander.id}-rolkaarten.pdf")
        assert all(pagina.strip() for pagina in paginas), ander.id
    werkvorm = echte_catalogus().werkvormen["circulaire-vragen"]
    tekst = als_regel("\n".join(pdf_tekst(pdf_site / "pdf" / f"{werkvorm.id}-rolkaarten.pdf")))
    assert not re.search(r"\b\d+\.\s+\d+\.", tekst), "een stap is twee keer genummerd"
    for nummer, stap in enumerate(werkvorm.stappen, start=1):
        assert f"{nummer}. {stap.naam}" in tekst
    printpagina.goto(f"{server}/werkvormen/{werkvorm.id}/")
    printpagina.evaluate("klasse => document.documentElement.classList.add(klasse)", ROLKAARTEN)
    printpagina.emulate_media(media="print")
    hoogtes = printpagina.locator(".rolkaart").evaluate_all("kaarten => kaarten.map(k => k.getBoundingClientRect().height)")
    halve_pagina_px = ((297 - 12 - 14 - 5) / 2 - 1) * 96 / 25.4  # two rows and the 5 mm gap on an A4 page
    assert len(hoogtes) == len(werkvorm.rollen) and min(hoogtes) >= halve_pagina_px - 1
    printpagina.emulate_media(media="screen")


def test_rolkaarten_komen_uit_de_pagina_en_volgen_de_gekozen_duur(pagina, server):
    """The cards are made in the browser from the roles and the step details; a chosen length shows on them."""
    werkvorm = echte_catalogus().werkvormen["incidentmethode"]
    pagina.goto(f"{server}/werkvormen/incidentmethode/?duur=45")
    kaarten = pagina.locator(".rolkaart")
    assert kaarten.count() == len(werkvorm.rollen)
    for nummer, rol in enumerate(werkvorm.rollen):
        kaart = kaarten.nth(nummer)
        assert kaart.locator(".rolkaart-rol").inner_text() == rol.label
        verwacht = [f"{s.naam} ({m} min.): {s.taken[rol.rol]}" for s, m in zip(werkvorm.stappen, GESCHAALD[45], strict=True)]
        assert kaart.locator("ol > li").all_inner_texts() == verwacht
    assert pagina.locator(".rolkaarten-zonder-js").count() == 0
