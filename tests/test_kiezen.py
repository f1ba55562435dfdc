"""Choosing: duration bands, group sizes, related werkvormen (bounded) and the kiezer's reasons."""

from macros import kiezen
from macros.kiezen import Keuze
from macros.model import Werkvorm
from tests.kaarten import geldige_kaart


def werkvorm(**wijzigingen) -> Werkvorm:
    kaart = geldige_kaart(**wijzigingen)
    if "duur" in wijzigingen:
        kaart["stappen"][1]["minuten"] = wijzigingen["duur"] - kaart["stappen"][0]["minuten"]
    return Werkvorm.model_validate(kaart)


def test_duurband_grenzen():
    assert kiezen.duurband(werkvorm(duur=45)).slug == "tot-45-minuten"
    assert kiezen.duurband(werkvorm(duur=46)).slug == "45-tot-60-minuten"
    assert kiezen.duurband(werkvorm(duur=90)).slug == "60-tot-90-minuten"
    assert kiezen.duurband(werkvorm(duur=91)).slug == "meer-dan-90-minuten"


def test_groepsmaten_overlappen():
    assert [b.slug for b in kiezen.groepsmaten(werkvorm(groepsgrootte={"min": 4, "max": 8}))] == ["klein", "gewoon"]
    assert [b.slug for b in kiezen.groepsmaten(werkvorm(groepsgrootte={"min": 6, "max": 20}))] == ["gewoon", "groot"]


def test_verwante_zijn_begrensd_en_expliciete_eerst():
    eigen = werkvorm(id="eigen", verwant=["ver-weg"], vraagtypes=["dilemma"])
    ver_weg = werkvorm(id="ver-weg", titel="Ver weg", vraagtypes=["kennisvraag"], bakens=["eigen-kracht"], niveau="gevorderd", duur=120)
    lijkend = [werkvorm(id=f"lijkt-{n}", titel=f"Lijkt {n}", vraagtypes=["dilemma"]) for n in range(8)]
    anders = werkvorm(id="anders", titel="Anders", vraagtypes=["emotie"], bakens=["eigen-kracht"], niveau="gevorderd", duur=120)
    verwant = kiezen.verwante(eigen, [eigen, ver_weg, anders, *lijkend])
    assert len(verwant) == kiezen.MAX_VERWANT
    assert verwant[0].id == "ver-weg"
    assert [w.id for w in verwant[1:]] == ["lijkt-0", "lijkt-1", "lijkt-2", "lijkt-3"]
    assert "eigen" not in [w.id for w in verwant]


def test_niets_gedeeld_is_niet_verwant():
    eigen = werkvorm(id="eigen")
    vreemd = werkvorm(id="vreemd", vraagtypes=["emotie"], bakens=["eigen-kracht"], niveau="gevorderd", duur=120)
    assert kiezen.verwante(eigen, [vreemd]) == []


def test_redenen_in_woorden():
    w = werkvorm(duur=40, groepsgrootte={"min": 4, "max": 8}, vraagtypes=["dilemma"], niveau="gevorderd")
    past, past_niet = kiezen.redenen(w, Keuze("dilemma", 45, 6, "gevorderd"))
    assert past == [
        "voor een vraag over dilemma",
        "past in 45 minuten (duurt 40)",
        "geschikt voor 6 personen (4 tot 8)",
        "voor een ervaren groep",
    ]
    assert past_niet == []
    past, past_niet = kiezen.redenen(w, Keuze("emotie", 30, 12, "starter"))
    assert past == []
    assert past_niet == [
        "niet bedoeld voor emotie",
        "duurt 40 minuten, langer dan 30",
        "bedoeld voor 4 tot 8 personen",
        "vraagt een groep met ervaring (gevorderd)",
    ]


def test_geen_antwoord_past_altijd():
    assert kiezen.redenen(werkvorm(), Keuze()) == ([], [])


def test_rangschik_passend_eerst_en_dan_wie_de_tijd_het_best_benut():
    kort = werkvorm(id="kort", titel="Kort", duur=20)
    precies = werkvorm(id="precies", titel="Precies", duur=45)
    te_lang = werkvorm(id="te-lang", titel="Te lang", duur=90)
    volgorde = [w.id for w, _, _ in kiezen.rangschik([kort, te_lang, precies], Keuze(minuten=45))]
    assert volgorde == ["precies", "kort", "te-lang"]


def test_schaal_minuten_telt_op_en_houdt_elke_stap_minstens_een_minuut():
    assert kiezen.schaal_minuten([5, 10, 5, 15, 10, 10, 10], 65) == [5, 10, 5, 15, 10, 10, 10]
    for doel in (7, 20, 45, 60, 90, 120):
        geschaald = kiezen.schaal_minuten([5, 10, 5, 15, 10, 10, 10], doel)
        assert sum(geschaald) == doel and min(geschaald) >= 1
    assert kiezen.schaal_minuten([1, 1, 58], 30) == [1, 1, 28]


def test_schaal_minuten_te_kort():
    import pytest

    with pytest.raises(ValueError, match="te kort"):
        kiezen.schaal_minuten([5, 5, 5], 2)
