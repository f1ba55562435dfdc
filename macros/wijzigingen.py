"""When each content file last changed, for the date on a printout.

One `git log` call per build gives every file's date; a file git does not know yet (new, not committed)
gets the date it was last saved.
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


def laatste_wijzigingen(project: Path) -> dict[str, str]:
    """Path relative to the project → ISO date of the last commit that touched it; empty outside git."""
    try:
        uitvoer = subprocess.run(
            ["git", "log", "--format=%cs", "--name-only", "--", "docs"],
            cwd=project,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    return uit_git_log(uitvoer)


def datum_van(pad: Path, project: Path, datums: dict[str, str]) -> str:
    relatief = pad.resolve().relative_to(project.resolve()).as_posix()
    if relatief in datums and not _gewijzigd_sinds_commit(pad, datums[relatief]):
        return datums[relatief]
    return date.fromtimestamp(pad.stat().st_mtime).isoformat()


def _gewijzigd_sinds_commit(pad: Path, datum: str) -> bool:
    return date.fromtimestamp(pad.stat().st_mtime).isoformat() > datum
