"""The real site builds strictly, makes no external request, and bad content stops the build in Dutch."""

import gzip
import re
import subprocess
from pathlib import Path
from urllib.parse import urlparse

import pytest

from macros.offlinepagina import OFFLINE_DOWNLOAD
from tests.conftest import PROJECT, bouw, echte_catalogus, kopieer_project
from tests.sites import klein_project

pytestmark = pytest.mark.traag  # every test here builds a site

ASSET_ATTRIBUUT = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=\"([^\"]+)\""
    r"|<link\b(?![^>]*\brel=\"(?:canonical|alternate)\")[^>]*\bhref=\"([^\"]+)\""
)
"""What a browser fetches on its own: src attributes and <link> hrefs, except canonical and alternate, which name a page."""
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


def externe_verwijzingen(site: Path) -> list[str]:
    """Asset references (not hyperlinks a reader may click) that point at another host."""
    gevonden = []
    for bestand in site.rglob("*.html"):
        for treffer in ASSET_ATTRIBUUT.finditer(bestand.read_text(encoding="utf-8")):
            gevonden.append((bestand, treffer.group(1) or treffer.group(2)))
    for bestand in site.rglob("*.css"):
        tekst = bestand.read_text(encoding="utf-8")
        gevonden += [(bestand, url) for url in CSS_URL.findall(tekst) + CSS_IMPORT.findall(tekst)]
    return [f"{bestand.relative_to(site)}: {url}" for bestand, url in gevonden if urlparse(url).netloc or url.startswith("//")]


def test_strikte_build_van_de_echte_site_slaagt_zonder_waarschuwingen(bouwresultaat):
    site, uitvoer = bouwresultaat
    assert "WARNING" not in uitvoer
    assert (site / "index.html").exists()


def test_strikte_build_van_de_echte_site_slaagt(site):
    assert (site / "index.html").exists()
    assert (site / "werkvormen" / "incidentmethode" / "index.html").exists()


def test_geen_enkele_verwijzing_naar_een_andere_host(site):
    assert externe_verwijzingen(site) == []


def test_geen_google_fonts_en_geen_generator_regel(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
    assert "Made with" not in html


def test_elke_werkvorm_heeft_kaart_stappen_en_ankers(site):
    html = (site / "werkvormen" / "incidentmethode" / "index.html").read_text(encoding="utf-8")
    assert 'class="werkvorm-kaart"' in html
    assert 'id="stap-1"' in html and 'href="#stap-1"' in html
    assert 'content="Je vertelt een voorval tot het moment van kiezen; de groep bedenkt eerst zelf wat zij zou doen.' in html
    assert 'lang="nl"' in html


def test_overzicht_is_gegenereerd(site):
    html = (site / "werkvormen" / "index.html").read_text(encoding="utf-8")
    assert 'href="incidentmethode/"' in html


def test_letterlijke_accolades_blijven_tekst(tmp_path):
    project = klein_project(tmp_path / "project")
    letterlijk = (
        "\n\nJe schrijft {{ naam }} midden in een zin.\n\nEen alinea die eindigt op {% if klaar %}\n\n"
        "En `{{ code }}` in code.\n\n{# opmerking #}\n"
    )
    for pagina in ("index.md", "werkvormen/proefmethode.md"):
        with (project / "docs" / pagina).open("a", encoding="utf-8") as bestand:
            bestand.write(letterlijk)
    resultaat = bouw(project, tmp_path / "site")
    assert resultaat.returncode == 0, resultaat.stderr
    for pagina in ("", "werkvormen/proefmethode"):
        html = (tmp_path / "site" / pagina / "index.html").read_text(encoding="utf-8")
        for tekst in ("{{ naam }}", "{% if klaar %}", "<code>{{ code }}</code>", "{# opmerking #}"):
            assert tekst in html, (pagina, tekst)


def test_kapotte_inhoud_stopt_de_build_met_een_nederlandse_melding(tmp_path):
    project = kopieer_project(tmp_path / "project")
    bestand = project / "docs" / "werkvormen" / "incidentmethode.md"
    bestand.write_text(bestand.read_text(encoding="utf-8").replace("niveau: starter", "niveau: expert"), encoding="utf-8")
    resultaat = bouw(project, tmp_path / "site")
    assert resultaat.returncode != 0
    uitvoer = resultaat.stdout + resultaat.stderr
    assert "docs/werkvormen/incidentmethode.md: niveau: waarde 'expert' klopt niet; toegestaan: 'starter', 'gevorderd'" in uitvoer
    assert "is geen bestaande werkvorm" not in uitvoer, "één kapotte kaart geeft geen meldingen in de kaarten die ernaar verwijzen"
    assert "Traceback" not in uitvoer


def test_zoekvenster_heeft_een_toegankelijke_naam(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="Zoeken">' in html


def test_open_data_bevat_elke_werkvorm_met_een_werkende_url(site):
    import json

    data = json.loads((site / "werkvormen.json").read_text(encoding="utf-8"))
    ids = [w["id"] for w in data["werkvormen"]]
    assert sorted(ids) == sorted(echte_catalogus().werkvormen)
    for werkvorm in data["werkvormen"]:
        assert (site / werkvorm["url"] / "index.html").exists(), werkvorm["url"]
        assert werkvorm["duur"] == echte_catalogus().werkvormen[werkvorm["id"]].duur


def test_kiezergegevens_linken_naar_bestaande_paginas(site):
    import json

    html = (site / "kiezer" / "index.html").read_text(encoding="utf-8")
    gegevens = json.loads(re.search(r'id="kiezer-gegevens">(.*?)</script>', html, re.DOTALL).group(1))
    for werkvorm in gegevens["werkvormen"]:
        assert (site / "kiezer" / werkvorm["url"] / "index.html").resolve().exists(), werkvorm["url"]


def test_paginagrootte_groeit_niet_met_de_bibliotheek(site):
    """A werkvorm page holds its own bounded lists only: werkvormen are not in the nav, related lists stop at five."""
    pagina = (site / "werkvormen" / "incidentmethode" / "index.html").read_text(encoding="utf-8")
    andere = [p.parent.name for p in (site / "werkvormen").glob("*/index.html") if p.parent.name != "incidentmethode"]
    genoemd = [naam for naam in andere if f'href="../{naam}/"' in pagina]
    assert len(genoemd) <= 5, genoemd


def test_elke_uitleg_van_een_begrip_staat_hoogstens_eenmaal_op_een_pagina(site):
    """Tooltips on the first use only, so a long page does not carry the same explanation over and over."""
    for pagina in site.rglob("*.html"):
        uitleg = re.findall(r'<abbr title="([^"]*)"', pagina.read_text(encoding="utf-8"))
        assert len(uitleg) == len(set(uitleg)), pagina
    werkvorm = (site / "werkvormen" / "samen-veiligheid-inschatten" / "index.html").read_text(encoding="utf-8")
    assert "<abbr title=" in werkvorm


WERKVORMPAGINA_GZIP = 15 * 1024


def test_elke_werkvormpagina_is_hoogstens_15_kb_gzip(site):
    """What a phone downloads for one werkvorm, whatever the size of the library (make benchmark measures growth)."""
    groottes = {p.parent.name: len(gzip.compress(p.read_bytes())) for p in (site / "werkvormen").glob("*/index.html")}
    te_groot = [
        f"docs/werkvormen/{naam}.md: de pagina is {grootte / 1024:.1f} KB gzip, hoogstens {WERKVORMPAGINA_GZIP // 1024} KB mag; "
        "maak de tekst of de bronnoten korter"
        for naam, grootte in sorted(groottes.items())
        if grootte > WERKVORMPAGINA_GZIP
    ]
    assert te_groot == []


def test_zonder_make_pdf_blijft_de_pdf_link_verborgen_en_laadt_geen_pagina_een_shim(site):
    html = (site / "werkvormen" / "incidentmethode" / "index.html").read_text(encoding="utf-8")
    if not (site / "pdf" / "incidentmethode.pdf").exists():
        assert 'id="pdf-link" href="../../pdf/incidentmethode.pdf" hidden>' in html
    assert "iframe-worker" not in html
    assert '<script src="../../javascripts/werkvorm.js" defer>' in html


def test_elke_pagina_heeft_een_eigen_beschrijving(site):
    """Search engines and Lighthouse read the meta description; werkvormen and casussen take their samenvatting."""
    standaard = "Werkvormen, principes en praktijkcasussen voor intervisie in sociale teams."
    zonder = []
    for pagina in site.rglob("*.html"):
        html = pagina.read_text(encoding="utf-8", errors="replace")
        if pagina.name == "404.html" or 'http-equiv="refresh"' in html[:2000]:
            continue
        beschrijving = re.search(r'<meta name="description" content="([^"]*)"', html)
        if not beschrijving or beschrijving.group(1) in ("", standaard):
            zonder.append(str(pagina.relative_to(site)))
    assert zonder == []
    werkvorm = (site / "werkvormen" / "incidentmethode" / "index.html").read_text(encoding="utf-8")
    assert (
        '<meta name="description" content="Je vertelt een voorval tot het moment van kiezen; de groep bedenkt eerst zelf wat zij zou doen.'
        in werkvorm
    )


def test_make_build_zet_de_zip_waar_de_pagina_offline_gebruiken_naar_linkt(site):
    """The download link on the site, and the place `make build` writes the zip (read from make's dry run)."""
    link = re.search(
        r'<a class="md-button md-button--primary" href="([^"]+)" download>', (site / "offline" / "index.html").read_text(encoding="utf-8")
    )
    assert (site / "offline" / link.group(1)).resolve() == (site / OFFLINE_DOWNLOAD).resolve()
    stappen = subprocess.run(["make", "-n", "build"], cwd=PROJECT, capture_output=True, text=True, check=True).stdout
    assert "mkdocs build --strict" in stappen
    assert f'offline OFFLINE_MAP="$MAP/site" OFFLINE_ZIP={PROJECT / "site" / OFFLINE_DOWNLOAD}' in stappen
