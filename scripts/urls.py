"""Stable links: which published URLs still resolve, and `make urls` to add new pages to the list.

data/gepubliceerde-urls.txt lists every address coaches may have put in training material: every page,
and on werkvorm pages every step and section anchor. Nothing is ever removed from it; a renamed page needs
a redirect (mkdocs-redirects in mkdocs.yml), and the tests fail when a listed address stops resolving.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
LIJST = PROJECT / "data" / "gepubliceerde-urls.txt"
DOORVERWIJZING = re.compile(r'<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"', re.IGNORECASE)
ANKER = re.compile(r'\bid="([^"]+)"')


def lees_lijst(pad: Path = LIJST) -> list[str]:
    return [regel.strip() for regel in pad.read_text(encoding="utf-8").splitlines() if regel.strip() and not regel.startswith("#")]


def pagina_bestand(site: Path, url: str) -> Path:
    pad = url.split("#")[0].lstrip("/")
    return site / pad / "index.html" if pad == "" or pad.endswith("/") else site / pad


def los_op(site: Path, url: str, stappen: int = 5) -> tuple[Path | None, str]:
    """Follows redirect pages to the page that answers for url; returns (file, final url) or (None, url)."""
    pad, _, anker = url.partition("#")
    for _ in range(stappen):
        bestand = pagina_bestand(site, pad)
        if not bestand.exists():
            return None, pad
        doorverwijzing = DOORVERWIJZING.search(bestand.read_text(encoding="utf-8", errors="replace")[:2000])
        if not doorverwijzing:
            return bestand, pad + (f"#{anker}" if anker else "")
        doel = doorverwijzing.group(1).split("#")[0]
        pad = (Path(pad if pad.endswith("/") else Path(pad).parent.as_posix() + "/") / doel).as_posix()
        pad = _normaliseer(pad) + ("/" if doel.endswith("/") else "")
    return None, pad


def _normaliseer(pad: str) -> str:
    delen: list[str] = []
    for deel in pad.split("/"):
        if deel == "..":
            if delen:
                delen.pop()
        elif deel not in ("", "."):
            delen.append(deel)
    return "/".join(delen)


def kapotte_urls(site: Path, urls: list[str]) -> list[str]:
    """Every listed URL whose page (after redirects) or anchor is gone, with the reason."""
    kapot = []
    for url in urls:
        bestand, _ = los_op(site, url)
        if bestand is None:
            kapot.append(f"{url}: pagina bestaat niet meer en heeft geen doorverwijzing")
            continue
        anker = url.partition("#")[2]
        if anker and anker not in ANKER.findall(bestand.read_text(encoding="utf-8")):
            kapot.append(f"{url}: het anker #{anker} bestaat niet meer op de pagina")
    return kapot


def huidige_urls(site: Path) -> list[str]:
    """Every page of the built site, and on werkvorm pages every heading anchor (steps and sections)."""
    urls = []
    for html in sorted(site.rglob("index.html")):
        pad = html.parent.relative_to(site).as_posix()
        url = "/" if pad == "." else pad + "/"
        tekst = html.read_text(encoding="utf-8", errors="replace")
        if DOORVERWIJZING.search(tekst[:2000]) or url.startswith(("search/", "assets/", "pdf/")):
            continue
        urls.append(url)
        if url.startswith("werkvormen/") and url != "werkvormen/":
            urls += [f"{url}#{anker}" for anker in re.findall(r'<h[23] id="([^"]+)"', tekst)]
    return urls


def bijwerken(site: Path, lijst: Path = LIJST) -> list[str]:
    """Adds the site's new URLs to the list; never removes one."""
    bestaand = lees_lijst(lijst)
    nieuw = [url for url in huidige_urls(site) if url not in bestaand]
    if nieuw:
        with lijst.open("a", encoding="utf-8") as bestand:
            bestand.write("".join(f"{url}\n" for url in nieuw))
    return nieuw


def main() -> None:
    from scripts.pdf import bouw_site

    site = PROJECT / "site"
    bouw_site(site)
    nieuw = bijwerken(site)
    print(f"{len(nieuw)} nieuwe adressen toegevoegd aan {LIJST.relative_to(PROJECT)}")
    kapot = kapotte_urls(site, lees_lijst())
    if kapot:
        print("Adressen die niet meer werken:\n" + "\n".join(kapot), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
