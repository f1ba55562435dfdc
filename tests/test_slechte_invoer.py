"""A corpus of broken content files: each yields exactly one clear Dutch error that names file and field.

Files in tests/slecht/ are named <map>--<name>--<field>.md: the test puts <name>.md in docs/<map>/ of a
project whose other content is valid, and expects one problem that names that file and that field.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.catalog import InhoudFout, laad_catalogus
from tests.kaarten import als_bestand, geldige_kaart

CORPUS = sorted((Path(__file__).parent / "slecht").glob("*.md"))


def project_met(tmp_path: Path, slecht: Path) -> tuple[Path, str, str]:
    map_, naam, veld = slecht.stem.split("--")
    docs = tmp_path / "docs"
    (docs / "werkvormen").mkdir(parents=True)
    (docs / "casussen").mkdir()
    (docs / "werkvormen" / "proefmethode.md").write_text(als_bestand(geldige_kaart()), encoding="utf-8")
    shutil.copy(slecht, docs / map_ / f"{naam}.md")
    return docs, f"docs/{map_}/{naam}.md", veld


def test_het_corpus_is_groot_genoeg():
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("slecht", CORPUS, ids=lambda pad: pad.stem)
def test_elk_kapot_bestand_geeft_precies_een_nederlandse_fout(tmp_path, slecht):
    docs, bestand, veld = project_met(tmp_path, slecht)
    with pytest.raises(InhoudFout) as fout:
        laad_catalogus(docs)
    (probleem,) = fout.value.problemen
    assert probleem.bestand == bestand
    assert veld in probleem.melding, probleem.melding
    assert str(probleem).startswith(f"{bestand}: ")


@pytest.mark.parametrize("slecht", [CORPUS[0], CORPUS[-1]], ids=lambda pad: pad.stem)
def test_de_opdrachtregel_meldt_zonder_traceback(tmp_path, slecht):
    docs, bestand, veld = project_met(tmp_path, slecht)
    uit = subprocess.run(
        [sys.executable, "-m", "macros.check", str(docs)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    assert uit.returncode == 1
    assert "Traceback" not in uit.stdout + uit.stderr
    assert uit.stderr.startswith("De inhoud bevat 1 fout(en):\n  - " + bestand)
    assert veld in uit.stderr
