"""Card text is data, never markup: whatever an author types, the page gets no element, attribute or link from it.

Hypothesis puts generated strings (markup, quotes, brackets, Markdown and attribute syntax, comment and script
openers) into every text field of a card. Either the validator refuses the value with a Dutch message, or the
page rendered by the site's own Markdown extensions has exactly the structure it has with plain text, and every
JSON block still parses to the card's data.
"""

import copy
import functools
import json
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from macros.begrippenpagina import begrippenlijst
from macros.casuspagina import casus_pagina
from macros.catalog import Catalogus
from macros.model import Begrippenlijst, Casus, Werkvorm
from macros.printen import PrintInfo
from macros.werkvormpagina import werkvorm_pagina
from tests.kaarten import CASUS_BODY, GELDIGE_BODY, geldige_casus, geldige_kaart

PROJECT = Path(__file__).resolve().parent.parent
STUKJES = [
    "<x-boom>", "</p>", "<script>", "</script>", "<!--", "-->", '"', "'", "[", "]", "(", ")", "](javascript:alert(1))",
    "[a](javascript:alert(1))", "<javascript:alert(1)>", "{#boom}", "{: data-boom=1 }", "*", "**", "_", "`", "|", "&", "&lt;",
    "&#60;", "\\", "#", ": ", "![x](y)", "<img src=x onerror=alert(1)>", "x", " ", "tekst", "\n", "---", "* lijst", "1. ",
]  # fmt: skip
vijandig = st.lists(st.sampled_from(STUKJES), min_size=1, max_size=8).map("".join)


class _Lader(yaml.SafeLoader):
    pass


_Lader.add_constructor("!ENV", lambda _lader, _node: None)
EXTENSIES = [
    naam if isinstance(naam, str) else next(iter(naam))
    for naam in yaml.load((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Lader)["markdown_extensions"]
]


class Structuur(HTMLParser):
    """Counts elements and notes everything that could run code or was injected."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: Counter = Counter()
        self.gevaarlijk: list[str] = []
        self.json: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        attributen = dict(attrs)
        if tag == "x-boom" or (tag == "script" and attributen.get("type") != "application/json"):
            self.gevaarlijk.append(f"<{tag}>")
        for naam, waarde in attrs:
            if naam.startswith("on") or naam == "data-boom":
                self.gevaarlijk.append(f"{tag}[{naam}]")
            if naam in ("href", "src") and (waarde or "").strip().lower().startswith(("javascript", "y")):
                self.gevaarlijk.append(f"{tag}[{naam}={waarde}]")
        self._in_json = tag == "script"

    def handle_data(self, data):
        if self._in_json:
            self.json.append(data)

    def handle_endtag(self, _tag):
        self._in_json = False


def html_van(markdown_tekst: str) -> Structuur:
    structuur = Structuur()
    structuur.feed(markdown.markdown(markdown_tekst, extensions=EXTENSIES))
    return structuur


def werkvorm_html(kaart: dict) -> str:
    werkvorm = Werkvorm.model_validate(kaart)
    catalogus = Catalogus(werkvormen={werkvorm.id: werkvorm})
    info = PrintInfo(url="https://intervisiewijzer.nl/werkvormen/proefmethode/", qr_svg="<svg></svg>", datum="1 januari 2026")
    return werkvorm_pagina(werkvorm, GELDIGE_BODY, catalogus, info)


VELDEN = {
    "titel": lambda k, v: k.update(titel=v),
    "samenvatting": lambda k, v: k.update(samenvatting=v),
    "online": lambda k, v: k.update(online=v),
    "inkorten": lambda k, v: k.update(inkorten=v),
    "grote_groep": lambda k, v: k.update(grote_groep=v),
    "aanpassing": lambda k, v: k.update(aanpassing=v),
    "herkomst": lambda k, v: k.update(herkomst=v),
    "benodigdheden": lambda k, v: k.update(benodigdheden=[v]),
    "aliassen": lambda k, v: k.update(aliassen=[v]),
    "rol.taak": lambda k, v: k["rollen"][0].update(taak=v),
    "stap.naam": lambda k, v: k["stappen"][0].update(naam=v),
    "stap.wat": lambda k, v: k["stappen"][0].update(wat=v),
    "stap.taak": lambda k, v: k["stappen"][0]["taken"].update(inbrenger=v),
    "stap.vraag": lambda k, v: k["stappen"][0].update(vragen=[v]),
    "bron.titel": lambda k, v: k["bronnen"][0].update(titel=v),
    "bron.uitgever": lambda k, v: k["bronnen"][0].update(uitgever=v),
    "bron.noot": lambda k, v: k["bronnen"][0].update(noot=v),
    "bron.auteur": lambda k, v: k["bronnen"][0].update(auteurs=[v]),
    "bron.plaats": lambda k, v: k["bronnen"][0].update(plaats=v),
}
BASIS = geldige_kaart(
    titel="Proefmethode met tekst",
    samenvatting="Een korte werkvorm om de kaart met tekst te testen.",
    grote_groep="Werk in groepjes.",
    aanpassing="Aangepast.",
    herkomst="Uit de praktijk.",
    benodigdheden=["Een flap"],
    aliassen=["proef"],
)
BASIS["bronnen"][0]["noot"] = "Over de stappen."  # so a hostile note changes no structure the base lacks


@functools.cache
def basisstructuur() -> Counter:
    return html_van(werkvorm_html(BASIS)).tags


def test_gewone_tekst_geeft_de_verwachte_structuur():
    structuur = html_van(werkvorm_html(BASIS))
    assert not structuur.gevaarlijk
    assert structuur.tags["table"] == 1 and structuur.tags["script"] == 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(VELDEN)), vijandig)
def test_kaarttekst_wordt_nooit_opmaak(veld, waarde):
    kaart = copy.deepcopy(BASIS)
    VELDEN[veld](kaart, waarde)
    try:
        pagina = werkvorm_html(kaart)
    except ValidationError:
        return
    structuur = html_van(pagina)
    verwacht = basisstructuur()
    assert not structuur.gevaarlijk, structuur.gevaarlijk
    assert structuur.tags == verwacht, (veld, waarde, structuur.tags - verwacht, verwacht - structuur.tags)
    (gegevens,) = structuur.json
    assert json.loads(gegevens)["titel"] == Werkvorm.model_validate(kaart).titel


CASUSBRON = {"soort": "web", "organisatie": "Movisie", "jaar": 2020, "titel": "Titel", "url": "https://www.movisie.nl/", "noot": "Noot."}


def casus_met(veld: str, waarde: str | None) -> dict:
    """A valid casus with one source; `waarde` in `veld` (a card field, or bron.<field> of the source)."""
    casus = geldige_casus(bronnen=[dict(CASUSBRON)])
    if waarde is not None:
        doel, _, sleutel = veld.rpartition(".")
        (casus["bronnen"][0] if doel == "bron" else casus)[sleutel or veld] = waarde
    return casus


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["titel", "samenvatting", "setting", "vraag", "looptijd", "herkomst", "bron.titel", "bron.noot"]), vijandig)
def test_casustekst_wordt_nooit_opmaak(veld, waarde):
    try:
        casus = Casus.model_validate(casus_met(veld, waarde))
    except ValidationError:
        return
    werkvorm = Werkvorm.model_validate(geldige_kaart())
    catalogus = Catalogus(werkvormen={werkvorm.id: werkvorm}, casussen={casus.id: casus})
    structuur = html_van(casus_pagina(casus, CASUS_BODY, catalogus))
    basis = Casus.model_validate(casus_met(veld, None))
    verwacht = html_van(casus_pagina(basis, CASUS_BODY, Catalogus(werkvormen={werkvorm.id: werkvorm}, casussen={basis.id: basis})))
    assert not structuur.gevaarlijk
    assert structuur.tags == verwacht.tags, (veld, waarde)


@settings(max_examples=100, deadline=None)
@given(vijandig)
def test_bronadres_wordt_een_echte_link_of_geweigerd(achtervoegsel):
    url = "https://voorbeeld.nl/pad" + achtervoegsel
    kaart = geldige_kaart()
    kaart["bronnen"][0]["url"] = url
    try:
        pagina = werkvorm_html(kaart)
    except ValidationError:
        return
    structuur = html_van(pagina)
    assert not structuur.gevaarlijk
    assert (
        structuur.tags["a"]
        == html_van(werkvorm_html(geldige_kaart(bronnen=[{**kaart["bronnen"][0], "url": "https://voorbeeld.nl/pad"}]))).tags["a"]
    )


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["term", "uitleg", "bron.titel", "bron.noot"]), vijandig)
def test_begrippentekst_wordt_nooit_opmaak(veld, waarde):
    begrip = {"term": "Proefbegrip", "uitleg": "Een uitleg van het begrip.", "vormen": ["proefbegrip"], "bron": dict(CASUSBRON)}
    doel, _, sleutel = veld.rpartition(".")
    (begrip["bron"] if doel == "bron" else begrip)[sleutel] = waarde
    try:
        lijst = Begrippenlijst.model_validate({"begrippen": [begrip]})
    except ValidationError:
        return
    structuur = html_van(begrippenlijst(Catalogus(werkvormen={}, begrippen=tuple(lijst.begrippen))))
    assert not structuur.gevaarlijk, structuur.gevaarlijk
    assert structuur.tags["dt"] == 1 and structuur.tags["dd"] == 1
