"""Dutch spelling over all content: pyspellchecker's Dutch dictionary plus the project's word list."""

from pathlib import Path

import pytest
from spellchecker import SpellChecker

from tests.proza import kleine_letters, proza_van_bestand, woorden

PROJECT = Path(__file__).resolve().parent.parent
WOORDENLIJST = PROJECT / "woordenlijst.txt"


@pytest.fixture(scope="module")
def bekend():
    woordenboek = SpellChecker(language="nl", case_sensitive=False)
    eigen = {
        regel.strip().lower()
        for regel in WOORDENLIJST.read_text(encoding="utf-8").splitlines()
        if regel.strip() and not regel.startswith("#")
    }
    return lambda woord: kleine_letters(woord) in eigen or bool(woordenboek.known([kleine_letters(woord)]))


def onbekende_woorden(tekst: str, bekend) -> set[str]:
    return {woord for woord in woorden(tekst) if not bekend(woord)}


def test_proza_laat_markup_en_linkdoelen_weg():
    tekst = "---\ntitel: Titel\n---\nZie [de stap](werkvormen/abc.md#stap-1) en `code` <b>vet</b> {#anker}"
    assert woorden(proza_van_bestand(tekst, "x.md")) == ["Zie", "de", "stap", "en", "vet", "Titel"]


def test_spellingcontrole_vangt_een_fout(bekend):
    assert onbekende_woorden("Eén collega stelt eén vraag.", bekend) == {"eén"}


@pytest.mark.parametrize("bestand", sorted(PROJECT.glob("docs/**/*.md")), ids=lambda pad: pad.relative_to(PROJECT / "docs").as_posix())
def test_alle_inhoud_is_goed_gespeld(bestand, bekend):
    proza = proza_van_bestand(bestand.read_text(encoding="utf-8"), bestand.name)
    onbekend = onbekende_woorden(proza, bekend)
    plek = bestand.relative_to(PROJECT)
    assert not onbekend, f"Onbekende woorden in {plek}: {sorted(onbekend)}. Verbeter ze of zet ze in woordenlijst.txt."
