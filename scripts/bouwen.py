"""Building the site from Python (tests, `make pdf`, benchmarks) exactly as `make build` does from the shell.

The two variables silence the notice about MkDocs 2 that ProperDocs (brought in by mkdocs-redirects) prints
on every run; the Makefile exports the same two and serves with the same options, and tests/test_koppelingen.py
keeps them equal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

STILLE_BOUW = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
SERVE_OPTIES = ("--dirty", "--no-strict")
"""How `make serve` runs: after a save MkDocs rebuilds only the changed page (a full build of 100 werkvormen takes
over ten seconds), not strict, since a dirty build always warns that the other pages were not rebuilt."""


def omgeving(**extra: str) -> dict[str, str]:
    return {**os.environ, **STILLE_BOUW, **extra}


def bouw(project: Path, doel: Path, strikt: bool = True, bouwer: str = "mkdocs", **extra: str) -> subprocess.CompletedProcess:
    """Runs the build as a user would (strict by default), so callers see the same output and exit code."""
    return subprocess.run(
        [sys.executable, "-m", bouwer, "build", *(["--strict"] if strikt else []), "-f", "mkdocs.yml", "--site-dir", str(doel)],
        cwd=project,
        capture_output=True,
        text=True,
        env=omgeving(**extra),
    )
