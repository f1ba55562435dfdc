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


def test_aliassen_komen_in_het_eigen_zoekveld_van_de_pagina():
    from macros.zoeken import met_aliassen

    index = {"docs": [{"location": "werkvormen/a/"}, {"location": "werkvormen/a/#stap-1"}, {"location": "b/"}]}
    uit = met_aliassen(index, {"werkvormen/a/": ["moreel beraad", "MCD"]})
    assert uit["docs"][0]["aliassen"] == "moreel beraad MCD"
    assert "aliassen" not in uit["docs"][1] and "aliassen" not in uit["docs"][2]


def test_zoekindex_van_de_site_kent_de_aliassen(site):
    import json

    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pagina = next(d for d in index["docs"] if d["location"] == "werkvormen/dilemmamethode/")
    assert "moreel beraad" in pagina["aliassen"]
    assert index["config"]["fields"]["aliassen"]["boost"] == 500
