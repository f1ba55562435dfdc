"""The team folder: one part up to DEEL_GROOTTE werkvormen, more parts after that, each part's sheets once."""

import shutil

import pytest
import yaml

from macros import teammap
from macros.catalog import Catalogus
from macros.model import Werkvorm
from macros.plek import Plek
from macros.printen import PrintInfo
from tests.conftest import PROJECT, bouw
from tests.kaarten import GELDIGE_BODY, als_bestand, geldige_kaart
from tests.sites import klein_project

TITELS = {"appel": "Appelmethode", "bes": "Bessenronde", "citroen": "Citroengesprek"}


def werkvormen() -> dict[str, Werkvorm]:
    return {id_: Werkvorm.model_validate(geldige_kaart(id=id_, titel=titel)) for id_, titel in TITELS.items()}


def info(id_: str) -> PrintInfo:
    return PrintInfo(f"https://x.nl/werkvormen/{id_}/", "<svg></svg>", "1 mei 2026")


def deel(nummer: int, plek: Plek) -> str:
    return teammap.teammap(Catalogus(werkvormen()), plek, {"deel": nummer}, info)


@pytest.mark.parametrize(("werkvormen_", "delen"), [(0, 1), (1, 1), (100, 1), (101, 2), (3000, 30)])
def test_aantal_delen(werkvormen_, delen):
    assert teammap.aantal_delen(werkvormen_) == delen


def test_een_kleine_bibliotheek_heeft_een_teammap_zonder_delen():
    tekst = teammap.teammap(Catalogus(werkvormen()), Plek("teammap.md"), {}, info)
    assert "## Delen" not in tekst
    koppen = [regel for regel in tekst.splitlines() if regel.startswith("## ")]
    assert koppen == ["## Inhoud", *(f"## {titel} {{#{id_}}}" for id_, titel in TITELS.items())]


def test_een_grote_bibliotheek_verdeelt_de_teammap_op_titel(monkeypatch):
    monkeypatch.setattr(teammap, "DEEL_GROOTTE", 2)
    eerste, tweede = deel(1, Plek("teammap.md")), deel(2, Plek("teammap/deel-2.md"))
    assert "{#appel}" in eerste and "{#bes}" in eerste and "{#citroen}" not in eerste
    assert "{#citroen}" in tweede and "{#appel}" not in tweede
    assert "[Deel 2: Citroengesprek tot en met Citroengesprek](teammap/deel-2.md), 1 werkvormen" in eerste
    assert "**Deel 1: Appelmethode tot en met Bessenronde** (deze pagina), 2 werkvormen" in eerste
    assert "[Deel 1: Appelmethode tot en met Bessenronde](../teammap.md)" in tweede


def test_een_deel_dat_er_niet_is_geeft_een_melding(monkeypatch):
    monkeypatch.setattr(teammap, "DEEL_GROOTTE", 2)
    with pytest.raises(ValueError, match="deel: 3 bestaat niet; de teammap heeft 2 delen"):
        deel(3, Plek("teammap/deel-3.md"))


def test_de_bron_van_een_deel_vraagt_het_deel_aan_de_macros():
    kop, _, body = teammap.deelbron(2, 3).removeprefix("---\n").partition("---\n")
    assert yaml.safe_load(kop) == {
        "title": "Teammap, deel 2 van 3",
        "description": "Deel 2 van de teammap om af te drukken, elke werkvorm op een nieuwe pagina.",
        "genereer": "teammap",
        "deel": 2,
        "search": {"exclude": True},
    }
    assert body.strip().endswith("<!-- overzicht -->")


@pytest.mark.traag
def test_de_build_maakt_de_delen_en_hun_links_werken(tmp_path):
    """A strict build of a small site with parts of two: the hook adds part 2, and every link between them resolves."""
    project = klein_project(tmp_path / "project")
    for id_, titel in TITELS.items():
        kaart = als_bestand(geldige_kaart(id=id_, titel=titel), GELDIGE_BODY)
        (project / "docs" / "werkvormen" / f"{id_}.md").write_text(kaart, encoding="utf-8")
    shutil.copy(PROJECT / "docs" / "teammap.md", project / "docs" / "teammap.md")
    bronbestand = project / "macros" / "teammap.py"
    bronbestand.write_text(bronbestand.read_text(encoding="utf-8").replace("DEEL_GROOTTE = 100", "DEEL_GROOTTE = 2"), encoding="utf-8")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["hooks"] = ["macros/mkdocs_bron.py"]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    resultaat = bouw(project, tmp_path / "site")
    assert resultaat.returncode == 0, resultaat.stderr
    eerste = (tmp_path / "site" / "teammap" / "index.html").read_text(encoding="utf-8")
    tweede = (tmp_path / "site" / "teammap" / "deel-2" / "index.html").read_text(encoding="utf-8")
    assert 'href="deel-2/"' in eerste and 'href="../"' in tweede
    assert 'id="appel"' in eerste and 'id="citroen"' not in eerste
    assert 'id="citroen"' in tweede and 'id="proefmethode"' in tweede
    assert "<title>Teammap, deel 2 van 2" in tweede
