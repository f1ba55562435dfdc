"""ProperDocs, the continuation of MkDocs 1.x that mkdocs-redirects already installs, builds the same site:
the same pages with the same anchors. MkDocs 2 drops plugins, so this is the way on (see UPGRADE.md)."""

import re
from pathlib import Path

import pytest

from scripts.bouwen import bouw
from tests.conftest import PROJECT

ANKER = re.compile(r'\bid="([^"]+)"')


def paginas_en_ankers(site: Path) -> dict[str, set[str]]:
    return {pad.relative_to(site).as_posix(): set(ANKER.findall(pad.read_text(encoding="utf-8"))) for pad in site.rglob("*.html")}


@pytest.mark.traag
def test_properdocs_bouwt_dezelfde_paginas_met_dezelfde_ankers(request, tmp_path):
    """Asks for MkDocs' build of the site only after its own, so in `make test` both builds run at the same time."""
    doel = tmp_path / "properdocs"
    uit = bouw(PROJECT, doel, bouwer="properdocs")
    assert uit.returncode == 0, uit.stderr
    mkdocs, properdocs = paginas_en_ankers(request.getfixturevalue("site")), paginas_en_ankers(doel)
    assert set(properdocs) == set(mkdocs)
    assert {pagina for pagina in mkdocs if mkdocs[pagina] != properdocs[pagina]} == set()
