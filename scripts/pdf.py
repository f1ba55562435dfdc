"""`make pdf`: renders a PDF of every werkvorm, its role cards and the team folder into site/pdf/.

It prints the built pages in Debian's Chromium (never a downloaded browser), exactly as a person would
with the browser's print dialog, so the PDFs and the printouts are the same. The werkvorm pages show a
PDF link once the file exists next to the site.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from scripts.bouwen import omgeving

PROJECT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ZOEKINDEX = "search/search_index.json"
"""Every page's search worker loads the whole index (about 2 MB) and builds it; nothing of it reaches paper, so
`make pdf` leaves it out (67 werkvormen on 2 cores: 103 s before, 60 s after)."""
ROLKAARTEN = "print-rolkaarten"
"""The class that prints only the role cards; `?print=rolkaarten` and the button set it (docs/javascripts/werkvorm.js)."""


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site quietly, and compresses text as every real web server does (Lighthouse measures it)."""

    GECOMPRIMEERD = frozenset({".html", ".css", ".js", ".json", ".svg", ".xml", ".txt"})

    def log_message(self, *args):
        pass

    def do_GET(self):
        pad = Path(self.translate_path(self.path))
        if pad.is_dir() and self.path.split("?")[0].endswith("/"):
            pad = pad / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or pad.suffix not in self.GECOMPRIMEERD or not pad.is_file():
            return super().do_GET()
        inhoud = gzip.compress(pad.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(pad)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A browser that drops a connection it no longer needs is not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serveer(site: Path, poort: int = 0) -> Iterator[str]:
    """Serves the built site on a local port (a free one unless given) for as long as the block runs."""
    handler = functools.partial(_StilleHandler, directory=str(site))
    httpd = _Server(("127.0.0.1", poort), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()


def print_naar_pdf(pagina, url: str, doel: Path) -> Path:
    """Prints one page as the browser's print dialog would: A4, print styles, backgrounds."""
    pagina.goto(url)
    return print_deze_pagina(pagina, doel)


def print_deze_pagina(pagina, doel: Path) -> Path:
    """A tagged PDF (structure for screen readers) with an outline from the headings, as the Dutch accessibility
    rules ask of documents; Chromium makes both from the page's HTML."""
    pagina.emulate_media(media="print")
    doel.parent.mkdir(parents=True, exist_ok=True)
    pagina.pdf(path=str(doel), format="A4", prefer_css_page_size=True, print_background=True, tagged=True, outline=True)
    return doel


def bouw_site(site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=PROJECT,
        check=True,
        env=omgeving(),
    )


def maak_pdfs(site: Path, browser) -> list[Path]:
    """Prints every werkvorm, its role cards and the team folder of a built site with the given browser."""
    ids = [werkvorm["id"] for werkvorm in json.loads((site / "werkvormen.json").read_text(encoding="utf-8"))["werkvormen"]]
    gemaakt = []
    pagina = browser.new_page()
    pagina.route(f"**/{ZOEKINDEX}", lambda verzoek: verzoek.abort())
    with serveer(site) as basis:
        for id_ in ids:
            gemaakt.append(print_naar_pdf(pagina, f"{basis}/werkvormen/{id_}/", site / "pdf" / f"{id_}.pdf"))
            # The role cards are the same page with one class more: printed without loading the page again.
            pagina.evaluate("klasse => document.documentElement.classList.add(klasse)", ROLKAARTEN)
            gemaakt.append(print_deze_pagina(pagina, site / "pdf" / f"{id_}-rolkaarten.pdf"))
        for adres, naam in teammap_delen(site):
            gemaakt.append(print_naar_pdf(pagina, f"{basis}/{adres}", site / "pdf" / naam))
    pagina.close()
    for id_ in ids:
        toon_pdf_link(site / "werkvormen" / id_ / "index.html")
    return gemaakt


def teammap_delen(site: Path) -> list[tuple[str, str]]:
    """The team folder's parts in a built site (a large library has more than one), each with its PDF's name."""
    delen = sorted((site / "teammap").glob("deel-*/index.html"), key=lambda pad: int(pad.parent.name.removeprefix("deel-")))
    return [("teammap/", "teammap.pdf")] + [(f"teammap/{pad.parent.name}/", f"teammap-{pad.parent.name}.pdf") for pad in delen]


def toon_pdf_link(html: Path) -> None:
    """Shows the page's PDF link now that its PDF exists; without `make pdf` the link stays hidden."""
    tekst = html.read_text(encoding="utf-8")
    html.write_text(re.sub(r'(<a class="md-button" id="pdf-link" href="[^"]+") hidden>', r"\1>", tekst), encoding="utf-8")


def main() -> None:
    from playwright.sync_api import sync_playwright

    site = PROJECT / "site"
    bouw_site(site)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        gemaakt = maak_pdfs(site, browser)
        browser.close()
    print(f"{len(gemaakt)} PDF's gemaakt in {site / 'pdf'}")


if __name__ == "__main__":
    main()
