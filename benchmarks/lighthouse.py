"""`make lighthouse`: Lighthouse (from the npm registry) on the built site, in Debian's Chromium, on mobile.

Median of three runs per page for performance, accessibility, best practices and SEO; the figures go into
BENCHMARKS.md. Exits with an error when accessibility, best practices or SEO is below 100, or performance
below 95, so the scores are a promise rather than a report.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verslag import vervang_sectie

from scripts.bouwen import omgeving
from scripts.pdf import CHROMIUM, CHROMIUM_ARGS, serveer

PROJECT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = PROJECT / "node_modules" / ".bin" / "lighthouse"
PAGINAS = {
    "home": "",
    "werkvorm": "werkvormen/incidentmethode/",
    "werkvormkiezer": "kiezer/?vraag=dilemma",
    "casus": "casussen/vraagverlegenheid-aan-de-keukentafel/",
    "baken": "principes/eigen-kracht/",
    "begrippen": "begrippen/",
}
CATEGORIEEN = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
RONDES = 3


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bouw(site: Path, site_url: str) -> None:
    """Builds with the local address as site_url, so canonical links point at the pages Lighthouse sees."""
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)],
        cwd=PROJECT,
        check=True,
        env=omgeving(SITE_URL=site_url),
    )


def meet(url: str, uitvoer: Path) -> dict[str, float]:
    vlaggen = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            f"--output-path={uitvoer}",
            "--quiet",
            f"--chrome-flags={vlaggen}",
            f"--only-categories={','.join(CATEGORIEEN)}",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
    )
    rapport = json.loads(uitvoer.read_text(encoding="utf-8"))
    return {naam: round(rapport["categories"][naam]["score"] * 100) for naam in CATEGORIEEN}


def main() -> int:
    poort = vrije_poort()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        basis = f"http://127.0.0.1:{poort}/"
        bouw(site, basis)
        resultaten = {}
        with serveer(site, poort) as adres:
            for naam, pad in PAGINAS.items():
                rondes = [meet(f"{adres}/{pad}", Path(tmp) / f"{naam}-{n}.json") for n in range(RONDES)]
                resultaten[naam] = {c: statistics.median(r[c] for r in rondes) for c in CATEGORIEEN}
                print(naam, resultaten[naam], flush=True)
    regels = [
        "## Lighthouse",
        "",
        f"Gemeten op {date.today().isoformat()} met `make lighthouse` (benchmarks/lighthouse.py): Lighthouse uit het npm-register "
        f"(versie in package-lock.json), mobiel, in Debian's Chromium, mediaan van {RONDES} rondes per pagina.",
        "",
        "| pagina | prestaties | toegankelijkheid | goede praktijken | SEO |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(f"| {naam} | " + " | ".join(f"{r[c]:.0f}" for c in CATEGORIEEN) + " |" for naam, r in resultaten.items()),
        "",
        "Eisen: toegankelijkheid, goede praktijken en SEO 100; prestaties minstens 95.",
    ]
    vervang_sectie("lighthouse", "\n".join(regels))
    te_laag = [
        f"{naam} {c}: {r[c]:.0f} < {minimum}" for naam, r in resultaten.items() for c, minimum in CATEGORIEEN.items() if r[c] < minimum
    ]
    if te_laag:
        print("Onder de eis:\n" + "\n".join(te_laag), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
