"""The statements a public-sector site needs: privacy and accessibility, linked from every page's footer and
kept true (the storage the scripts use, the pages the accessibility tests check)."""

import re
from pathlib import Path

from tests.conftest import PROJECT
from tests.test_toegankelijkheid import PAGINAS

DOCS = PROJECT / "docs"


def voetlinks(html: str) -> list[str]:
    blok = re.search(r'<nav class="voetlinks"[^>]*>(.*?)</nav>', html, flags=re.S)
    return re.findall(r'href="([^"]+)"', blok.group(1)) if blok else []


def test_elke_pagina_linkt_naar_privacy_en_toegankelijkheid(site):
    # Pages of mkdocs-redirects only send the browser on to a renamed page.
    paginas = [p for p in sorted(site.rglob("*.html")) if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")]
    assert len(paginas) > 100
    for pagina in paginas:
        links = voetlinks(pagina.read_text(encoding="utf-8"))
        assert len(links) == 2, pagina
        for link in links:
            # The 404 page is served at any address, so MkDocs writes its links from the site's root.
            doel = (site / link.lstrip("/")) if link.startswith("/") else (pagina.parent / link).resolve()
            assert (doel / "index.html").is_file() or doel.is_file(), (pagina, link)
    assert "Wat je browser bewaart" in (site / "privacy" / "index.html").read_text(encoding="utf-8")


def test_de_privacypagina_noemt_alles_wat_de_scripts_bewaren():
    scripts = " ".join(pad.read_text(encoding="utf-8") for pad in (DOCS / "javascripts").glob("*.js"))
    sleutels = set(re.findall(r'"(intervisiewijzer:[a-z-]+:?)"', scripts))
    assert sleutels >= {"intervisiewijzer:sessie:", "intervisiewijzer:notities:"}
    privacy = (DOCS / "privacy.md").read_text(encoding="utf-8")
    assert {sleutel for sleutel in sleutels if f"`{sleutel}`" not in privacy} == set()


def test_de_toegankelijkheidsverklaring_noemt_elke_geteste_pagina():
    verklaring = (DOCS / "toegankelijkheid.md").read_text(encoding="utf-8")
    assert {pad for pad in PAGINAS.values() if f"`{pad}`" not in verklaring} == set()


def test_wis_alles_haalt_weg_wat_de_site_bewaarde(pagina, server):
    pagina.goto(f"{server}/werkvormen/incidentmethode/")
    pagina.evaluate("localStorage.setItem('intervisiewijzer:notities:incidentmethode', '{}'); localStorage.setItem('ander', '1')")
    pagina.goto(f"{server}/privacy/")
    pagina.get_by_role("button", name="Wis alles wat deze site in deze browser bewaarde").click()
    assert pagina.locator("#wis-alles-melding").inner_text() == "Gewist: 1 onderdeel."
    assert pagina.evaluate("Object.keys(localStorage)") == ["ander"]


def test_de_verklaringen_staan_niet_in_de_navigatie_maar_wel_in_de_lijst_van_adressen():
    adressen = (PROJECT / "data" / "gepubliceerde-urls.txt").read_text(encoding="utf-8").splitlines()
    assert "privacy/" in adressen and "toegankelijkheid/" in adressen
    assert not Path(DOCS / "privacy.md").read_text(encoding="utf-8").count("<script")
