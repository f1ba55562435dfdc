"""`make belasting`: a short, bounded load test of the site behind nginx with the configuration from deploy/.

wrk (from Debian) sends requests to 127.0.0.1 only, for a fixed number of seconds per address with a fixed
number of connections, asking for gzip as a browser does. It reports requests per second and the 99th
percentile of the latency for the home page, a werkvorm page and the search index, and writes them to
BENCHMARKS.md. wrk and nginx share this machine's cores, so the figures are what one small server manages
at least, not a ceiling.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from verslag import vervang_sectie

from scripts import nginx
from scripts.bouwen import bouw

PROJECT = Path(__file__).resolve().parent.parent
ADRESSEN = {
    "startpagina": "/",
    "werkvorm": "/werkvormen/dilemmamethode/",
    "zoekindex": "/search/search_index.json",
}
SECONDEN = 5
VERBINDINGEN = 16
DRADEN = 2
EENHEDEN = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def meet(adres: str) -> tuple[float, float, int]:
    """Requests per second, p99 latency in milliseconds, and the number of requests that failed."""
    uit = subprocess.run(
        ["wrk", f"-t{DRADEN}", f"-c{VERBINDINGEN}", f"-d{SECONDEN}s", "--latency", "-H", "Accept-Encoding: gzip", adres],
        capture_output=True,
        text=True,
        check=True,
        timeout=SECONDEN * 4,
    ).stdout
    snelheid = re.search(r"Requests/sec:\s+([\d.]+)", uit)
    p99 = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", uit, re.MULTILINE)
    if not snelheid or not p99:
        sys.exit(f"wrk gaf geen verzoeken per seconde of p99 voor {adres}:\n{uit}")
    getal, eenheid = p99.groups()
    per_seconde = float(snelheid.group(1))
    fouten = re.search(r"Non-2xx or 3xx responses: (\d+)", uit)
    return per_seconde, float(getal) * EENHEDEN[eenheid], int(fouten.group(1)) if fouten else 0


def verslag(metingen: dict[str, tuple[float, float, int]]) -> str:
    regels = [
        "## Belasting (nginx)",
        "",
        f"`make belasting` op {date.today().isoformat()}, {os.cpu_count()} kernen: nginx met de configuratie uit `deploy/` "
        f"(één werkproces), wrk met {DRADEN} draden en {VERBINDINGEN} verbindingen, {SECONDEN} seconden per adres, "
        "met gzip, alleen op 127.0.0.1. wrk draait op dezelfde machine als nginx: dit is wat één kleine server "
        "minstens haalt.",
        "",
        "| adres | verzoeken per seconde | p99-wachttijd | mislukt |",
        "| --- | ---: | ---: | ---: |",
    ]
    for naam, (per_seconde, p99, fouten) in metingen.items():
        regels.append(f"| {naam} (`{ADRESSEN[naam]}`) | {per_seconde:,.0f} | {p99:.1f} ms | {fouten} |".replace(",", "."))
    return "\n".join(regels)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="belasting-") as werkmap:
        site = Path(werkmap) / "site"
        uitkomst = bouw(PROJECT, site)
        if uitkomst.returncode != 0:
            sys.exit(uitkomst.stderr)
        with nginx.serveer(site) as basis:
            metingen = {naam: meet(basis + pad) for naam, pad in ADRESSEN.items()}
    vervang_sectie("belasting", verslag(metingen))
    for naam, (per_seconde, p99, fouten) in metingen.items():
        print(f"{naam}: {per_seconde:.0f} verzoeken/s, p99 {p99:.1f} ms, {fouten} mislukt")
    if any(fouten for _, _, fouten in metingen.values()):
        sys.exit("Er mislukten verzoeken: zie BENCHMARKS.md")


if __name__ == "__main__":
    main()
