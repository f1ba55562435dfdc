"""The stemming patch for Material's search worker: applied exactly, and loud when Material changes."""

import json
import subprocess
import sys
from pathlib import Path

import material
import pytest

from macros.zoeken import VERVANGINGEN, WERKER_PATROON, ZoekPatchFout, patch_zoekwerker, stam_ook_met_jokerteken
from scripts.bouwen import omgeving

THEMA = Path(material.__file__).parent / "templates"
OMGEVING = omgeving()


def test_de_vastgepinde_material_werker_laat_zich_patchen():
    (werker,) = THEMA.glob(WERKER_PATROON)
    origineel = werker.read_text(encoding="utf-8")
    for oud, nieuw in VERVANGINGEN:
        assert origineel.count(oud) == 1, f"Material's werker bevat deze code niet meer precies één keer: {oud}"
        assert nieuw not in origineel
    gepatcht = stam_ook_met_jokerteken(origineel)
    assert [gepatcht.count(nieuw) for _, nieuw in VERVANGINGEN] == [1] * len(VERVANGINGEN)


def test_een_gewijzigde_werker_stopt_de_build():
    with pytest.raises(ZoekPatchFout, match=r"Controleer macros/zoeken\.py"):
        stam_ook_met_jokerteken("function andereWerker(){}")


def test_patch_schrijft_de_werker_in_de_site(tmp_path):
    werker = tmp_path / "assets" / "javascripts" / "workers" / "search.abc.min.js"
    werker.parent.mkdir(parents=True)
    werker.write_text("a;" + ";".join(oud for oud, _ in VERVANGINGEN) + ";b", encoding="utf-8")
    assert patch_zoekwerker(tmp_path) == werker
    assert werker.read_text(encoding="utf-8") == "a;" + ";".join(nieuw for _, nieuw in VERVANGINGEN) + ";b"


def test_gebouwde_site_heeft_de_gepatchte_werker(site):
    (werker,) = site.glob(WERKER_PATROON)
    assert VERVANGINGEN[0][1] in werker.read_text(encoding="utf-8")


def test_zoekindex_van_de_site_kent_de_aliassen(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pagina = next(d for d in index["docs"] if d["location"] == "werkvormen/dilemmamethode/")
    assert "moreel beraad" in pagina["aliassen"]
    assert index["config"]["fields"]["aliassen"]["boost"] == 500


def test_patch_een_tweede_keer_verandert_niets(tmp_path):
    werker = tmp_path / "assets" / "javascripts" / "workers" / "search.abc.min.js"
    werker.parent.mkdir(parents=True)
    werker.write_text("a;" + ";".join(oud for oud, _ in VERVANGINGEN) + ";b", encoding="utf-8")
    patch_zoekwerker(tmp_path)
    eenmaal = werker.read_text(encoding="utf-8")
    patch_zoekwerker(tmp_path)
    assert werker.read_text(encoding="utf-8") == eenmaal


def test_een_site_zonder_zoekfunctie_heeft_niets_te_patchen(tmp_path):
    assert patch_zoekwerker(tmp_path) is None


@pytest.mark.traag
def test_dirty_build_en_build_zonder_zoeken(tmp_path):
    """`mkdocs build --dirty` over an existing site patches an already patched worker; without search, no worker."""
    import yaml

    from tests.conftest import bouw
    from tests.sites import klein_project

    project = klein_project(tmp_path / "project")
    assert bouw(project, project / "site").returncode == 0
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    (project / "mkdocs.yml").write_text(yaml.safe_dump({**config, "strict": False}), encoding="utf-8")  # --dirty always warns
    tweede = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--dirty", "--site-dir", str(project / "site")],
        cwd=project,
        capture_output=True,
        text=True,
        env=OMGEVING,
    )
    assert tweede.returncode == 0, tweede.stderr
    assert "ZoekPatchFout" not in tweede.stderr and "Traceback" not in tweede.stderr
    config["plugins"] = [p for p in config["plugins"] if "search" not in p]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    zonder = bouw(project, tmp_path / "zonder-zoeken")
    assert zonder.returncode == 0, zonder.stderr


def test_zoekindex_draagt_geen_knoppen_keuzelijsten_of_printtekst(site):
    """Search finds what a page says, not its controls: no button labels, select options, clock column or role cards."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tekst = {d["location"]: d["text"] for d in index["docs"]}
    werkvorm = " ".join(t for plek, t in tekst.items() if plek.startswith("werkvormen/incidentmethode/"))
    for bedieningstekst in ("Sessieduur", "Start de sessie", "Print de rolkaarten", "Noteer hier de kloktijd", "Klok"):
        assert bedieningstekst not in werkvorm
    assert "Bewaakt de volgorde van de ronden" in tekst["werkvormen/incidentmethode/#rollen"]
    rolkaarten = tekst["werkvormen/incidentmethode/#rolkaarten"]
    assert "Knip de kaarten uit" in rolkaarten and "Bewaakt de volgorde" not in rolkaarten
    kiezer = tekst["kiezer/"]
    assert "Welke werkvorm past bij jullie" in kiezer
    assert not any(woord in kiezer for woord in ("Maakt niet uit", "Verras ons", "Kopieer de link", "45 minuten"))
