"""Stable links: every published address keeps working, renames need a redirect, anchors stay put."""

import re

import pytest
import yaml

from scripts.urls import huidige_urls, kapotte_urls, lees_lijst
from tests.conftest import bouw
from tests.sites import klein_project

pytestmark = pytest.mark.traag  # every test here builds a site


def test_elk_gepubliceerd_adres_en_anker_werkt(site):
    assert kapotte_urls(site, lees_lijst()) == []


def test_elke_pagina_en_elk_stapanker_staat_in_de_lijst(site):
    ontbreekt = sorted(set(huidige_urls(site)) - set(lees_lijst()))
    assert not ontbreekt, f"Nieuwe adressen: voer `make urls` uit om ze toe te voegen: {ontbreekt[:10]}"


def test_lijst_bevat_werkvormen_casussen_bakens_en_stappen():
    lijst = lees_lijst()
    assert "werkvormen/incidentmethode/" in lijst and "werkvormen/incidentmethode/#stap-3" in lijst
    assert "casussen/vraagverlegenheid-aan-de-keukentafel/" in lijst
    assert "principes/eigen-kracht/" in lijst


def test_hernoemen_vraagt_een_doorverwijzing(tmp_path):
    """A renamed page breaks its old address and anchors, unless mkdocs-redirects sends them to the new page."""
    project = klein_project(tmp_path / "project")
    (project / "docs" / "intervisie").mkdir()
    (project / "docs" / "intervisie" / "afspraken.md").write_text(
        "# Spelregels\n\n## Storingen hebben voorrang\n\nWie niet bij het gesprek kan blijven, zegt dat.\n", encoding="utf-8"
    )
    oud = ["intervisie/spelregels/", "intervisie/spelregels/#storingen-hebben-voorrang"]

    zonder = tmp_path / "zonder"
    bouw(project, zonder, strikt=False)
    assert [melding.split(":")[0] for melding in kapotte_urls(zonder, oud)] == oud

    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"].append({"redirects": {"redirect_maps": {"intervisie/spelregels.md": "intervisie/afspraken.md"}}})
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    met = tmp_path / "met"
    bouw(project, met, strikt=False)
    assert kapotte_urls(met, oud) == []


def test_elk_anker_op_een_werkvormpagina_bestaat(site):
    for pagina in (site / "werkvormen").glob("*/index.html"):
        html = pagina.read_text(encoding="utf-8")
        ankers = set(re.findall(r'\bid="([^"]+)"', html))
        doelen = set(re.findall(r'href="#([^"]+)"', html))
        assert doelen <= ankers, (pagina.parent.name, doelen - ankers)
