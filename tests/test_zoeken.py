"""The stemming patch for Material's search worker: applied exactly, and loud when Material changes."""

from pathlib import Path

import material
import pytest

from macros.zoeken import VERVANGINGEN, WERKER_PATROON, ZoekPatchFout, patch_zoekwerker, stam_ook_met_jokerteken

THEMA = Path(material.__file__).parent / "templates"


def test_de_vastgepinde_material_werker_laat_zich_patchen():
    (werker,) = THEMA.glob(WERKER_PATROON)
    origineel = werker.read_text(encoding="utf-8")
    gepatcht = stam_ook_met_jokerteken(origineel)
    for oud, nieuw in VERVANGINGEN:
        assert oud not in gepatcht
        assert nieuw in gepatcht


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
