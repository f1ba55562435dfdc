"""Own words: no page retells the seed texts the project grew out of.

The measure is in macros/eigen_woorden.py: a shared run of six words, or a sentence that shares at least four
content-word stems with a seed sentence, making up at least 60% of the shorter one. Source titles in a page's
`## Bronnen` section are other people's words on purpose and are left out. The seeds are measured through their
fingerprint in data/ (hashes only), so the test runs on every clone.
"""

from pathlib import Path

import pytest

from macros.eigen_woorden import Vingerafdruk, overlappingen
from macros.kopjes import splits_voor
from macros.lezen import lees_pagina
from scripts.zaden import VINGERAFDRUK, ZADEN, vingerafdruk_van_zaden
from tests.proza import proza_van_bestand

PROJECT = Path(__file__).resolve().parent.parent
PAGINAS = sorted((PROJECT / "docs").rglob("*.md"))


def eigen_proza(pad: Path) -> str:
    tekst = pad.read_text(encoding="utf-8")
    pagina = lees_pagina(tekst, pad.name, kop_verplicht=False)
    zonder_bronnen = splits_voor(pagina.body, "Bronnen")[0]
    return proza_van_bestand(tekst.replace(pagina.body, zonder_bronnen) if pagina.body else tekst, pad.name)


@pytest.fixture(scope="module")
def zaden() -> Vingerafdruk:
    return Vingerafdruk.lees(VINGERAFDRUK)


@pytest.mark.parametrize("pad", PAGINAS, ids=lambda pad: pad.relative_to(PROJECT / "docs").as_posix())
def test_geen_pagina_vertelt_een_bron_na(pad, zaden):
    gevonden = overlappingen(eigen_proza(pad), zaden)
    assert not gevonden, f"{pad.relative_to(PROJECT)} staat te dicht bij de brongeschriften:\n" + "\n".join(map(str, gevonden))


def test_de_maat_vangt_overschrijven_en_parafraseren():
    zaad = Vingerafdruk.van_teksten(["De gezinswerkers leggen samen met een gezin de hulpvraag en de doelen vast in een plan."])
    overgeschreven = "Zij leggen samen met een gezin de hulpvraag vast."
    geparafraseerd = "In een plan zetten de gezinswerkers met het gezin hun doelen en de hulpvraag."
    eigen = "Het team oefent met schaalvragen om de voortgang met ouders te bespreken."
    assert next(o.soort for o in overlappingen(overgeschreven, zaad)) == "zes woorden uit een bron"
    assert [o.soort for o in overlappingen(geparafraseerd, zaad)] == ["zin lijkt op een zin uit een bron"]
    assert overlappingen(eigen, zaad) == []


def test_bronnen_tellen_niet_mee(tmp_path):
    pad = tmp_path / "x.md"
    pad.write_text("---\ntitle: x\n---\n\n# Titel\n\nEigen tekst hier.\n\n## Bronnen\n\n- Een titel van iemand anders.\n", encoding="utf-8")
    proza = eigen_proza(pad)
    assert "Eigen tekst hier." in proza and "iemand anders" not in proza


@pytest.mark.skipif(not ZADEN.is_dir(), reason=f"de brongeschriften staan niet naast de checkout ({ZADEN})")
def test_de_vingerafdruk_hoort_bij_de_brongeschriften():
    assert vingerafdruk_van_zaden() == Vingerafdruk.lees(VINGERAFDRUK), "voer `python -m scripts.zaden` uit"
