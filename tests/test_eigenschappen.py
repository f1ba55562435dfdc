"""Property-based tests (hypothesis): the validators, the time scaling, the guard and the escaping hold for
generated input, not just for the examples we thought of."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from macros import opmaak
from macros.anonimiteit import controleer, laad_lijsten
from macros.meldingen import fouten_als_zinnen
from macros.model import Werkvorm
from macros.woordenlijsten import BAKENS, NIVEAUS, ONLINE_GESCHIKT, VRAAGTYPES

ROLLEN = ["inbrenger", "gespreksleider", "deelnemers", "tijdbewaker"]
woorden = st.text(alphabet=string.ascii_lowercase + " ", min_size=3, max_size=40).map(lambda t: t.strip() or "tekst")


@st.composite
def kaarten(draw):
    rollen = draw(st.lists(st.sampled_from(ROLLEN), min_size=1, max_size=4, unique=True))
    stappen = [
        {
            "naam": draw(woorden),
            "minuten": draw(st.integers(5, 60)),
            "wie": draw(st.one_of(st.just(["iedereen"]), st.lists(st.sampled_from(rollen), min_size=1, unique=True))),
            "wat": draw(woorden),
            "taken": {rol: draw(woorden) for rol in rollen},
        }
        for _ in range(draw(st.integers(2, 8)))
    ]
    minimum = draw(st.integers(2, 10))
    return {
        "id": "gegenereerd",
        "titel": draw(woorden),
        "samenvatting": "Een gegenereerde werkvorm voor een test van de kaart.",
        "soort": "intervisie",
        "online": "Via een videoverbinding.",
        "online_geschikt": draw(st.sampled_from(list(ONLINE_GESCHIKT))),
        "vraagtypes": draw(st.lists(st.sampled_from(list(VRAAGTYPES)), min_size=1, unique=True)),
        "duur": sum(stap["minuten"] for stap in stappen),
        "kortste_duur": sum(stap["minuten"] for stap in stappen),
        "groepsgrootte": {"min": minimum, "max": draw(st.integers(minimum, 30))},
        "niveau": draw(st.sampled_from(list(NIVEAUS))),
        "rollen": [{"rol": rol, "taak": "Doet mee."} for rol in rollen],
        "stappen": stappen,
        "bronnen": [{"soort": "boek", "auteurs": ["Ada Auteur"], "jaar": 2001, "titel": "Titel", "uitgever": "Uitgever"}],
        "bakens": draw(st.lists(st.sampled_from(list(BAKENS)), min_size=1, unique=True)),
    }


@given(kaarten())
def test_elke_kloppende_kaart_is_geldig_en_blijft_zoals_geschreven(kaart):
    """Validation accepts every consistent card and changes none of its values on the way."""
    werkvorm = Werkvorm.model_validate(kaart)
    assert werkvorm.model_dump(mode="json", exclude_unset=True) == kaart


@given(kaarten(), st.integers(-20, 20).filter(bool))
def test_een_duur_die_niet_klopt_geeft_een_melding_over_duur(kaart, afwijking):
    kaart["duur"] = max(5, kaart["duur"] + afwijking)
    try:
        Werkvorm.model_validate(kaart)
    except ValidationError as fout:
        meldingen = fouten_als_zinnen(fout)
        assert any(m.startswith("duur:") for m in meldingen), meldingen
    else:
        raise AssertionError("een duur die niet klopt werd geaccepteerd")


@given(kaarten(), st.text(min_size=1, max_size=12).filter(lambda t: t not in NIVEAUS))
def test_onbekend_niveau_wordt_met_veldnaam_gemeld(kaart, niveau):
    kaart["niveau"] = niveau
    try:
        Werkvorm.model_validate(kaart)
    except ValidationError as fout:
        assert any(m.startswith("niveau:") for m in fouten_als_zinnen(fout))
    else:
        raise AssertionError(f"niveau {niveau!r} werd geaccepteerd")


@st.composite
def bsns(draw):
    cijfers = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    controle = sum(c * g for c, g in zip(cijfers, range(9, 1, -1), strict=True)) % 11
    if controle == 10 or not any(cijfers):
        cijfers[0] = (cijfers[0] + 1) % 10
        controle = sum(c * g for c, g in zip(cijfers, range(9, 1, -1), strict=True)) % 11
    return "".join(map(str, cijfers)) + str(controle % 10) if controle < 10 else None


@settings(max_examples=60, deadline=None)
@given(bsns(), st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_de_controle_vangt_elk_bsn_en_mobiel_nummer(bsn, mobiel):
    lijsten = laad_lijsten()
    if bsn:
        assert ("BSN", bsn) in [(v.soort, v.gevonden) for v in controleer(f"Nummer {bsn} staat in het dossier.", lijsten)]
    assert ("telefoonnummer", f"06-{mobiel}") in [(v.soort, v.gevonden) for v in controleer(f"Bel 06-{mobiel} terug.", lijsten)]


def test_het_bsn_volgt_de_elfproef():
    """Checked by hand (9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 − 2 = 154 = 14·11), apart from the generator above."""
    lijsten = laad_lijsten()
    gevonden = lambda tekst: [(v.soort, v.gevonden) for v in controleer(tekst, lijsten)]  # noqa: E731
    assert gevonden("Nummer 123456782 in het dossier.") == [("BSN", "123456782")]
    assert gevonden("Nummer 1234.56.782 in het dossier.") == [("BSN", "1234.56.782")]
    assert gevonden("Nummer 123456781 in het dossier.") == []


@given(st.text(max_size=80))
def test_tekst_uit_de_kop_blijft_altijd_tekst(waarde):
    veilig = opmaak.tekst(waarde)
    assert not set("|{}<>\n") & set(veilig)
