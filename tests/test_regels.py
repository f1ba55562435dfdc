"""The rules the site runs (docs/javascripts/regels.js) against a table of hand-computed cases and properties.

There is one implementation of choosing and of time scaling, in JavaScript, because that is what readers run;
the table in tests/regels-gevallen.json says what it must answer, so a change of rule is a change of table.
"""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROJECT = Path(__file__).resolve().parent.parent
REGELS = PROJECT / "docs" / "javascripts" / "regels.js"
GEVALLEN = json.loads((Path(__file__).parent / "regels-gevallen.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def regels(browser):
    context = browser.new_context()
    pagina = context.new_page()
    pagina.add_script_tag(content=REGELS.read_text(encoding="utf-8"))
    yield lambda uitdrukking, *argumenten: pagina.evaluate(f"([a, b, c]) => IntervisieRegels.{uitdrukking}", list(argumenten) + [None] * 3)
    context.close()


@pytest.mark.parametrize("geval", GEVALLEN["kiezer"], ids=lambda geval: json.dumps(geval["keuze"]))
def test_kiezer_rangschikt_en_geeft_redenen(regels, geval):
    uitkomst = regels("rangschik(a, b, c)", GEVALLEN["werkvormen"], geval["keuze"], GEVALLEN["vraagtypes"])
    assert [[r["werkvorm"]["id"], r["past"], r["pastNiet"]] for r in uitkomst] == geval["verwacht"]


@pytest.mark.parametrize("geval", GEVALLEN["schaal"], ids=lambda geval: f"{geval['minuten']}->{geval['doel']}")
def test_schaal(regels, geval):
    assert regels("schaal(a, b)", geval["minuten"], geval["doel"]) == geval["verwacht"]


@pytest.mark.parametrize("geval", GEVALLEN["duur"], ids=lambda geval: repr(geval["waarde"]))
def test_geldige_duur(regels, geval):
    assert regels("geldigeDuur(a, b)", geval["waarde"], geval["kortste"]) == geval["verwacht"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(1, 60), min_size=2, max_size=12), st.integers(2, 480))
def test_geschaalde_minuten_tellen_op_en_blijven_dicht_bij_hun_aandeel(regels, minuten, doel):
    geschaald = regels("schaal(a, b)", minuten, doel)
    if doel < len(minuten):
        assert geschaald is None
        return
    assert sum(geschaald) == doel and min(geschaald) >= 1
    aandelen = [m * doel / sum(minuten) for m in minuten]
    if min(aandelen) >= 1:
        assert all(abs(g - a) < 1 for g, a in zip(geschaald, aandelen, strict=True)), (minuten, doel, geschaald)


@pytest.mark.parametrize("geval", GEVALLEN["verdeel"], ids=lambda geval: f"{len(geval['werkvormen'])} in {geval['beschikbaar']}")
def test_verdeel_de_tijd_van_een_bijeenkomst(regels, geval):
    assert regels("verdeel(a, b)", geval["werkvormen"], geval["beschikbaar"]) == geval["verwacht"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(10, 120), st.integers(0, 60)), min_size=1, max_size=3), st.integers(10, 480))
def test_een_verdeling_past_precies_en_blijft_boven_de_kortste_duur(regels, paren, beschikbaar):
    werkvormen = [{"duur": duur, "kortste_duur": max(10, duur - korter)} for duur, korter in paren]
    uitkomst = regels("verdeel(a, b)", werkvormen, beschikbaar)
    if sum(w["kortste_duur"] for w in werkvormen) > beschikbaar:
        assert uitkomst is None
        return
    assert sum(uitkomst["duren"]) + uitkomst["ruimte"] == beschikbaar and uitkomst["ruimte"] >= 0
    assert all(w["kortste_duur"] <= d <= w["duur"] for w, d in zip(werkvormen, uitkomst["duren"], strict=True))


@pytest.mark.parametrize("geval", GEVALLEN["kaart"], ids=lambda geval: f"{geval['duur']}/{geval['standaard']}")
def test_sessieduur_op_de_kaart(regels, geval):
    assert regels("duurOpKaart(a, b)", geval["duur"], geval["standaard"]) == geval["verwacht"]


def test_de_langste_sessie_is_op_de_pagina_en_in_de_regels_gelijk(regels):
    from macros.model import LANGSTE_SESSIE

    assert regels("MAX_DUUR") == LANGSTE_SESSIE
