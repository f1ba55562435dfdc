"""How many of the realistic search questions (tests/zoekvragen.py) put the expected page first on a built site.

    python benchmarks/zoekvragen.py SITEMAP

Run it on a site built before and after a change to search, for the figures in a closing note or BENCHMARKS.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.pdf import CHROMIUM, CHROMIUM_ARGS, serveer
from tests.zoekvragen import ZOEKVRAGEN, eerste_resultaten, klopt


def main(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, serveer(site) as basis:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        uitkomst = eerste_resultaten(browser.new_page(), basis)
        browser.close()
    goed: Counter[str] = Counter()
    for zoekvraag in ZOEKVRAGEN:
        raak = klopt(zoekvraag, uitkomst[zoekvraag.vraag])
        goed[zoekvraag.soort] += raak
        print(f"{'✓' if raak else '✗'} {zoekvraag.vraag!r:50} {uitkomst[zoekvraag.vraag]}")
    totaal = Counter(zoekvraag.soort for zoekvraag in ZOEKVRAGEN)
    print(", ".join(f"{soort} {goed[soort]}/{totaal[soort]}" for soort in totaal))
    print(f"{sum(goed.values())} van {len(ZOEKVRAGEN)} zoekvragen geven de verwachte pagina eerst")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
