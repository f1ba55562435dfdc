"""What the search index holds beyond the pages' own words: other names, search words, compound parts, terms."""

import re
from functools import cache
from pathlib import Path

import pytest

from macros.lezen import LeesFout
from macros.zoekindex import (
    ALIASVELD,
    DELENVELD,
    ZOEKWOORDVELD,
    Splitser,
    Zoekhulp,
    Zoekwoord,
    begrip_items,
    lees_samenstellingen,
    lees_zoekwoorden,
    verrijk,
    woorden_van,
)

PROJECT = Path(__file__).resolve().parent.parent
ZOEKWOORDEN = lees_zoekwoorden()
SAMENSTELLINGEN = lees_samenstellingen()


@cache
def tekst_van_de_site() -> str:
    """All content in lower case, as the search index gets it (front matter included: cards show it)."""
    return "\n".join(pad.read_text(encoding="utf-8").lower() for pad in sorted((PROJECT / "docs").rglob("*.md")))


@cache
def woorden_van_de_site() -> frozenset[str]:
    return frozenset(re.findall(r"[a-zà-ÿ]+", tekst_van_de_site()))


@pytest.mark.parametrize("item", ZOEKWOORDEN, ids=lambda item: item.op_de_site[0])
def test_elk_woord_op_de_site_staat_echt_op_de_site(item):
    """An item whose site words the site never uses would add nothing to any page."""
    for woord in item.op_de_site:
        assert re.search(rf"\b{re.escape(woord)}", tekst_van_de_site()), f"'{woord}' staat nergens op de site"


@pytest.mark.parametrize("samenstelling", SAMENSTELLINGEN)
def test_elke_samenstelling_valt_uiteen_in_twee_woorden_van_de_site(samenstelling):
    delen = Splitser(woorden_van_de_site()).delen(samenstelling)
    assert delen, f"'{samenstelling}' valt niet uiteen in twee gewone woorden"
    assert set(delen) <= woorden_van_de_site(), f"'{samenstelling}': {delen} staan niet allebei op de site"


@pytest.mark.parametrize(
    ("woord", "delen"),
    [
        ("intervisiegroep", ("intervisie", "groep")),
        ("casusbespreking", ("casus", "bespreking")),
        ("gespreksleider", ("gesprek", "leider")),
        ("teamoverleg", ("team", "overleg")),
        ("mogelijk", None),
        ("gesprek", None),
        ("deelnemer", None),
    ],
)
def test_splitsen_in_gewone_woorden(woord, delen):
    """Linking -s- is dropped; a word more common than its parts (mogelijk, not moge + lijk) stays whole."""
    assert Splitser(woorden_van_de_site()).delen(woord) == delen


def kleine_index(*teksten: str) -> dict:
    return {"config": {}, "docs": [{"location": f"p{nummer}/", "title": "", "text": tekst} for nummer, tekst in enumerate(teksten)]}


def test_delen_en_samenstellingen_vinden_elkaar():
    index = kleine_index("<p>Ons teamoverleg begint.</p>", "Het team en het overleg.", "Een gewone zin.")
    uit = verrijk(index, {}, [], Zoekhulp((), ("teamoverleg",)))
    velden = [document.get(DELENVELD, "").split() for document in uit["docs"]]
    assert velden[0] == ["overleg", "team"]
    assert velden[1] == ["teamoverleg"]
    assert velden[2] == []


def test_zoekwoorden_bij_het_woord_van_de_site_ook_verbogen():
    hulp = Zoekhulp((Zoekwoord(("agressie",), ("bedreigd", "bedreiging")),), ())
    uit = verrijk(kleine_index("Agressief gedrag aan de balie.", "Over iets anders."), {}, [], hulp)
    assert uit["docs"][0][ZOEKWOORDVELD] == "bedreigd bedreiging"
    twee_keer = verrijk(kleine_index("Agressie en nog eens agressie."), {}, [], hulp)
    assert twee_keer["docs"][0][ZOEKWOORDVELD] == "bedreigd bedreiging bedreigd bedreiging"
    assert ZOEKWOORDVELD not in uit["docs"][1]


def test_andere_namen_alleen_bij_de_pagina_zelf():
    index = kleine_index("Tekst.", "Tekst.")
    index["docs"][1]["location"] = "p0/#stappen"
    uit = verrijk(index, {"p0/": ["moreel beraad", "MCD"]}, [], Zoekhulp((), ()))
    assert uit["docs"][0][ALIASVELD] == "moreel beraad MCD"
    assert ALIASVELD not in uit["docs"][1]


def test_andere_namen_staan_ontsnapt_in_de_index():
    index = kleine_index("Pagina.")
    uit = verrijk(index, {"p0/": ["<img src=x onerror=alert(1)>", "A & B"]}, [], Zoekhulp((), ()))
    assert uit["docs"][0]["aliassen"] == "&lt;img src=x onerror=alert(1)&gt; A &amp; B"


def test_elk_begrip_een_eigen_zoekingang_met_ontsnapte_tekst():
    items = begrip_items("begrippen/", [("begrip-x", "<b>Maatwerk</b>", "Hulp & steun <script>")])
    uit = verrijk(kleine_index("Pagina."), {}, items, Zoekhulp((), ()))
    assert {veld: uit["docs"][-1][veld] for veld in ("location", "title", "text")} == {
        "location": "begrippen/?begrip=begrip-x",
        "title": "&lt;b&gt;Maatwerk&lt;/b&gt;",
        "text": "Hulp &amp; steun &lt;script&gt;",
    }


def test_woorden_zonder_html():
    """Material keeps tags and entities in an entry's text; they are not words."""
    document = {"title": "Stap <code>1</code>", "text": "<p>De Inbrenger&nbsp;vertelt &amp; vraagt</p>"}
    assert woorden_van(document) == ["stap", "de", "inbrenger", "vertelt", "vraagt"]


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("[]", "verwacht een lijst van items met 'op_de_site' en 'zoekwoorden'"),
        ("- op_de_site: [agressie]\n", "item 1: verwacht precies de velden 'op_de_site' en 'zoekwoorden'"),
        ("- op_de_site: [Agressie]\n  zoekwoorden: [dreiging]\n", "item 1, veld 'op_de_site': ['Agressie'] is niet toegestaan"),
        ("- op_de_site: [agressie]\n  zoekwoorden: [rust in huis]\n", "item 1, veld 'zoekwoorden'"),
        ("- op_de_site: [agressie]\n  zoekwoorden: [agressie]\n", "item 1: 'agressie' staat in 'op_de_site' en in 'zoekwoorden'"),
        (
            "- op_de_site: [agressie]\n  zoekwoorden: [dreiging]\n- op_de_site: [geweld]\n  zoekwoorden: [dreiging]\n",
            "item 2: zoekwoord 'dreiging' staat ook bij item 1",
        ),
        ("- op_de_site: [a]\n  op_de_site: [b]\n", "twee keer (regel 1 en 2)"),
    ],
)
def test_fouten_in_de_zoekwoorden_in_het_nederlands(tmp_path, inhoud, melding):
    pad = tmp_path / "zoekwoorden.yml"
    pad.write_text(inhoud, encoding="utf-8")
    with pytest.raises(LeesFout) as fout:
        lees_zoekwoorden(pad)
    assert str(fout.value).startswith("zoekwoorden.yml")
    assert melding in str(fout.value)


def test_fout_in_de_samenstellingen_in_het_nederlands(tmp_path):
    pad = tmp_path / "samenstellingen.txt"
    pad.write_text("# uitleg\nteamoverleg\nCasus Bespreking\n", encoding="utf-8")
    with pytest.raises(LeesFout, match=r"samenstellingen\.txt: 'Casus Bespreking' is niet toegestaan"):
        lees_samenstellingen(pad)
