"""The real library: enough werkvormen, each complete, each step plan adding up."""

from collections import Counter
from pathlib import Path

import pytest

from macros.kaartcontrole import valideer_werkvorm
from macros.kopjes import VERPLICHTE_KOPJES, sectie
from macros.lezen import lees_pagina

PROJECT = Path(__file__).resolve().parent.parent
WERKVORMEN = sorted(pad for pad in (PROJECT / "docs" / "werkvormen").glob("*.md") if pad.name != "index.md")


def test_de_bibliotheek_heeft_minstens_veertig_werkvormen():
    assert len(WERKVORMEN) >= 40


@pytest.mark.parametrize("bestand", WERKVORMEN, ids=lambda pad: pad.stem)
def test_werkvorm_is_geldig(bestand):
    """Each file on its own, so a failure names the werkvorm and all its problems."""
    pagina = lees_pagina(bestand.read_text(encoding="utf-8"), bestand.name)
    _, problemen = valideer_werkvorm(pagina)
    assert problemen == [], "\n".join(map(str, problemen))


@pytest.mark.parametrize("bestand", WERKVORMEN, ids=lambda pad: pad.stem)
def test_werkvorm_zegt_wanneer_niet_en_hoe_het_korter_kan(bestand):
    """A reader must learn when to pick something else (with a link to it) and how to run it in less time."""
    pagina = lees_pagina(bestand.read_text(encoding="utf-8"), bestand.name)
    wanneer = sectie(pagina.body, VERPLICHTE_KOPJES[0]).tekst
    varianten = sectie(pagina.body, "Varianten").tekst
    assert "niet" in wanneer.lower() and ".md)" in wanneer, "zeg wanneer je een andere werkvorm kiest, met een link ernaar"
    assert "kort" in varianten.lower(), "beschrijf een korte variant"


def test_de_bibliotheek_heeft_vijftig_intervisiewerkvormen_en_benoemt_de_andere_soorten():
    soorten = Counter(lees_pagina(pad.read_text(encoding="utf-8"), pad.name).kop["soort"] for pad in WERKVORMEN)
    assert soorten["intervisie"] >= 50
    assert set(soorten) <= {"intervisie", "teamleren", "oefening"}
