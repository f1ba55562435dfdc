"""Shared fixtures: one strict build of the real site, a local server for it, and Debian's Chromium.

Tests that drive Chromium or use the built site are marked `traag` here, from the fixtures they use; tests
that build a site of their own carry the mark themselves. `make test-snel` runs everything else in seconds.
"""

import contextlib
import functools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from scripts import nginx
from scripts.bouwen import bouw
from scripts.pdf import CHROMIUM, CHROMIUM_ARGS, ZOEKINDEX

PROJECT = Path(__file__).resolve().parent.parent


@functools.cache
def echte_catalogus():
    """The real content, read once per test session, however many modules ask for it."""
    from macros.catalog import laad_catalogus

    return laad_catalogus(PROJECT / "docs")


# Tests write nothing into the checkout: hypothesis keeps its caches in a temporary folder and no example
# database (pytest's own cache is off in pyproject.toml).
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="hypothesis-"))
# No deadline and no timing health check: under `make test` two processes and Chromium share two cores, and a
# generated example that took 200 ms failed a test that had found nothing wrong.
settings.register_profile("zonder-database", database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("zonder-database")

TRAGE_FIXTURES = {
    "bouwresultaat",
    "site",
    "server",
    "browser",
    "pagina",
    "modulepagina",
    "printpagina",
    "regels",
    "vijandige_site",
    "uitgepakt",
}


LANGSTE_EERST = (
    "test_print.py",
    "test_offline.py",
    "test_properdocs.py",
    "test_toegankelijkheid.py",
    "test_browser.py",
    "test_sessie.py",
    "test_kiezer.py",
    "test_zoeken.py",
    "test_urls.py",
    "test_planner.py",
    "test_eigenschappen.py",
    "test_nginx.py",
)
"""The files that take longest (over ten seconds), started first and longest first when `make test` runs in
parallel, so the processes end together on short files instead of one waiting while the other runs a long file
it drew last. The rest keep their random order.
The first process builds the real site for the print tests; the second starts with the two files that build a
site of their own (offline, ProperDocs) instead of waiting for it."""


def pytest_collection_modifyitems(items):
    for item in items:
        if TRAGE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.traag)
    items.sort(key=_volgorde)


def _volgorde(item) -> int:
    naam = item.path.name
    return LANGSTE_EERST.index(naam) if naam in LANGSTE_EERST else len(LANGSTE_EERST)


def kopieer_project(doel: Path) -> Path:
    """A throw-away copy of what the build reads, for tests that change content."""
    for naam in ("docs", "macros", "overrides", "data"):
        shutil.copytree(PROJECT / naam, doel / naam, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "mkdocs.yml", doel / "mkdocs.yml")
    return doel


@pytest.fixture(scope="session")
def bouwresultaat(tmp_path_factory, worker_id) -> tuple[Path, str]:
    """The one strict build of the real site in a test session: where it went and everything it printed.

    With `make test`'s parallel processes the first process to get here builds, the others wait and read it
    (the pattern pytest-xdist documents), so the site is built once however many processes run.
    """
    if worker_id == "master":
        return _bouw_echte_site(tmp_path_factory.mktemp("site"))
    gedeeld = tmp_path_factory.getbasetemp().parent
    doel, verslag = gedeeld / "echte-site", gedeeld / "echte-site.uitvoer"
    with FileLock(gedeeld / "echte-site.lock"):
        if not verslag.exists():
            _, uitvoer = _bouw_echte_site(doel)
            verslag.write_text(uitvoer, encoding="utf-8")
    return doel, verslag.read_text(encoding="utf-8")


def _bouw_echte_site(doel: Path) -> tuple[Path, str]:
    resultaat = bouw(PROJECT, doel)
    assert resultaat.returncode == 0, resultaat.stderr
    return doel, resultaat.stdout + resultaat.stderr


@pytest.fixture(scope="session")
def site(bouwresultaat) -> Path:
    return bouwresultaat[0]


@pytest.fixture(scope="session")
def server(site):
    """The built site behind Debian's nginx with the configuration in deploy/: every browser test runs under its
    Content-Security-Policy and the other headers a municipality's server sends."""
    with nginx.serveer(site) as basis:
        yield basis


BELEIDSFOUTEN = ("Content Security Policy", "Content-Security-Policy", "Permissions-Policy", "Permissions policy")
"""How Chromium starts the console error for anything a page does that the server's policies refuse."""


def bewaak_beleid(page) -> list[str]:
    """Collects what the page tries and the policies refuse (an inline script, a style attribute, a feature)."""
    geweigerd: list[str] = []
    page.on("console", lambda bericht: _beleidsfout(bericht) and geweigerd.append(bericht.text))
    return geweigerd


def _beleidsfout(bericht) -> bool:
    return bericht.type in ("error", "warning") and any(woord in bericht.text for woord in BELEIDSFOUTEN)


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt; `make test` installeert Debian's chromium")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


LEGE_ZOEKINDEX = {"config": {"lang": ["nl"], "separator": "[\\s\\-]+", "pipeline": ["stemmer", "stopWordFilter", "trimmer"]}, "docs": []}


def zonder_zoekindex(context) -> None:
    """An empty search index instead of the real one: at every page load Material's search worker fetches it (about
    2 MB) and builds the whole index, a second or more of CPU per page beside the test itself. Tests that search are
    marked `zoekindex` and get the real one. (Refusing the request instead breaks tests that run the page's clock.)"""
    context.route(f"**/{ZOEKINDEX}", lambda verzoek: verzoek.fulfill(json=LEGE_ZOEKINDEX))


@contextlib.contextmanager
def bewaakte_pagina(browser, met_zoekindex: bool = False, **opties) -> Iterator[tuple]:
    """A page in a context of its own, with the empty search index unless asked, and the list of what the server's
    policies refused on it (which the caller asserts empty at the end)."""
    context = browser.new_context(**opties)
    if not met_zoekindex:
        zonder_zoekindex(context)
    page = context.new_page()
    try:
        yield page, bewaak_beleid(page)
    finally:
        context.close()


@pytest.fixture(scope="module")
def modulepagina(browser):
    """One page for all tests of a module that keep nothing in the browser (the kiezer keeps its answers in the
    address): a context and a page per test cost about half a second each on two busy cores."""
    with bewaakte_pagina(browser, locale="nl-NL") as pagina_en_geweigerd:
        yield pagina_en_geweigerd


@pytest.fixture
def pagina(browser, request):
    met_zoekindex = request.node.get_closest_marker("zoekindex") is not None
    with bewaakte_pagina(browser, met_zoekindex, locale="nl-NL") as (page, geweigerd):
        yield page
    assert geweigerd == [], "de pagina deed iets wat het beveiligingsbeleid van de server weigert"
