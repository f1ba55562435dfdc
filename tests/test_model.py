"""Every rule of the werkvorm card, valid and broken, with the Dutch message an author sees."""

import pytest
from pydantic import ValidationError

from macros.model import Werkvorm, controleer_body, fouten_als_zinnen, kopjes_in, rol_label
from tests.kaarten import GELDIGE_BODY, geldige_kaart


def fouten(kaart: dict) -> list[str]:
    with pytest.raises(ValidationError) as fout:
        Werkvorm.model_validate(kaart)
    return fouten_als_zinnen(fout.value)


def test_geldige_kaart_wordt_geaccepteerd():
    werkvorm = Werkvorm.model_validate(geldige_kaart())
    assert werkvorm.duur == sum(stap.minuten for stap in werkvorm.stappen)
    assert werkvorm.rol("inbrenger").label == "Inbrenger"


@pytest.mark.parametrize(
    ("wijziging", "verwacht"),
    [
        ({"id": "Met Hoofdletters"}, "id: waarde 'Met Hoofdletters' klopt niet; verwacht kleine letters"),
        ({"titel": ""}, "titel: waarde '' klopt niet; verwacht minstens 1 teken"),
        ({"samenvatting": "Te kort."}, "samenvatting: waarde 'Te kort.' klopt niet; verwacht minstens 20"),
        ({"samenvatting": "Lang. " * 40}, "samenvatting: waarde"),
        ({"vraagtypes": ["ruzie"]}, "vraagtypes: onbekende waarde 'ruzie'; toegestaan: 'concreet-probleem'"),
        ({"vraagtypes": []}, "vraagtypes: waarde [] klopt niet; verwacht minstens 1 item"),
        ({"vraagtypes": ["dilemma", "dilemma"]}, "vraagtypes: 'dilemma' staat er meer dan één keer in"),
        ({"duur": "een uur"}, "duur: waarde 'een uur' klopt niet; verwacht een heel getal"),
        ({"duur": 45}, "duur: 45 minuten, maar de stappen tellen op tot 30; maak ze gelijk"),
        ({"groepsgrootte": {"min": 9, "max": 4}}, "groepsgrootte: min (9) is groter dan max (4)"),
        ({"groepsgrootte": {"min": 1, "max": 4}}, "groepsgrootte.min: waarde 1 klopt niet; moet minstens 2 zijn"),
        ({"groepsgrootte": "4-8"}, "groepsgrootte: waarde '4-8' klopt niet; verwacht velden met een naam"),
        ({"niveau": "expert"}, "niveau: onbekende waarde 'expert'; toegestaan: 'gevorderd', 'starter'"),
        ({"bakens": ["eigen kracht"]}, "bakens: onbekende waarde 'eigen kracht'"),
        ({"bronnen": []}, "bronnen: waarde [] klopt niet; verwacht minstens 1 item"),
        ({"bronnen": [{"titel": "Zonder auteur"}]}, "bronnen[1].auteur: ontbreekt; dit veld is verplicht"),
        (
            {"bronnen": [{"auteur": "A", "titel": "B", "url": "http://x.nl"}]},
            "bronnen[1].url: waarde 'http://x.nl' klopt niet; verwacht een adres dat begint met https://",
        ),
        ({"bronnen": [{"auteur": "A", "titel": "B", "jaar": 1850}]}, "bronnen[1].jaar: waarde 1850 klopt niet; moet minstens 1900 zijn"),
        ({"verwant": ["proefmethode"]}, "verwant: 'proefmethode' verwijst naar zichzelf"),
        ({"kleur": "blauw"}, "kleur: waarde 'blauw' klopt niet; dit veld bestaat niet"),
    ],
)
def test_elke_regel_geeft_een_nederlandse_melding(wijziging, verwacht):
    meldingen = fouten(geldige_kaart(**wijziging))
    assert any(verwacht in melding for melding in meldingen), meldingen


def test_ontbrekend_verplicht_veld():
    kaart = geldige_kaart()
    del kaart["stappen"]
    assert "stappen: ontbreekt; dit veld is verplicht" in fouten(kaart)


def test_stapfouten_noemen_het_stapnummer():
    kaart = geldige_kaart()
    kaart["stappen"][1]["minuten"] = 0
    kaart["stappen"][0]["wie"] = ["voorzitter"]
    meldingen = fouten(kaart)
    assert any(m.startswith("stappen[2].minuten: waarde 0 klopt niet; moet minstens 1 zijn") for m in meldingen), meldingen


def test_spreker_moet_een_rol_zijn():
    kaart = geldige_kaart()
    kaart["stappen"][0]["wie"] = ["voorzitter"]
    (melding,) = fouten(kaart)
    assert "stappen[1].wie: 'voorzitter' is geen rol van deze werkvorm; kies uit 'deelnemers', 'iedereen', 'inbrenger'" in melding


def test_iedereen_staat_alleen():
    kaart = geldige_kaart()
    kaart["stappen"][1]["wie"] = ["iedereen", "inbrenger"]
    assert any("stappen[2].wie: 'iedereen' staat alleen" in m for m in fouten(kaart))


def test_elke_rol_heeft_in_elke_stap_een_taak():
    kaart = geldige_kaart()
    del kaart["stappen"][0]["taken"]["deelnemers"]
    kaart["stappen"][1]["taken"]["notulist"] = "Schrijft."
    (melding,) = fouten(kaart)
    assert "stappen[1].taken: geen taak voor 'deelnemers'" in melding
    assert "stappen[2].taken: 'notulist' is geen rol van deze werkvorm" in melding


def test_rollen_zijn_uniek():
    kaart = geldige_kaart()
    kaart["rollen"].append({"rol": "inbrenger", "taak": "Nog eens."})
    assert any("rollen: 'inbrenger' staat er meer dan één keer in" in m for m in fouten(kaart))


def test_alle_fouten_tegelijk():
    meldingen = fouten(geldige_kaart(niveau="expert", duur="lang", vraagtypes=["ruzie"]))
    assert len(meldingen) == 3


def test_rol_label_maakt_leesbare_woorden():
    assert rol_label("reflecterend-team") == "Reflecterend team"


def test_geldige_body_heeft_geen_problemen():
    assert controleer_body(GELDIGE_BODY) == []


def test_body_met_ontbrekend_kopje():
    body = GELDIGE_BODY.replace("## Varianten", "## Andere vormen")
    (melding,) = controleer_body(body)
    assert melding.startswith("tekst: de kopjes zijn [")
    assert "Varianten" in melding


def test_body_met_lege_sectie():
    body = GELDIGE_BODY + "\n"
    body = body.replace(
        "## Voorbeeld\n\nDit is een alinea met genoeg woorden om als echte tekst te tellen bij het controleren van deze sectie.",
        "## Voorbeeld\n\nKomt nog.",
    )
    assert controleer_body(body) == ["tekst: het kopje 'Voorbeeld' heeft te weinig tekst (2 woorden); schrijf minstens 15 woorden"]


def test_body_met_eigen_titel():
    assert any("'# '-kop" in m for m in controleer_body("# Titel\n\n" + GELDIGE_BODY))


def test_kopjes_in_codeblok_tellen_niet():
    assert kopjes_in("## Echt\n\n```\n## Geen kopje\n```\n") == ["Echt"]
