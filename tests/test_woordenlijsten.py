"""Each vocabulary is defined once (macros/woordenlijsten.py); the writing guide, the open-data page and the
baken and theme pages say the same values and labels, so an author never follows a stale list."""

import re
from pathlib import Path

import pytest

from macros.lezen import lees_pagina
from macros.woordenlijsten import Baken, Niveau, OnlineGeschikt, Soort, Thema, Vraagtype

PROJECT = Path(__file__).resolve().parent.parent
DOCS = PROJECT / "docs"


def waarden_in_rij(bestand: Path, veld: str, rij: int = 0) -> set[str]:
    """The backticked values in the table row that describes `veld` (the first such row, or the given one)."""
    rijen = [regel for regel in bestand.read_text(encoding="utf-8").splitlines() if regel.startswith(f"| `{veld}` |")]
    return set(re.findall(r"`([a-z][a-z-]*)`", rijen[rij].split("|", 2)[2]))


@pytest.mark.parametrize(
    ("bestand", "veld", "woordenlijst"),
    [
        ("SCHRIJFWIJZER.md", "soort", Soort),
        ("SCHRIJFWIJZER.md", "vraagtypes", Vraagtype),
        ("SCHRIJFWIJZER.md", "niveau", Niveau),
        ("SCHRIJFWIJZER.md", "bakens", Baken),
        ("SCHRIJFWIJZER.md", "thema's", Thema),
        ("docs/open-data.md", "soort", Soort),
        ("docs/open-data.md", "vraagtypes", Vraagtype),
        ("docs/open-data.md", "niveau", Niveau),
        ("SCHRIJFWIJZER.md", "online_geschikt", OnlineGeschikt),
        ("docs/open-data.md", "online_geschikt", OnlineGeschikt),
    ],
)
def test_de_documentatie_noemt_precies_de_waarden_van_het_model(bestand, veld, woordenlijst):
    assert waarden_in_rij(PROJECT / bestand, veld) == {lid.value for lid in woordenlijst}


@pytest.mark.parametrize(
    ("woordenlijst", "map_", "sleutel"), [(Baken, DOCS / "principes", "baken"), (Thema, DOCS / "principes" / "themas", "thema")]
)
def test_elke_waarde_heeft_een_eigen_pagina_met_het_label_als_titel(woordenlijst, map_, sleutel):
    for lid in woordenlijst:
        pagina = lees_pagina((map_ / f"{lid.value}.md").read_text(encoding="utf-8"), f"{lid.value}.md")
        assert pagina.kop[sleutel] == lid.value
        assert pagina.kop["title"] == lid.label
