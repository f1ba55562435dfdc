"""Choosing: duration bands, group sizes, related werkvormen (bounded) and the kiezer's reasons."""

from hypothesis import given, settings
from hypothesis import strategies as st

from macros import kiezen
from macros.model import Werkvorm
from macros.woordenlijsten import Baken, Niveau, Vraagtype
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


@st.composite
def bibliotheken(draw) -> list[Werkvorm]:
    """Small libraries of werkvormen that differ only in what relatedness looks at, with clashing titles."""
    basis = werkvorm()
    aantal = draw(st.integers(min_value=1, max_value=12))
    ids = [f"w{n}" for n in range(aantal)]
    return [
        basis.model_copy(
            update={
                "id": id_,
                "titel": draw(st.sampled_from(["Alfa", "beta", "Beta", "Gamma"])),
                "vraagtypes": draw(st.lists(st.sampled_from(list(Vraagtype)), min_size=1, max_size=3, unique=True)),
                "bakens": draw(st.lists(st.sampled_from(list(Baken)), max_size=3, unique=True)),
                "niveau": draw(st.sampled_from(list(Niveau))),
                "duur": draw(st.sampled_from([30, 50, 75, 120])),
                "verwant": draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)),
            }
        )
        for id_ in ids
    ]


@given(bibliotheken(), st.integers(min_value=1, max_value=6))
@settings(max_examples=150)
def test_rangschikking_volgt_de_regel_voor_elk_paar(werkvormen, maximum):
    """The grouped ranking gives what comparing every pair by `verwantschap` gives: best first, then by title."""
    rangschikking = kiezen.Verwantschap(werkvormen)
    for eigen in werkvormen:
        anderen = [ander for ander in werkvormen if ander.id != eigen.id and kiezen.verwantschap(eigen, ander) > 0]
        verwacht = sorted(anderen, key=lambda ander: (-kiezen.verwantschap(eigen, ander), ander.titel.casefold(), ander.id))
        assert [w.id for w in rangschikking.van(eigen, maximum)] == [w.id for w in verwacht[:maximum]]
