"""When each content file last changed, for the date on a printout.

The date is that of the last commit touching the file. A fresh clone sets every file's mtime to the moment of
the clone, so the mtime says nothing; only a file that git itself reports as changed or new (uncommitted work)
gets today's date. One `git log` and one `git status` call per build give every file's answer.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path


def uit_git_log(uitvoer: str) -> dict[str, str]:
    """Parses `git log --format=%cs --name-only`: the first date above a file is its latest change."""
    datums: dict[str, str] = {}
    huidige = ""
    for regel in uitvoer.splitlines():
        regel = regel.strip()
        if len(regel) == 10 and regel[4] == "-" and regel[7] == "-":
            huidige = regel
        elif regel and huidige:
            datums.setdefault(regel, huidige)
    return datums


def uit_git_status(uitvoer: str) -> set[str]:
    """Parses `git status --porcelain -z`: every path with uncommitted changes, renamed files under their new name."""
    paden, delen = set(), iter(uitvoer.split("\0"))
    for deel in delen:
        if len(deel) > 3:
            paden.add(deel[3:])
            if deel[0] in "RC":
                next(delen, None)
    return paden


def _git(project: Path, *argumenten: str) -> str | None:
    try:
        return subprocess.run(["git", *argumenten], cwd=project, capture_output=True, text=True, check=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def laatste_wijzigingen(project: Path) -> tuple[dict[str, str], set[str]]:
    """Path relative to the project → date of its last commit, and the paths with uncommitted changes."""
    log = _git(project, "log", "--format=%cs", "--name-only", "--", "docs")
    status = _git(project, "status", "--porcelain", "-z", "--untracked-files=all", "--", "docs")
    return uit_git_log(log or ""), uit_git_status(status or "")


def datum_van(pad: Path, project: Path, wijzigingen: tuple[dict[str, str], set[str]]) -> str:
    """The date of the file's last commit; today for a file with uncommitted changes or one git does not know."""
    datums, gewijzigd = wijzigingen
    relatief = pad.resolve().relative_to(project.resolve()).as_posix()
    if relatief in datums and relatief not in gewijzigd:
        return datums[relatief]
    return date.today().isoformat()
