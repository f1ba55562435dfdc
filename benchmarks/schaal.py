"""`make benchmark`: build time and page sizes as the library grows, side by side with plain Material; writes BENCHMARKS.md.

For each size the library is grown with copies of the real werkvormen (each copy its own id and title, so no
check can reuse another file's result), built strictly as `make build` does, and then rebuilt as plain
Material over the Markdown our macros produced (benchmarks/kale_site.py). Build cost is the CPU time of the
build process (user plus system), which a busy machine disturbs less than the clock.

At 100 werkvormen it also measures how long a saved edit takes to show in the browser while `make serve`
runs (benchmarks/herladen.py). Exits with an error when a requirement below is not met.
"""

from __future__ import annotations

import gzip
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from herladen import Herladen, meet_herladen
from kale_site import maak_kale_site
from verslag import vervang_sectie

from macros.zoekindex import ALIASVELD, DELENVELD, ZOEKWOORDVELD, omvang_per_veld
from scripts.bouwen import omgeving

PROJECT = Path(__file__).resolve().parent.parent
AANTALLEN = (100, 1000, 3000)
HERLAADOMVANG = 100
VOORBEELDPAGINA = "incidentmethode"
MAX_VERHOUDING_MET_MATERIAL = 1.25
MAX_GROEI_1000_NAAR_3000 = 3.3
MAX_WERKVORMPAGINA_GZIP = 15 * 1024
MAX_HERLADEN = 2.0


@dataclass(frozen=True)
class Meting:
    aantal: int
    cpu: float
    cpu_material: float
    voorbeeldpagina_gzip: int
    grootste_pagina_gzip: int
    grootste_pagina: str
    zoekindex: int
    zoekindex_material: int
    zoekhulp: int
    """Characters the extra search fields add (other names, search words, compound parts; macros/zoekindex.py)."""
    paginas: int
    site: int

    @property
    def verhouding(self) -> float:
        return self.cpu / self.cpu_material


def kopieer_project(doel: Path) -> None:
    for naam in ("docs", "macros", "overrides", "data"):
        shutil.copytree(PROJECT / naam, doel / naam, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", doel / "mkdocs.yml")


def vul_aan(docs: Path, aantal: int) -> None:
    """Adds copies of the real werkvormen until the library holds `aantal` of them."""
    originelen = sorted(p for p in (docs / "werkvormen").glob("*.md") if p.name != "index.md")
    for nummer in range(max(0, aantal - len(originelen))):
        bron = originelen[nummer % len(originelen)]
        kopie_id = f"{bron.stem}-kopie-{nummer}"
        tekst = bron.read_text(encoding="utf-8")
        tekst = re.sub(r"^id: .*$", f"id: {kopie_id}", tekst, count=1, flags=re.MULTILINE)
        tekst = re.sub(r"^titel: (.*)$", rf"titel: \1 (kopie {nummer})", tekst, count=1, flags=re.MULTILINE)
        (docs / "werkvormen" / f"{kopie_id}.md").write_text(tekst, encoding="utf-8")


def cpu_van_build(project: Path, site: Path) -> float:
    """CPU seconds of one strict build in its own process, as `make build` runs it."""
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "--site-dir", str(site)],
        cwd=project,
        check=True,
        env=omgeving(),
    )
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)


def gzip_grootte(pad: Path) -> int:
    return len(gzip.compress(pad.read_bytes()))


def extra_zoekvelden(zoekindex: Path) -> int:
    omvang = omvang_per_veld(json.loads(zoekindex.read_text(encoding="utf-8")))
    return sum(omvang[veld] for veld in (ALIASVELD, ZOEKWOORDVELD, DELENVELD))


def grootte(pad: Path) -> int:
    return sum(bestand.stat().st_size for bestand in pad.rglob("*") if bestand.is_file())


def meet(aantal: int, werkmap: Path) -> Meting:
    project, kaal = werkmap / f"project-{aantal}", werkmap / f"kaal-{aantal}"
    project.mkdir()
    kaal.mkdir()
    kopieer_project(project)
    vul_aan(project / "docs", aantal)
    cpu = cpu_van_build(project, project / "site")
    maak_kale_site(project, kaal)
    cpu_material = cpu_van_build(kaal, kaal / "site")
    site = project / "site"
    paginas = {p.parent.name: gzip_grootte(p) for p in (site / "werkvormen").glob("*/index.html")}
    grootste = max(paginas, key=lambda naam: paginas[naam])
    return Meting(
        aantal=aantal,
        cpu=cpu,
        cpu_material=cpu_material,
        voorbeeldpagina_gzip=paginas[VOORBEELDPAGINA],
        grootste_pagina_gzip=paginas[grootste],
        grootste_pagina=re.sub(r"-kopie-\d+$", "", grootste),
        zoekindex=(site / "search" / "search_index.json").stat().st_size,
        zoekindex_material=(kaal / "site" / "search" / "search_index.json").stat().st_size,
        zoekhulp=extra_zoekvelden(site / "search" / "search_index.json"),
        paginas=sum(1 for _ in site.rglob("index.html")),
        site=grootte(site),
    )


def eisen(metingen: list[Meting], herladen: Herladen) -> list[tuple[str, bool]]:
    per_aantal = {m.aantal: m for m in metingen}
    duizend, drieduizend = per_aantal[1000], per_aantal[3000]
    groei = drieduizend.cpu / duizend.cpu
    return [
        (
            f"Bij 1000 werkvormen kost de build {duizend.verhouding:.2f} keer de CPU-tijd van kale Material "
            f"(eis: hoogstens {MAX_VERHOUDING_MET_MATERIAL})",
            duizend.verhouding <= MAX_VERHOUDING_MET_MATERIAL,
        ),
        (
            f"3000 werkvormen kosten {groei:.2f} keer de CPU-tijd van 1000 (eis: hoogstens {MAX_GROEI_1000_NAAR_3000})",
            groei <= MAX_GROEI_1000_NAAR_3000,
        ),
        (
            f"De grootste werkvormpagina is bij elke omvang hoogstens {max(m.grootste_pagina_gzip for m in metingen) / 1024:.1f} KB "
            f"gzip (eis: hoogstens {MAX_WERKVORMPAGINA_GZIP // 1024} KB)",
            all(m.grootste_pagina_gzip <= MAX_WERKVORMPAGINA_GZIP for m in metingen),
        ),
        (
            f"Een bewaarde wijziging staat bij {herladen.aantal} werkvormen na {herladen.mediaan:.1f} s in de browser "
            f"(eis: hoogstens {MAX_HERLADEN:.0f} s)",
            herladen.mediaan <= MAX_HERLADEN,
        ),
    ]


def verslag(metingen: list[Meting], herladen: Herladen, uitkomst: list[tuple[str, bool]]) -> str:
    kb = 1024
    regels = [
        "## Bouwtijd en omvang",
        "",
        f"Gemeten op {date.today().isoformat()} met `make benchmark` (benchmarks/schaal.py), op {platform.machine()} met "
        f"{os.cpu_count()} kernen, Python {platform.python_version()}. De bibliotheek groeit met kopieën van de echte werkvormen, "
        "elk met een eigen id en titel. CPU-tijd is die van het buildproces (gebruiker plus systeem), één strikte build per regel.",
        "",
        "*Kale Material* is dezelfde site zonder macros: Material met dezelfde thema-instellingen, zoekfunctie, "
        "`navigation.prune`, Markdown-uitbreidingen en begrippenlijst, over de Markdown die onze macros maken, als gewone "
        "bestanden (benchmarks/kale_site.py). Het verschil is wat het lezen en controleren van alle inhoud en het maken "
        "van de pagina's kost.",
        "",
        "| werkvormen | pagina's | CPU build (s) | CPU kale Material (s) | verhouding | CPU per werkvorm (ms) "
        f"| {VOORBEELDPAGINA} gzip (KB) | grootste werkvormpagina gzip (KB) | zoekindex (KiB) | zoekindex per pagina (KiB) "
        "| waarvan extra zoekvelden (KiB) | zoekindex kale Material (KiB) | site (MiB) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in metingen:
        regels.append(
            f"| {m.aantal} | {m.paginas} | {m.cpu:.1f} | {m.cpu_material:.1f} | {m.verhouding:.2f} | {1000 * m.cpu / m.aantal:.0f} "
            f"| {m.voorbeeldpagina_gzip / kb:.1f} | {m.grootste_pagina_gzip / kb:.1f} ({m.grootste_pagina}) "
            f"| {m.zoekindex / kb:.0f} | {m.zoekindex / kb / m.paginas:.1f} | {m.zoekhulp / kb:.0f} | {m.zoekindex_material / kb:.0f} "
            f"| {m.site / kb / kb:.1f} |"
        )
    regels += [
        "",
        "### Live herladen",
        "",
        f"Bij {herladen.aantal} werkvormen draait `make serve` ({' '.join(herladen.opdracht)}); Chromium toont een werkvorm. "
        f"Na het bewaren van een gewijzigde zin in die werkvorm staat de zin in de browser na "
        f"{', '.join(f'{t:.2f}' for t in herladen.tijden)} s (mediaan {herladen.mediaan:.2f} s). "
        f"De eerste build bij het starten duurde {herladen.eerste_build:.1f} s.",
        "",
        "### Eisen",
        "",
        *[f"- {'✓' if gehaald else '✗'} {tekst}" for tekst, gehaald in uitkomst],
        "",
    ]
    return "\n".join(regels)


def main() -> int:
    metingen = []
    herladen = None
    with tempfile.TemporaryDirectory(prefix="benchmark-") as tmp:
        werkmap = Path(tmp)
        for aantal in AANTALLEN:
            begin = time.perf_counter()
            meting = meet(aantal, werkmap)
            print(
                f"{aantal} werkvormen: {meting.cpu:.1f} s CPU, kale Material {meting.cpu_material:.1f} s "
                f"({meting.verhouding:.2f}x), gemeten in {time.perf_counter() - begin:.0f} s",
                flush=True,
            )
            metingen.append(meting)
            if aantal == HERLAADOMVANG:
                herladen = meet_herladen(werkmap / f"project-{aantal}")
                print(f"live herladen bij {aantal} werkvormen: {herladen.tijden}", flush=True)
            shutil.rmtree(werkmap / f"project-{aantal}")
            shutil.rmtree(werkmap / f"kaal-{aantal}")
    assert herladen is not None
    uitkomst = eisen(metingen, herladen)
    vervang_sectie("schaal", verslag(metingen, herladen, uitkomst))
    for tekst, gehaald in uitkomst:
        print(f"{'✓' if gehaald else '✗'} {tekst}")
    return 0 if all(gehaald for _, gehaald in uitkomst) else 1


if __name__ == "__main__":
    sys.exit(main())
