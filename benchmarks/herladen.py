"""How long a saved edit to a werkvorm takes to show in the browser while `make serve` runs.

Starts `mkdocs serve` with the options of `make serve` on a free port, opens a werkvorm in Debian's Chromium
(MkDocs' live-reload script in the page reloads it after a rebuild), saves a new sentence into that
werkvorm's file and times how long until the sentence is on the screen.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Error as PlaywrightFout
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lighthouse import vrije_poort

from scripts.bouwen import SERVE_OPTIES, omgeving
from scripts.pdf import CHROMIUM

WERKVORM = "incidentmethode"
RONDES = 5
ZIN_VOOR = "Je gebruikt de incidentmethode als"


@dataclass(frozen=True)
class Herladen:
    aantal: int
    opdracht: tuple[str, ...]
    eerste_build: float
    tijden: tuple[float, ...]

    @property
    def mediaan(self) -> float:
        return statistics.median(self.tijden)


def meet_herladen(project: Path) -> Herladen:
    poort = vrije_poort()
    opdracht = ("mkdocs", "serve", *SERVE_OPTIES, "--dev-addr", f"127.0.0.1:{poort}")
    adres = f"http://127.0.0.1:{poort}/werkvormen/{WERKVORM}/"
    bestand = project / "docs" / "werkvormen" / f"{WERKVORM}.md"
    origineel = bestand.read_text(encoding="utf-8")
    begin = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", *opdracht], cwd=project, env=omgeving(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wacht_op(adres)
        eerste_build = time.perf_counter() - begin
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM)
            pagina = browser.new_page()
            pagina.goto(adres)
            tijden = tuple(_een_ronde(pagina, bestand, origineel, ronde) for ronde in range(1, RONDES + 1))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
        bestand.write_text(origineel, encoding="utf-8")
    aantal = sum(1 for p in (project / "docs" / "werkvormen").glob("*.md") if p.name != "index.md")
    return Herladen(aantal=aantal, opdracht=("mkdocs", "serve", *SERVE_OPTIES), eerste_build=eerste_build, tijden=tijden)


def _een_ronde(pagina, bestand: Path, origineel: str, ronde: int) -> float:
    merkteken = f"Meetzin {ronde} voor het herladen."
    time.sleep(1)
    begin = time.perf_counter()
    bestand.write_text(origineel.replace(ZIN_VOOR, f"{merkteken} {ZIN_VOOR}", 1), encoding="utf-8")
    while time.perf_counter() - begin < 60:
        try:
            if merkteken in pagina.inner_text("article", timeout=1000):
                return time.perf_counter() - begin
        except PlaywrightFout:
            pass  # the page is reloading
        time.sleep(0.02)
    raise RuntimeError(f"De wijziging in {bestand.name} verscheen na 60 s nog niet in de browser")


def _wacht_op(adres: str) -> None:
    for _ in range(600):
        try:
            with urllib.request.urlopen(adres, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"mkdocs serve antwoordde niet op {adres}")
