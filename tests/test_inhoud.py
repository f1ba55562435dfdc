"""The real library: enough werkvormen, each complete, each step plan adding up."""

from pathlib import Path

import pytest

from macros.catalog import valideer_werkvorm
from macros.kopjes import VERPLICHTE_KOPJES, kopjes_in
from macros.lezen import lees_pagina

PROJECT = Path(__file__).resolve().parent.parent
WERKVORMEN = sorted(pad for pad in (PROJECT / "docs" / "werkvormen").glob("*.md") if pad.name != "index.md")


def test_de_bibliotheek_heeft_minstens_veertig_werkvormen():
    assert len(WERKVORMEN) >= 40


@pytest.mark.parametrize("bestand", WERKVORMEN, ids=lambda pad: pad.stem)
def test_werkvorm_is_compleet(bestand):
    pagina = lees_pagina(bestand.read_text(encoding="utf-8"), bestand.name)
    werkvorm, problemen = valideer_werkvorm(pagina)
    assert problemen == []
    assert kopjes_in(pagina.body) == list(VERPLICHTE_KOPJES)
    assert sum(stap.minuten for stap in werkvorm.stappen) == werkvorm.duur
    assert werkvorm.bronnen
    assert all(stap.taken.keys() == {rol.rol for rol in werkvorm.rollen} for stap in werkvorm.stappen)
