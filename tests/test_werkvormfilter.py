"""The werkvormen overview: cards in title order with what the filters and sort keys read, and the stylesheet
that hides and orders them (checked in Chromium, with JavaScript off, in tests/test_browser.py)."""

import re

from macros import werkvormfilter
from macros.catalog import Catalogus
from macros.model import Werkvorm
from macros.plek import Plek
from tests.kaarten import geldige_kaart

IN_DE_MAP = Plek("werkvormen/index.md")


def werkvorm(**wijzigingen) -> Werkvorm:
    return Werkvorm.model_validate(geldige_kaart(**wijzigingen))


def lang() -> Werkvorm:
    """90 minutes in two steps, where the standard card takes 30."""
    kaart = geldige_kaart(id="lang", titel="Aapmethode", duur=90)
    kaart["stappen"][0]["minuten"], kaart["stappen"][1]["minuten"] = 45, 45
    return Werkvorm.model_validate(kaart)


def test_kaartjes_staan_op_titel_en_linken_vanaf_de_pagina():
    tekst = werkvormfilter.werkvormen_overzicht(Catalogus({w.id: w for w in (werkvorm(), lang())}), IN_DE_MAP)
    links = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", tekst)
    assert links == [("Aapmethode", "lang.md"), ("Proefmethode", "proefmethode.md")]
    assert '<link rel="stylesheet" href="../stylesheets/werkvormfilter.css">' in tekst
    assert "<table" not in tekst and "| --- |" not in tekst


def test_een_kaartje_draagt_wat_filters_en_sortering_lezen():
    tekst = werkvormfilter.werkvormen_overzicht(Catalogus({"proefmethode": werkvorm(vraagtypes=["dilemma", "emotie"])}), IN_DE_MAP)
    kaartje = re.search(r'<li class="werkvormkaartje" ([^>]*) markdown>', tekst).group(1)
    attributen = dict(re.findall(r'(data-[a-z-]+)="([^"]*)"', kaartje))
    w = werkvorm()
    assert attributen["data-vraag"] == "dilemma emotie"
    assert attributen["data-soort"] == w.soort and attributen["data-niveau"] == w.niveau
    assert attributen["data-sorteer-duur"] == str(w.duur)
    assert attributen["data-sorteer-groep"] == f"{w.groepsgrootte.min}-{w.groepsgrootte.max}"


def test_elke_keuze_in_het_formulier_heeft_een_regel_in_het_stijlblad():
    catalogus = Catalogus({w.id: w for w in (werkvorm(), lang())})
    formulier = werkvormfilter.werkvormen_overzicht(catalogus, IN_DE_MAP)
    stijl = werkvormfilter.stijlblad(catalogus)
    knoppen = re.findall(r'<input type="radio" name="([a-z]+)" value="([a-z0-9-]*)"', formulier)
    for naam, waarde in knoppen:
        if waarde in ("", "titel"):
            continue  # 'Alle' and title order are the page as it is
        if naam == "sorteer":
            assert f'input[name="sorteer"][value="{waarde}"]:checked' in stijl, waarde
        else:
            assert f'input[name="{naam}"][value="{waarde}"]:checked) .werkvormkaartje:not([data-{naam}~="{waarde}"])' in stijl
    assert sum(1 for naam, waarde in knoppen if waarde == "") == len(werkvormfilter.FILTERS)


def test_sorteren_op_duur_rangschikt_de_waarden_die_er_zijn():
    stijl = werkvormfilter.stijlblad(Catalogus({w.id: w for w in (werkvorm(), lang())}))
    duur = re.findall(r'data-sorteer-duur="(\d+)"\] \{ order: (\d+); \}', stijl)
    assert duur == [("30", "0"), ("90", "1")]
