"""The anonymisation guard: every kind of personal data it must catch, what it must leave alone, and the seeds."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from macros.anonimiteit import controleer, laad_lijsten, main

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT.parent / "shared" / "seeds"
OMGEVING = {**os.environ, "PYTHONPATH": str(PROJECT)}


@pytest.fixture(scope="module")
def lijsten(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    (data / "gemeenten.txt").write_text("# kop\nLeerdam\nUtrecht\n's-Hertogenbosch\nBest *\n", encoding="utf-8")
    (data / "organisaties.txt").write_text("Radar\nCMO STAMM\n", encoding="utf-8")
    (data / "geen-namen.txt").write_text("Roos van Leary\n", encoding="utf-8")
    return laad_lijsten(data)


def soorten(tekst, lijsten, **opties):
    return [(vondst.soort, vondst.gevonden) for vondst in controleer(tekst, lijsten, **opties)]


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Mail naar info@voorbeeld.nl voor meer.", ("e-mailadres", "info@voorbeeld.nl")),
        ("Bel 020 463 50 50 of kom langs.", ("telefoonnummer", "020 463 50 50")),
        ("Bel (030) 23 61 861.", ("telefoonnummer", "(030) 23 61 861")),
        ("Mobiel: 06-12345678.", ("telefoonnummer", "06-12345678")),
        ("Of +31 6 12345678.", ("telefoonnummer", "+31 6 12345678")),
        ("Het adres is 1019 DB in de stad.", ("postcode", "1019 DB")),
        ("Ze woont aan de Veemarkt 83.", ("adres", "Veemarkt 83")),
        ("Haar BSN is 111222333.", ("BSN", "111222333")),
        ("Rekening NL91 ABNA 0417 1643 00 staat open.", ("IBAN", "NL91 ABNA 0417 1643 00")),
        ("Ze is van 12-03-1985.", ("datum", "12-03-1985")),
        ("Op 4 mei 1979 kwam hij.", ("datum", "4 mei 1979")),
        ("Hij is geboren op zondag.", ("datum", "geboren op zondag")),
        ("Een team in Leerdam werkte zo.", ("gemeente", "Leerdam")),
        ("De Utrechtse teams deden mee.", ("gemeente", "Utrechtse")),
        ("Net als in 's-Hertogenbosch gebeurde.", ("gemeente", "'s-Hertogenbosch")),
        ("Het team in Best werkte zo.", ("gemeente", "Best")),
        ("Ze werkt bij Radar sinds kort.", ("organisatie", "Radar")),
        ("De trainers van RadarVertige kwamen.", ("organisatie", "RadarVertige")),
        ("Bel Stade Advies voor hulp.", ("organisatie", "Stade Advies")),
        ("Stichting Zonnestraal helpt.", ("organisatie", "Stichting Zonnestraal")),
        ("Kijk op www.voorbeeld.nl voor meer.", ("website", "www.voorbeeld.nl")),
        ("Vandaag loop ik mee met Marieke.", ("persoonsnaam", "Marieke")),
        ("Marieke schuifelt onrustig heen en weer.", ("persoonsnaam", "Marieke")),
        ("Het team belde GGD Hollands Midden.", ("organisatie", "GGD Hollands Midden")),
        ("Ze overlegde met Bureau Jeugdzorg Haaglanden.", ("organisatie", "Bureau Jeugdzorg Haaglanden")),
        ("Advies van Veilig Thuis Zuid-Holland Zuid kwam snel.", ("organisatie", "Veilig Thuis Zuid-Holland Zuid")),
        ("De Veiligheidsregio Utrecht oefende mee.", ("organisatie", "Veiligheidsregio Utrecht")),
        ("Ze ging langs bij meneer Jansen.", ("achternaam", "meneer Jansen")),
        ("Mevrouw De Vries opende de deur.", ("achternaam", "Mevrouw De Vries")),
        ("Het gesprek met mw. van Dam liep goed.", ("achternaam", "mw. van Dam")),
        ("Dhr. Bakker belde terug.", ("achternaam", "Dhr. Bakker")),
        ("De heer Smit was boos.", ("achternaam", "De heer Smit")),
        ("Een team in Leer\u00addam werkte zo.", ("gemeente", "Leerdam")),
        ("Een team in Leer\u200bdam werkte zo.", ("gemeente", "Leerdam")),
        ("Vandaag loop ik mee met Mari\u200beke.", ("persoonsnaam", "Marieke")),
    ],
)
def test_vindt_herleidbare_gegevens(tekst, verwacht, lijsten):
    assert verwacht in soorten(tekst, lijsten)


@pytest.mark.parametrize(
    "tekst",
    [
        "Best is het om eerst te vragen.",
        "Wil je dat eerst vragen?",
        "Het gesprek duurde 45 minuten, met 8 deelnemers en 3 rondes.",
        "Ze heeft 123456789 euro schuld.",
        "Werk met de Roos van Leary om het patroon te zien.",
        "Een wijkteam in een middelgrote gemeente.",
        "De moeder en de jeugdconsulent praten over het gezinsplan.",
        "Bel bij acute zorgen Veilig Thuis. Daarna volgt een gesprek.",
        "De GGD en Veilig Thuis werken samen met het wijkteam.",
        "Meneer vertelde dat hij moe was.",
        "Best is het om de meneer zelf te laten vertellen.",
        "Ze vroeg: 'Hoe gaat het nu met u?'",
    ],
)
def test_laat_gewone_tekst_met_rust(tekst, lijsten):
    assert soorten(tekst, lijsten) == []


def test_verklaarde_pseudoniemen_mogen(lijsten):
    assert soorten("Anouk vertelt over haar buurman.", lijsten, pseudoniemen=["Anouk"]) == []
    assert soorten("Anouk vertelt over haar buurman.", lijsten) == [("persoonsnaam", "Anouk")]


def test_regelnummers_tellen_vanaf_de_eerste_regel(lijsten):
    (vondst,) = controleer("Eerste regel.\nBel 06-12345678.", lijsten, eerste_regel=10)
    assert vondst.regel == 11
    assert vondst.melding() == (
        "regel 11: telefoonnummer '06-12345678' gevonden; een telefoonnummer wijst direct naar een persoon of organisatie"
    )


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"de brongeschriften staan niet naast de checkout ({SEEDS})")
def test_zaden_worden_gevangen_met_de_echte_lijsten():
    tekst = "\n".join(pad.read_text(encoding="utf-8") for pad in sorted(SEEDS.glob("0*.txt")))
    assert tekst
    gevonden = {(vondst.soort, vondst.gevonden) for vondst in controleer(tekst, laad_lijsten())}
    for verwacht in [
        ("gemeente", "Leerdam"),
        ("gemeente", "Amsterdam"),
        ("gemeente", "Utrecht"),
        ("persoonsnaam", "Bart"),
        ("persoonsnaam", "Marieke"),
        ("persoonsnaam", "Ferry"),
        ("organisatie", "RadarVertige"),
        ("organisatie", "Stade Advies"),
        ("adres", "Veemarkt 83"),
        ("adres", "Grebbeberglaan 15"),
        ("postcode", "1019 DB"),
        ("telefoonnummer", "020 463 50 50"),
        ("telefoonnummer", "(030) 23 61 861"),
        ("e-mailadres", "advies@stade.nl"),
    ]:
        assert verwacht in gevonden, verwacht


def test_opdrachtregel_meldt_en_faalt(tmp_path, capsys):
    bestand = tmp_path / "casus.txt"
    bestand.write_text("Bel 06-12345678.\n", encoding="utf-8")
    assert main([str(bestand)]) == 1
    assert f"{bestand}: regel 1: telefoonnummer" in capsys.readouterr().out
    bestand.write_text("Niets bijzonders.\n", encoding="utf-8")
    assert main([str(bestand)]) == 0


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        ([], "noem minstens één tekstbestand"),
        (["bestaat-niet.txt"], "het bestaat niet"),
        (["."], "het is een map"),
        (["binair.md"], "geen tekstbestand"),
        (["latin1.md"], "geen geldige UTF-8"),
    ],
)
def test_opdrachtregel_meldt_onbruikbare_invoer_in_het_nederlands(tmp_path, monkeypatch, capsys, argumenten, melding):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "binair.md").write_bytes(b"\x00\x01PNG")
    (tmp_path / "latin1.md").write_bytes("Caf\u00e9 in de wijk".encode("latin-1"))
    assert main(argumenten) == 2
    assert melding in capsys.readouterr().err


def test_als_commando_zonder_waarschuwing_of_traceback(tmp_path):
    """`python -m macros.anonimiteit` once printed a RuntimeWarning: the package imported the module first."""
    (tmp_path / "binair.md").write_bytes(b"\x00\x01PNG")
    uit = subprocess.run(
        [sys.executable, "-m", "macros.anonimiteit", str(tmp_path / "binair.md")], capture_output=True, text=True, env=OMGEVING
    )
    assert uit.returncode == 2 and "geen tekstbestand" in uit.stderr
    assert "Traceback" not in uit.stderr and "Warning" not in uit.stderr


def test_eigen_inhoud_van_de_site_is_schoon():
    from tests.conftest import echte_catalogus

    catalogus = echte_catalogus()
    lijsten = laad_lijsten()
    vondsten = [
        f"{casus.id}: {vondst.melding()}"
        for casus in catalogus.casussen.values()
        for vondst in controleer(catalogus.casus_bodies[casus.id], lijsten, casus.pseudoniemen)
    ]
    assert vondsten == []
    assert len(catalogus.casussen) >= 15
