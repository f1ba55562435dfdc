"""A corpus of broken content files: each yields exactly one clear Dutch error that names file and field.

Files in tests/slecht/ are named <map>--<name>--<field>.md: the test puts <name>.md in docs/<map>/ of a
project whose other content is valid, and expects one problem that names that file and that field.
A `+` in <map> means a subfolder (werkvormen+extra is docs/werkvormen/extra/); a <name> with a dot keeps
its own extension (hoofdletters.MD). Cases a file in git cannot hold (too large, a link that loops,
no read permission) are made by the tests below.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from macros.catalog import InhoudFout, laad_catalogus
from macros.kaartcontrole import MAX_BODY
from macros.lezen import MAX_BESTAND
from tests.kaarten import GELDIGE_BODY, als_bestand, geldige_kaart

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = sorted((Path(__file__).parent / "slecht").glob("*.md"))


def leeg_project(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    (docs / "werkvormen").mkdir(parents=True)
    (docs / "casussen").mkdir()
    (docs / "werkvormen" / "proefmethode.md").write_text(als_bestand(geldige_kaart()), encoding="utf-8")
    return docs


def project_met(tmp_path: Path, slecht: Path) -> tuple[Path, str, str]:
    map_, naam, veld = slecht.stem.split("--")
    docs = leeg_project(tmp_path)
    doelmap = docs.joinpath(*map_.split("+"))
    doelmap.mkdir(parents=True, exist_ok=True)
    bestandsnaam = naam if "." in naam else f"{naam}.md"
    shutil.copy(slecht, doelmap / bestandsnaam)
    return docs, (doelmap / bestandsnaam).relative_to(tmp_path).as_posix(), veld


def enige_probleem(docs: Path):
    begin = time.monotonic()
    with pytest.raises(InhoudFout) as fout:
        laad_catalogus(docs)
    assert time.monotonic() - begin < 10, "een kapot bestand moet binnen seconden een melding geven"
    (probleem,) = fout.value.problemen
    return probleem


def test_het_corpus_dekt_elke_soort_fout():
    assert len(CORPUS) >= 105


@pytest.mark.parametrize("slecht", CORPUS, ids=lambda pad: pad.stem)
def test_elk_kapot_bestand_geeft_precies_een_nederlandse_fout(tmp_path, slecht):
    docs, bestand, veld = project_met(tmp_path, slecht)
    probleem = enige_probleem(docs)
    assert probleem.bestand == bestand
    assert veld in probleem.melding, probleem.melding
    assert str(probleem).startswith(f"{bestand}: ")


def test_een_te_groot_bestand_wordt_niet_gelezen(tmp_path):
    docs = leeg_project(tmp_path)
    (docs / "werkvormen" / "groot.md").write_text("x" * (MAX_BESTAND + 1), encoding="utf-8")
    assert "kB" in enige_probleem(docs).melding


def test_een_te_lange_tekst_breekt_het_zoeken_niet(tmp_path):
    docs = leeg_project(tmp_path)
    lang = GELDIGE_BODY + "\n" + "Nog een zin met woorden. " * (MAX_BODY // 20)
    (docs / "werkvormen" / "lang.md").write_text(als_bestand(geldige_kaart(id="lang"), lang), encoding="utf-8")
    assert "tekst:" in enige_probleem(docs).melding


def test_een_lange_tekst_vol_halve_opmaak_is_snel_gecontroleerd(tmp_path):
    """The check for code in a body once took 16 s on 20,000 unclosed tags (a pattern that read the rest of the
    text from every '<'); now every pattern reads the text once."""
    docs = leeg_project(tmp_path)
    body = GELDIGE_BODY + "\n" + "<a " * ((MAX_BODY - len(GELDIGE_BODY)) // 3 - 10)
    (docs / "werkvormen" / "halve-opmaak.md").write_text(als_bestand(geldige_kaart(id="halve-opmaak"), body), encoding="utf-8")
    begin = time.monotonic()
    assert "halve-opmaak" in laad_catalogus(docs).werkvormen
    assert time.monotonic() - begin < 10


def test_een_kringverwijzing_geeft_een_melding(tmp_path):
    docs = leeg_project(tmp_path)
    (docs / "werkvormen" / "kring.md").symlink_to("kring.md")
    assert "kringverwijzing" in enige_probleem(docs).melding


def test_een_koppeling_naar_een_map_geeft_een_melding_voor_mkdocs_erin_rondloopt(tmp_path):
    """MkDocs follows links to folders; a link to a parent folder made the build run for minutes and end in a
    traceback. The check refuses it before MkDocs looks at the files."""
    docs = leeg_project(tmp_path)
    (docs / "intervisie").mkdir()
    (docs / "intervisie" / "lus").symlink_to("..")
    probleem = enige_probleem(docs)
    assert probleem.bestand == "docs/intervisie/lus" and "kringverwijzing" in probleem.melding


def test_een_onleesbaar_bestand_geeft_een_melding(tmp_path, monkeypatch):
    """chmod cannot lock out root (CI runs as root), so the refusal is simulated where the file is read."""
    docs = leeg_project(tmp_path)
    pad = docs / "werkvormen" / "dicht.md"
    pad.write_text(als_bestand(geldige_kaart(id="dicht")), encoding="utf-8")
    echt_lezen = Path.read_bytes

    def lees(zelf: Path) -> bytes:
        if zelf.name == "dicht.md":
            raise PermissionError(13, "Permission denied", str(zelf))
        return echt_lezen(zelf)

    monkeypatch.setattr(Path, "read_bytes", lees)
    assert "leesrechten" in enige_probleem(docs).melding


OPDRACHTREGEL = [pad for pad in CORPUS if "alias" in pad.name]


@pytest.mark.parametrize("slecht", OPDRACHTREGEL, ids=lambda pad: pad.stem)
def test_de_opdrachtregel_meldt_zonder_traceback(tmp_path, slecht):
    docs, bestand, veld = project_met(tmp_path, slecht)
    uit = subprocess.run(
        [sys.executable, "-m", "macros.check", str(docs)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        timeout=30,
    )
    assert uit.returncode == 1
    assert "Traceback" not in uit.stdout + uit.stderr
    assert "Warning" not in uit.stderr
    assert uit.stderr.startswith("De inhoud bevat 1 fout(en):\n  - " + bestand)
    assert veld in uit.stderr
