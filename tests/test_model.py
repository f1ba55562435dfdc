"""Every rule of the werkvorm card, valid and broken, with the Dutch message an author sees."""

import sys
import unicodedata

import pytest
from pydantic import ValidationError

from macros.kopjes import controleer_body, kopjes_in
from macros.meldingen import fouten_als_zinnen
from macros.model import Werkvorm, rol_label
from macros.tekstregels import ONZICHTBAAR, zeker_zichtbaar
from tests.kaarten import GELDIGE_BODY, geldige_kaart

BOEK = geldige_kaart()["bronnen"][0]


def fouten(kaart: dict) -> list[str]:
    with pytest.raises(ValidationError) as fout:
        Werkvorm.model_validate(kaart)
    return fouten_als_zinnen(fout.value)


def test_geldige_kaart_wordt_geaccepteerd():
    werkvorm = Werkvorm.model_validate(geldige_kaart())
    assert werkvorm.model_dump(mode="json", exclude_unset=True) == geldige_kaart()
    assert werkvorm.rol("inbrenger").label == "Inbrenger"


@pytest.mark.parametrize(
    ("wijziging", "verwacht"),
    [
        ({"id": "Met Hoofdletters"}, "id: waarde 'Met Hoofdletters' klopt niet; verwacht kleine letters"),
        ({"titel": ""}, "titel: waarde '' klopt niet; verwacht minstens 1 teken"),
        ({"samenvatting": "Te kort."}, "samenvatting: waarde 'Te kort.' klopt niet; verwacht minstens 20"),
        ({"samenvatting": "Lang. " * 40}, "mag hoogstens 120 tekens lang zijn; maak hem korter"),
        ({"vraagtypes": ["ruzie"]}, "vraagtypes[1]: waarde 'ruzie' klopt niet; toegestaan: 'concreet-probleem'"),
        ({"vraagtypes": []}, "vraagtypes: waarde [] klopt niet; verwacht minstens 1 item"),
        ({"vraagtypes": ["dilemma", "dilemma"]}, "vraagtypes: 'dilemma' staat er meer dan één keer in"),
        ({"duur": "een uur"}, "duur: waarde 'een uur' klopt niet; verwacht een heel getal"),
        ({"duur": 45}, "duur: 45 minuten, maar de stappen tellen op tot 30; maak ze gelijk"),
        ({"groepsgrootte": {"min": 9, "max": 4}}, "groepsgrootte: min (9) is groter dan max (4)"),
        ({"groepsgrootte": {"min": 1, "max": 4}}, "groepsgrootte.min: waarde 1 klopt niet; moet minstens 2 zijn"),
        ({"groepsgrootte": "4-8"}, "groepsgrootte: waarde '4-8' klopt niet; verwacht velden met een naam"),
        ({"niveau": "expert"}, "niveau: waarde 'expert' klopt niet; toegestaan: 'starter', 'gevorderd'"),
        ({"bakens": ["eigen kracht"]}, "bakens[1]: waarde 'eigen kracht' klopt niet; toegestaan: 'vraag-achter-de-vraag'"),
        ({"bronnen": []}, "bronnen: waarde [] klopt niet; verwacht minstens 1 item"),
        ({"bronnen": [{"soort": "boek", "jaar": 2016, "titel": "B", "uitgever": "U"}]}, "bronnen[1]: auteurs: ontbreekt; noem de auteurs"),
        (
            {"bronnen": [{**BOEK, "soort": "tijdschrift"}]},
            "bronnen[1].soort: waarde 'tijdschrift' klopt niet; toegestaan: 'boek', 'artikel'",
        ),
        ({"bronnen": [{**BOEK, "url": "http://x.nl"}]}, "bronnen[1].url: verwacht een volledig adres dat begint met https://"),
        ({"bronnen": [{**BOEK, "url": "https://www.yumpu.com/nl/x"}]}, "bronnen[1].url: 'www.yumpu.com' is een site met kopieën"),
        ({"bronnen": [{**BOEK, "jaar": 1850}]}, "bronnen[1].jaar: waarde 1850 klopt niet; verwacht een jaartal zoals 2016"),
        ({"bronnen": [{**BOEK, "jaar": "z.j."}]}, "bronnen[1]: jaar: 'z.j.' mag alleen bij een webpagina"),
        (
            {"bronnen": [{**BOEK, "auteurs": ["Hendriksen"]}]},
            "bronnen[1].auteurs[1]: 'Hendriksen' is geen naam met voornaam of voorletters",
        ),
        ({"bronnen": [{**BOEK, "uitgever": None}]}, "bronnen[1]: uitgever: ontbreekt; een boek noemt zijn uitgever"),
        ({"bronnen": [{**BOEK, "soort": "artikel"}]}, "bronnen[1]: tijdschrift: ontbreekt"),
        ({"soort": "training"}, "soort: waarde 'training' klopt niet; toegestaan: 'intervisie', 'teamleren', 'oefening'"),
        ({"kortste_duur": 40}, "kortste_duur: 40 minuten is langer dan de duur (30)"),
        ({"kortste_duur": 30, "inkorten": None}, None),
        ({"inkorten": None}, "inkorten: ontbreekt; zeg welke stappen korter worden"),
        ({"samenvatting": "Een zin hier. En nog een zin daarna."}, "samenvatting: bestaat uit meer dan één zin"),
        ({"titel": "Proef\u202emethode"}, "titel: bevat een onzichtbaar teken of stuurteken (U+202E RIGHT-TO-LEFT OVERRIDE)"),
        ({"titel": "Twee\nregels"}, "titel: bestaat uit meer regels"),
        ({"duur": True}, "duur: waarde True klopt niet; verwacht een heel getal"),
        ({"verwant": ["proefmethode"]}, "verwant: 'proefmethode' verwijst naar zichzelf"),
        ({"kleur": "blauw"}, "kleur: waarde 'blauw' klopt niet; dit veld bestaat niet"),
    ],
)
def test_elke_regel_geeft_een_nederlandse_melding(wijziging, verwacht):
    if verwacht is None:
        Werkvorm.model_validate(geldige_kaart(**wijziging))
        return
    meldingen = fouten(geldige_kaart(**wijziging))
    assert any(verwacht in melding for melding in meldingen), meldingen


def test_zonder_publicatie_zegt_de_kaart_waar_de_werkvorm_vandaan_komt():
    web = {"soort": "web", "organisatie": "Movisie", "jaar": "z.j.", "titel": "Netwerk", "url": "https://www.movisie.nl/netwerk"}
    assert any("herkomst: ontbreekt" in melding for melding in fouten(geldige_kaart(bronnen=[web])))
    Werkvorm.model_validate(geldige_kaart(bronnen=[web], herkomst="Uit de praktijk van wijkteams; beschreven door Movisie."))


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


@pytest.mark.parametrize("tekst", ["Neem 5 minuten om te schrijven.", "Twee minuten stilte.", "Daarna een kwartier vragen."])
def test_een_stap_noemt_geen_vaste_tijd(tekst):
    """The table scales the minutes to the session; a time in the text would contradict it."""
    kaart = geldige_kaart()
    kaart["stappen"][1]["wat"] = tekst
    (melding,) = fouten(kaart)
    assert "stappen[2]: stap" in melding and "noemt een vaste tijd" in melding and "schalen mee met de sessieduur" in melding


def test_een_paar_minuten_is_geen_vaste_tijd():
    kaart = geldige_kaart()
    kaart["stappen"][1]["wat"] = "Ieder probeert het een paar minuten."
    assert Werkvorm.model_validate(kaart).stappen[1].wat == "Ieder probeert het een paar minuten."


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


def test_een_pseudoniem_in_kleine_letters_krijgt_de_goede_regel():
    """It used to say 'verwacht kleine letters' for a first name: the opposite of the rule."""
    from macros.model import Casus
    from tests.kaarten import geldige_casus

    with pytest.raises(ValidationError) as fout:
        Casus.model_validate(geldige_casus(pseudoniemen=["anouk"]))
    (melding,) = fouten_als_zinnen(fout.value)
    assert (
        melding == "pseudoniemen[1]: 'anouk' is geen voornaam zoals die in de tekst staat; schrijf hem met een hoofdletter, zoals 'Anouk'"
    )


def test_elke_splitsing_slaat_kopjes_in_code_over():
    from macros.kopjes import sectie, splits_voor

    body = "## Wanneer\n\nTekst.\n\n```\n## Voorbeeld\n```\n\n## Voorbeeld\n\nEcht voorbeeld.\n"
    voor, na = splits_voor(body, "Voorbeeld")
    assert "```\n## Voorbeeld\n```" in voor and na.startswith("## Voorbeeld\n\nEcht")
    assert sectie(body, "Voorbeeld").tekst.startswith("## Voorbeeld\n\nEcht")
    assert kopjes_in(body) == ["Wanneer", "Voorbeeld"]


def test_de_snelle_controle_laat_geen_onzichtbaar_teken_door():
    """The quick path of the invisible-character check says 'surely visible' for no character it must refuse."""
    for code in range(sys.maxunicode + 1):
        teken = chr(code)
        if teken != "\n" and unicodedata.category(teken) in ONZICHTBAAR:
            assert not zeker_zichtbaar(f"tekst{teken}tekst"), f"U+{code:04X}"
