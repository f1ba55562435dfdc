"""The date on a printout is the date of the file's last commit, also in a fresh clone (where every mtime is now)."""

import os
import subprocess
from datetime import date
from pathlib import Path

from macros.wijzigingen import datum_van, laatste_wijzigingen, uit_git_log, uit_git_status

COMMITDATUM = "2020-01-02T12:00:00"


def git(map_: Path, *argumenten: str) -> None:
    omgeving = {**os.environ, "GIT_AUTHOR_DATE": COMMITDATUM, "GIT_COMMITTER_DATE": COMMITDATUM}
    subprocess.run(["git", *argumenten], cwd=map_, check=True, capture_output=True, env=omgeving)


def test_wijzigingsdatums_uit_git_log():
    uitvoer = "2026-11-22\n\ndocs/a.md\ndocs/b.md\n2026-10-01\n\ndocs/a.md\ndocs/c.md\n"
    assert uit_git_log(uitvoer) == {"docs/a.md": "2026-11-22", "docs/b.md": "2026-11-22", "docs/c.md": "2026-10-01"}


def test_gewijzigde_paden_uit_git_status():
    assert uit_git_status(" M docs/a.md\0?? docs/nieuw.md\0R  docs/c.md\0docs/oud.md\0") == {"docs/a.md", "docs/nieuw.md", "docs/c.md"}


def test_een_verse_clone_draagt_de_datum_van_de_commit(tmp_path):
    bron = tmp_path / "bron"
    (bron / "docs").mkdir(parents=True)
    (bron / "docs" / "a.md").write_text("Eerste versie.\n", encoding="utf-8")
    (bron / "docs" / "b.md").write_text("Nog een.\n", encoding="utf-8")
    git(bron, "init", "-q")
    git(bron, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "add", ".")
    git(bron, "-c", "user.name=Test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "eerste")
    git(tmp_path, "clone", "-q", str(bron), "clone")
    clone = tmp_path / "clone"
    assert date.fromtimestamp((clone / "docs" / "a.md").stat().st_mtime) == date.today()

    wijzigingen = laatste_wijzigingen(clone)
    assert datum_van(clone / "docs" / "a.md", clone, wijzigingen) == "2020-01-02"

    (clone / "docs" / "b.md").write_text("Nog niet vastgelegd.\n", encoding="utf-8")
    (clone / "docs" / "c.md").write_text("Nieuw.\n", encoding="utf-8")
    wijzigingen = laatste_wijzigingen(clone)
    assert datum_van(clone / "docs" / "a.md", clone, wijzigingen) == "2020-01-02"
    assert datum_van(clone / "docs" / "b.md", clone, wijzigingen) == date.today().isoformat()
    assert datum_van(clone / "docs" / "c.md", clone, wijzigingen) == date.today().isoformat()


def test_buiten_git_is_elke_datum_vandaag(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("Tekst.\n", encoding="utf-8")
    assert datum_van(tmp_path / "docs" / "a.md", tmp_path, laatste_wijzigingen(tmp_path)) == date.today().isoformat()
