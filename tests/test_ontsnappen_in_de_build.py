"""Hostile card text in a real build: escaped in the page head (<title>, meta description), and nowhere live on
any page that shows it (the card, related lists, overviews, kiezer, team folder), in the search index or open data."""

import json
import shutil
from html.parser import HTMLParser

import pytest

from tests.conftest import PROJECT, bouw
from tests.kaarten import GELDIGE_BODY, als_bestand, geldige_casus, geldige_kaart
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


KORT = "</title><script>alert(1)</script><x-boom>"
"""Fits every one-line field: it closes the title, starts a script and opens an unknown element."""
LANG = KORT + " x](javascript:alert(3)) [y [z](javascript:alert(5)) <!--<script> \"'><img src=x onerror=alert(4)>"
"""Also breaks out of a generated Markdown link, makes one of its own, opens a comment in a JSON block and closes an attribute."""
OVERZICHTEN = ("kiezer.md", "teammap.md", "werkvormen/index.md", "casussen/index.md", "principes/vraag-achter-de-vraag.md")
"""The pages that list a werkvorm or casus by its title: kiezer, team folder, overviews and a baken's page."""


def vijandige_kaart(**wijzigingen) -> dict:
    kaart = geldige_kaart(titel=KORT, samenvatting=SAMENVATTING, aliassen=[KORT], benodigdheden=[LANG], **wijzigingen)
    for veld in ("inkorten", "online", "aanpassing", "herkomst"):
        kaart[veld] = LANG
    kaart["grote_groep"] = LANG
    for rol in kaart["rollen"]:
        rol["taak"] = LANG
    for stap in kaart["stappen"]:
        stap.update(naam=KORT, wat=LANG, taken=dict.fromkeys(stap["taken"], LANG), vragen=[LANG])
    kaart["bronnen"][0].update(titel=LANG, noot=LANG)
    return kaart


@pytest.fixture(scope="module")
def volledig_vijandige_site(tmp_path_factory):
    """Hostile text in every text field of a werkvorm, of a second one that names it as related, and of a casus,
    built with the pages that list them."""
    casus = geldige_casus(titel=KORT, samenvatting=SAMENVATTING)
    for veld in ("setting", "vraag", "herkomst"):
        casus[veld] = LANG
    casus["looptijd"] = KORT
    project = klein_project(tmp_path_factory.mktemp("volledig"), vijandige_kaart(), casus)
    docs = project / "docs"
    tweede = vijandige_kaart(id="tweede", verwant=["proefmethode"])
    (docs / "werkvormen" / "tweede.md").write_text(als_bestand(tweede, GELDIGE_BODY), encoding="utf-8")
    for pagina in OVERZICHTEN:
        (docs / pagina).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROJECT / "docs" / pagina, docs / pagina)
    resultaat = bouw(project, project / "site")
    assert resultaat.returncode == 0, resultaat.stderr
    return project / "site"


class LevendeOpmaak(HTMLParser):
    """Collects what would run or show as markup: an unknown element, an event handler, a script address, and
    the text of inline scripts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.gevonden: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "x-boom" or (tag == "img" and ("src", "x") in attrs):
            self.gevonden.append(f"<{tag}>")
        for naam, waarde in attrs:
            if naam.startswith("on") and "alert" in (waarde or ""):
                self.gevonden.append(f"{naam}={waarde}")
            if naam in ("href", "src") and (waarde or "").strip().lower().startswith("javascript:"):
                self.gevonden.append(f"{naam}={waarde}")
        self._script = "" if tag == "script" else None
        self._type = dict(attrs).get("type", "")

    def handle_data(self, data):
        if self._script is not None:
            self._script += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            if "alert(" in self._script and self._type != "application/json":
                self.gevonden.append(f"script: {self._script[:60]}")
            if self._type == "application/json" and "<" in self._script:
                self.gevonden.append("< in een JSON-blok")
            self._script = None


def levende_opmaak(html: str) -> list[str]:
    parser = LevendeOpmaak()
    parser.feed(html)
    return parser.gevonden


def test_de_zoeker_van_levende_opmaak_vindt_elke_soort():
    assert levende_opmaak(f"<p>{KORT}</p>") == ["script: alert(1)", "<x-boom>"]
    assert levende_opmaak("<img src=x onerror=alert(4)><a href=' javascript:alert(5)'>z</a>") == [
        "<img>",
        "onerror=alert(4)",
        "href= javascript:alert(5)",
    ]
    assert levende_opmaak('<script type="application/json">{"a": "<!--"}</script>') == ["< in een JSON-blok"]
    assert levende_opmaak("<p>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;x-boom&gt;</p>") == []


def test_geen_levende_opmaak_op_enige_pagina(volledig_vijandige_site):
    paginas = sorted(volledig_vijandige_site.rglob("*.html"))
    namen = {pad.relative_to(volledig_vijandige_site).as_posix() for pad in paginas}
    assert {"kiezer/index.html", "teammap/index.html", "werkvormen/index.html", "werkvormen/tweede/index.html"} <= namen
    for pad in paginas:
        assert not levende_opmaak(pad.read_text(encoding="utf-8")), pad.relative_to(volledig_vijandige_site)
    for pagina in ("kiezer/index.html", "teammap/index.html", "werkvormen/index.html", "principes/vraag-achter-de-vraag/index.html"):
        # The title reaches every list (as text: the loop above found nothing live), in whatever escaping its context needs.
        assert "x-boom" in (volledig_vijandige_site / pagina).read_text(encoding="utf-8"), f"{pagina} toont de titel niet"
    verwant = (volledig_vijandige_site / "werkvormen" / "tweede" / "index.html").read_text(encoding="utf-8")
    assert "&lt;/title&gt;&lt;script&gt;alert(1)" in verwant, "de verwante werkvorm staat er met zijn titel als tekst"


def test_zoekindex_en_open_data_houden_de_tekst_als_tekst(volledig_vijandige_site):
    index = (volledig_vijandige_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in index and "<img src=x" not in index and "<x-boom>" not in index
    data = json.loads((volledig_vijandige_site / "werkvormen.json").read_text(encoding="utf-8"))
    assert {werkvorm["titel"] for werkvorm in data["werkvormen"]} == {KORT}
