"""Measures how build time and site size grow with the size of the library; writes BENCHMARKS.md.

The library is grown with copies of the real werkvormen (new ids and titles, same content), so the
measurement uses real pages. Linear growth means: the size of one werkvorm page stays flat, and the
build time and total size per werkvorm stay roughly constant.
Run with `make benchmark`.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verslag import vervang_sectie

from scripts.bouwen import omgeving

PROJECT = Path(__file__).resolve().parent.parent
AANTALLEN = (41, 200, 400)
HERHALINGEN = 2


def kopieer_project(doel: Path) -> None:
    for naam in ("docs", "macros", "overrides", "data"):
        shutil.copytree(PROJECT / naam, doel / naam, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", doel / "mkdocs.yml")


def vul_aan(docs: Path, aantal: int) -> None:
    """Adds copies of the real werkvormen until the library holds `aantal` of them."""
    originelen = sorted(p for p in (docs / "werkvormen").glob("*.md") if p.name != "index.md")
    nummer = 0
    while len(list((docs / "werkvormen").glob("*.md"))) - 1 < aantal:
        bron = originelen[nummer % len(originelen)]
        kopie_id = f"{bron.stem}-kopie-{nummer}"
        tekst = bron.read_text(encoding="utf-8")
        tekst = re.sub(r"^id: .*$", f"id: {kopie_id}", tekst, count=1, flags=re.MULTILINE)
        tekst = re.sub(r"^titel: (.*)$", rf"titel: \1 (kopie {nummer})", tekst, count=1, flags=re.MULTILINE)
        (docs / "werkvormen" / f"{kopie_id}.md").write_text(tekst, encoding="utf-8")
        nummer += 1


def bouw(project: Path) -> float:
    begin = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(project / "site")],
        cwd=project,
        check=True,
        env=omgeving(),
    )
    return time.perf_counter() - begin


def grootte(pad: Path) -> int:
    return sum(bestand.stat().st_size for bestand in pad.rglob("*") if bestand.is_file())


def meet(aantal: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        kopieer_project(project)
        vul_aan(project / "docs", aantal)
        tijden = [bouw(project) for _ in range(HERHALINGEN)]
        site = project / "site"
        paginas = list((site / "werkvormen").glob("*/index.html"))
        return {
            "aantal": aantal,
            "bouwtijd": min(tijden),
            "site": grootte(site),
            "werkvormpagina": (site / "werkvormen" / "incidentmethode" / "index.html").stat().st_size,
            "gemiddelde_pagina": sum(p.stat().st_size for p in paginas) / len(paginas),
            "zoekindex": (site / "search" / "search_index.json").stat().st_size,
        }


def verslag(metingen: list[dict]) -> str:
    kb = 1024
    regels = [
        "## Bouwtijd en omvang",
        "",
        f"Gemeten op {date.today().isoformat()} met `make benchmark` (benchmarks/schaal.py), op {platform.machine()} met "
        f"{os.cpu_count()} kernen, Python {platform.python_version()}. Bouwtijd: de snelste van {HERHALINGEN} strikte builds.",
        "De bibliotheek wordt vergroot met kopieën van de echte werkvormen.",
        "",
        "### Naar aantal werkvormen",
        "",
        "| werkvormen | bouwtijd (s) | per werkvorm (ms) | site (KiB) | site per werkvorm (KiB) "
        "| pagina incidentmethode (KiB) | gem. werkvormpagina (KiB) | zoekindex (KiB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in metingen:
        regels.append(
            f"| {m['aantal']} | {m['bouwtijd']:.1f} | {1000 * m['bouwtijd'] / m['aantal']:.0f} | {m['site'] / kb:.0f} "
            f"| {m['site'] / kb / m['aantal']:.1f} | {m['werkvormpagina'] / kb:.1f} | {m['gemiddelde_pagina'] / kb:.1f} "
            f"| {m['zoekindex'] / kb:.0f} |"
        )
    eerste, laatste = metingen[0], metingen[-1]
    factor = laatste["aantal"] / eerste["aantal"]
    regels += [
        "",
        "### Wat dit zegt",
        "",
        f"- {factor:.1f} keer zoveel werkvormen: de bouwtijd groeit {laatste['bouwtijd'] / eerste['bouwtijd']:.1f} keer, "
        f"de site {laatste['site'] / eerste['site']:.1f} keer.",
        f"- Eén werkvormpagina blijft even groot ({eerste['werkvormpagina'] / kb:.1f} → {laatste['werkvormpagina'] / kb:.1f} KiB): "
        "werkvormen staan niet in de navigatie en de lijsten op een pagina zijn begrensd (5 verwante werkvormen, 5 casussen).",
        "- Wat wel met de bibliotheek meegroeit, zijn de overzichtspagina's, de werkvormkiezer, `werkvormen.json` en de "
        "zoekindex: die noemen elke werkvorm één keer.",
        "",
    ]
    return "\n".join(regels)


def main() -> None:
    metingen = []
    for aantal in AANTALLEN:
        meting = meet(aantal)
        print(f"{aantal} werkvormen: {meting['bouwtijd']:.1f} s, {meting['site'] / 1024:.0f} KiB", flush=True)
        metingen.append(meting)
    vervang_sectie("schaal", verslag(metingen))


if __name__ == "__main__":
    main()
