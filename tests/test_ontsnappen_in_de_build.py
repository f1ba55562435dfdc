"""A hostile title or summary reaches the page head (<title>, meta description) escaped, in a real build."""

from html.parser import HTMLParser

import pytest

from tests.conftest import bouw
from tests.kaarten import geldige_casus, geldige_kaart
from tests.sites import klein_project

TITEL = "</title><script>alert(1)</script>"
SAMENVATTING = '"><script>alert(2)</script> en <x-boom> in één zin'


class Kop(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.titel, self.beschrijving, self.scripts, self.vreemd = "", None, [], []
        self._in_titel = False

    def handle_starttag(self, tag, attrs):
        attributen = dict(attrs)
        self._in_titel = tag == "title"
        if tag == "meta" and attributen.get("name") == "description":
            self.beschrijving = attributen.get("content")
        if tag == "script":
            self.scripts.append([attributen.get("type", ""), ""])
        if tag == "x-boom":
            self.vreemd.append(tag)

    def handle_endtag(self, _tag):
        self._in_titel = False

    def handle_data(self, data):
        if self._in_titel:
            self.titel += data
        elif self.scripts and self.lasttag == "script":
            self.scripts[-1][1] += data


@pytest.fixture(scope="module")
def vijandige_site(tmp_path_factory):
    project = klein_project(
        tmp_path_factory.mktemp("vijandig"),
        geldige_kaart(titel=TITEL, samenvatting=SAMENVATTING),
        geldige_casus(titel=TITEL, samenvatting=SAMENVATTING),
    )
    resultaat = bouw(project, project / "site")
    assert resultaat.returncode == 0, resultaat.stderr
    return project / "site"


@pytest.mark.parametrize("pagina", ["werkvormen/proefmethode/index.html", "casussen/proefcasus/index.html"])
def test_titel_en_samenvatting_blijven_tekst_in_de_kop(vijandige_site, pagina):
    kop = Kop()
    kop.feed((vijandige_site / pagina).read_text(encoding="utf-8"))
    assert kop.titel.startswith(TITEL)
    assert kop.beschrijving == SAMENVATTING
    assert not kop.vreemd
    for soort, inhoud in kop.scripts:
        if soort == "application/json":
            assert "<" not in inhoud, "JSON in een scriptblok mag geen < bevatten"
        else:
            assert "alert" not in inhoud, inhoud
