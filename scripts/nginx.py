"""nginx for the built site: the configuration a municipality installs, and a local nginx with it.

The configuration comes from `deploy/intervisiewijzer.conf.j2` and the build itself: the Content-Security-Policy
allows scripts by the hashes of the few inline scripts the theme writes into the pages (so no 'unsafe-inline'),
and the permanent redirects come from the redirect map in mkdocs.yml. `make nginx` and the tests serve the site
with exactly that configuration, so what is tested is what a server gets.

    python -m scripts.nginx configuratie --site site --servernaam intervisiewijzer.example.nl > intervisiewijzer.conf
    python -m scripts.nginx serveer --site site --poort 8080
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import html.parser
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
from mkdocs.utils.yaml import yaml_load

from macros.plek import Plek

PROJECT = Path(__file__).resolve().parent.parent
SJABLONEN = PROJECT / "deploy"
NGINX = "/usr/sbin/nginx"

PERMISSIES = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), "
    "fullscreen=(self), screen-wake-lock=(self)"
)
"""What the site may ask of the device: nothing, except full screen and keeping the screen on in session mode."""


class _InlineScripts(html.parser.HTMLParser):
    """Collects the text of every <script> without src that the browser runs (not JSON data blocks)."""

    UITVOERBAAR = frozenset({"", "text/javascript", "module", "application/javascript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: set[str] = set()
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        kenmerken = dict(attrs)
        uitvoerbaar = (kenmerken.get("type") or "").strip().lower() in self.UITVOERBAAR
        self._open = [] if uitvoerbaar and "src" not in kenmerken else None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            self.scripts.add("".join(self._open))
            self._open = None


def inline_scripts(site: Path) -> set[str]:
    """Every distinct inline script in the built pages (Material writes a handful, varying with the page depth)."""
    lezer = _InlineScripts()
    for pagina in sorted(site.rglob("*.html")):
        lezer.feed(pagina.read_text(encoding="utf-8"))
        lezer.close()
        lezer.reset()
    return lezer.scripts


def script_hash(script: str) -> str:
    """The CSP source that allows exactly this script text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def beveiligingsbeleid(site: Path) -> str:
    """The Content-Security-Policy for this build: only the site itself, and inline scripts by their hash.

    `data:` images are needed for the theme's icons in CSS; internet.nl allows them outside script-src and object-src."""
    hashes = " ".join(sorted(script_hash(script) for script in inline_scripts(site)))
    return "; ".join(
        (
            "default-src 'self'",
            f"script-src 'self' {hashes}".strip(),
            "style-src 'self'",
            "img-src 'self' data:",
            "object-src 'none'",
            "frame-src 'none'",
            "frame-ancestors 'self'",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


def omleidingen(project: Path = PROJECT) -> list[tuple[str, str]]:
    """The redirect map in mkdocs.yml as (old path, new URL), both from the site root as the site writes its URLs."""
    with (project / "mkdocs.yml").open(encoding="utf-8") as bestand:
        config = yaml_load(bestand)
    kaart: dict[str, str] = {}
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "redirects" in plugin:
            kaart = (plugin["redirects"] or {}).get("redirect_maps", {})
    wortel = Plek()
    return [("/" + re.escape(wortel.site_url(oud).rstrip("/")), "/" + wortel.site_url(nieuw)) for oud, nieuw in sorted(kaart.items())]


@dataclass(frozen=True)
class Tls:
    """Where the server keeps its certificate (chain first) and private key."""

    certificaat: Path
    sleutel: Path


LOGBOEK = "/var/log/nginx/intervisiewijzer.log intervisiewijzer"
"""Where a server logs requests, in the format without IP address, browser or referrer that the template defines."""


def configuratie(
    site: Path,
    servernaam: str = "_",
    adres: str = "127.0.0.1:8080",
    tls: Tls | None = None,
    project: Path = PROJECT,
    logboek: str = LOGBOEK,
) -> str:
    """The server block for the built site in `site`: HTTPS with `tls` (and HTTP sent there), else plain HTTP on
    `adres`; `logboek` is nginx's access_log value (`off` when run locally)."""
    return _sjabloon("intervisiewijzer.conf.j2").render(
        csp=beveiligingsbeleid(site),
        permissies=PERMISSIES,
        omleidingen=omleidingen(project),
        root=site.resolve(),
        servernaam=servernaam,
        adres=adres,
        logboek=logboek,
        tls=tls,
        certificaat=tls and tls.certificaat,
        sleutel=tls and tls.sleutel,
    )


def _sjabloon(naam: str) -> jinja2.Template:
    omgeving = jinja2.Environment(loader=jinja2.FileSystemLoader(SJABLONEN), autoescape=False, trim_blocks=True, lstrip_blocks=True)
    return omgeving.get_template(naam)


def vrije_poort() -> int:
    with socket.socket() as proef:
        proef.bind(("127.0.0.1", 0))
        return proef.getsockname()[1]


def schrijf_lokale_configuratie(map_: Path, server_blok: str) -> Path:
    """A whole nginx configuration around one server block, writing nothing outside `map_`; returns its path."""
    (map_ / "intervisiewijzer.conf").write_text(server_blok, encoding="utf-8")
    hoofd = map_ / "nginx.conf"
    hoofd.write_text(_sjabloon("lokaal.conf.j2").render(map=map_, als_root=os.geteuid() == 0), encoding="utf-8")
    return hoofd


def nginx_opdracht(hoofd: Path, *extra: str) -> list[str]:
    return [NGINX, "-p", str(hoofd.parent), "-e", str(hoofd.parent / "error.log"), "-c", str(hoofd), *extra]


@contextlib.contextmanager
def serveer(site: Path, poort: int = 0) -> Iterator[str]:
    """Runs Debian's nginx with the site's configuration on 127.0.0.1 (a free port unless given) while the block runs."""
    if not Path(NGINX).exists():
        raise RuntimeError(f"{NGINX} ontbreekt; `make nginx` en `make test` installeren Debian's nginx")
    poort = poort or vrije_poort()
    with tempfile.TemporaryDirectory(prefix="nginx-") as werkmap:
        hoofd = schrijf_lokale_configuratie(Path(werkmap), configuratie(site, adres=f"127.0.0.1:{poort}", logboek="off"))
        proces = subprocess.Popen(nginx_opdracht(hoofd))
        try:
            basis = f"http://127.0.0.1:{poort}"
            _wacht_op(basis, proces, hoofd.parent / "error.log")
            yield basis
        finally:
            proces.terminate()
            proces.wait(timeout=10)


def _wacht_op(basis: str, proces: subprocess.Popen, log: Path) -> None:
    """Waits until nginx answers; if it stopped, its error log says why."""
    for _ in range(200):
        if proces.poll() is not None:
            raise RuntimeError(f"nginx stopte meteen:\n{log.read_text(encoding='utf-8') if log.exists() else ''}")
        with contextlib.suppress(OSError):
            urllib.request.urlopen(basis + "/", timeout=1).close()
            return
        time.sleep(0.05)
    raise RuntimeError(f"nginx antwoordt niet op {basis}")


def main(argumenten: list[str] | None = None) -> None:
    lezer = argparse.ArgumentParser(prog="python -m scripts.nginx", description=__doc__.splitlines()[0])
    taken = lezer.add_subparsers(dest="taak", required=True)
    config = taken.add_parser("configuratie", help="schrijf het server-blok voor een server met HTTPS")
    config.add_argument("--site", type=Path, default=PROJECT / "site", help="de gebouwde site, zoals hij op de server staat")
    config.add_argument("--servernaam", required=True, help="de domeinnaam, bijvoorbeeld intervisiewijzer.example.nl")
    config.add_argument("--certificaat", type=Path, help="het certificaat met de keten (standaard /etc/ssl/certs/<servernaam>.pem)")
    config.add_argument("--sleutel", type=Path, help="de privésleutel (standaard /etc/ssl/private/<servernaam>.key)")
    lokaal = taken.add_parser("serveer", help="serveer de gebouwde site met deze configuratie op 127.0.0.1")
    lokaal.add_argument("--site", type=Path, default=PROJECT / "site")
    lokaal.add_argument("--poort", type=int, default=8080)
    keuze = lezer.parse_args(argumenten)
    if not (keuze.site / "index.html").is_file():
        lezer.error(f"{keuze.site} is geen gebouwde site (index.html ontbreekt); bouw eerst met make build")
    if keuze.taak == "configuratie":
        tls = Tls(
            keuze.certificaat or Path(f"/etc/ssl/certs/{keuze.servernaam}.pem"),
            keuze.sleutel or Path(f"/etc/ssl/private/{keuze.servernaam}.key"),
        )
        print(configuratie(keuze.site.resolve(), servernaam=keuze.servernaam, tls=tls), end="")
        return
    with serveer(keuze.site, keuze.poort) as basis:
        print(f"nginx serveert {keuze.site} op {basis}/ (Ctrl+C stopt)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
