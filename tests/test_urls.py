"""Stable links: every published address keeps working, renames need a redirect, anchors stay put."""

import re

import pytest

from scripts.urls import huidige_urls, kapotte_urls, lees_lijst
from tests.conftest import bouw, kopieer_project

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
    project = kopieer_project(tmp_path / "project")
    docs = project / "docs"
    (docs / "intervisie" / "spelregels.md").rename(docs / "intervisie" / "afspraken.md")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace("intervisie/spelregels.md", "intervisie/afspraken.md"), encoding="utf-8")
    oud = ["intervisie/spelregels/", "intervisie/spelregels/#storingen-hebben-voorrang"]

    zonder = tmp_path / "zonder"
    bouw(project, zonder, strikt=False)
    assert [melding.split(":")[0] for melding in kapotte_urls(zonder, oud)] == oud

    met_doorverwijzing = config.replace("intervisie/spelregels.md", "intervisie/afspraken.md").replace(
        "      redirect_maps:\n", "      redirect_maps:\n        intervisie/spelregels.md: intervisie/afspraken.md\n"
    )
    assert met_doorverwijzing.count("intervisie/spelregels.md: intervisie/afspraken.md") == 1
    (project / "mkdocs.yml").write_text(met_doorverwijzing, encoding="utf-8")
    met = tmp_path / "met"
    bouw(project, met, strikt=False)
    assert kapotte_urls(met, oud) == []


def test_elk_anker_op_een_werkvormpagina_bestaat(site):
    for pagina in (site / "werkvormen").glob("*/index.html"):
        html = pagina.read_text(encoding="utf-8")
        ankers = set(re.findall(r'\bid="([^"]+)"', html))
        doelen = set(re.findall(r'href="#([^"]+)"', html))
        assert doelen <= ankers, (pagina.parent.name, doelen - ankers)
