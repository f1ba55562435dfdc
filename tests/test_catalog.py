"""Loading all content at once: front matter, cross-file rules, and every problem in one report."""

from pathlib import Path

import pytest

from macros.catalog import InhoudFout, bouw_catalogus, laad_catalogus
from macros.kaartcontrole import controleer_kaart, lees_en_controleer
from macros.lezen import Pagina, lees_pagina
from tests.conftest import echte_catalogus
from tests.kaarten import CASUS_BODY, als_bestand, geldige_casus, geldige_kaart


def schrijf(project: Path, naam: str, inhoud: str, map_: str = "werkvormen") -> None:
    (project / "docs" / map_).mkdir(parents=True, exist_ok=True)
    (project / "docs" / map_ / naam).write_text(inhoud, encoding="utf-8")


def problemen(project: Path) -> list[str]:
    with pytest.raises(InhoudFout) as fout:
        laad_catalogus(project / "docs")
    return [str(probleem) for probleem in fout.value.problemen]


def test_laadt_alle_werkvormen_en_slaat_het_overzicht_over(tmp_path):
    schrijf(tmp_path, "proefmethode.md", als_bestand(geldige_kaart()))
    schrijf(tmp_path, "tweede.md", als_bestand(geldige_kaart(id="tweede", titel="Aardige methode", verwant=["proefmethode"])))
    schrijf(tmp_path, "index.md", "---\ntitle: Werkvormen\n---\n# Werkvormen\n")
    catalogus = laad_catalogus(tmp_path / "docs")
    assert set(catalogus.werkvormen) == {"proefmethode", "tweede"}
    assert [w.id for w in catalogus.op_titel()] == ["tweede", "proefmethode"]
    assert catalogus.bodies["tweede"].lstrip().startswith("## Wanneer gebruik je deze werkvorm")


def test_yaml_fout_noemt_bestand_en_regel(tmp_path):
    schrijf(tmp_path, "kapot.md", "---\nid: kapot\ntitel: [niet gesloten\n---\n\n## Tekst\n")
    (melding,) = problemen(tmp_path)
    assert melding.startswith("docs/werkvormen/kapot.md: de YAML-kop is geen geldige YAML op regel")


def test_bestand_zonder_kop(tmp_path):
    schrijf(tmp_path, "leeg.md", "Alleen tekst.\n")
    assert problemen(tmp_path) == [
        "docs/werkvormen/leeg.md: geen YAML-kop gevonden; het bestand moet beginnen met een regel '---', de velden, en weer een regel '---'"
    ]


def test_kop_die_geen_velden_is(tmp_path):
    schrijf(tmp_path, "lijst.md", "---\n- a\n- b\n---\n")
    assert problemen(tmp_path) == [
        "docs/werkvormen/lijst.md: de YAML-kop is geen rij velden met een naam (zoals 'titel: ...'), maar een losse waarde of lijst"
    ]


def test_id_moet_gelijk_zijn_aan_bestandsnaam(tmp_path):
    schrijf(tmp_path, "andere-naam.md", als_bestand(geldige_kaart()))
    assert problemen(tmp_path) == [
        "docs/werkvormen/andere-naam.md: id: 'proefmethode' is niet gelijk aan de bestandsnaam; gebruik 'andere-naam' "
        "(of hernoem het bestand naar proefmethode.md als die id nog vrij is)"
    ]


def test_dubbele_id_wordt_gemeld():
    tekst = als_bestand(geldige_kaart())
    paginas = [lees_pagina(tekst, "werkvormen/proefmethode.md"), lees_pagina(tekst, "elders/proefmethode.md")]
    with pytest.raises(InhoudFout) as fout:
        bouw_catalogus([controleer_kaart(pagina) for pagina in paginas])
    assert "id: 'proefmethode' wordt ook gebruikt in werkvormen/proefmethode.md; elke id is uniek" in str(fout.value)


def test_onbekende_verwante_werkvorm(tmp_path):
    schrijf(tmp_path, "proefmethode.md", als_bestand(geldige_kaart(verwant=["bestaat-niet"])))
    assert problemen(tmp_path) == [
        "docs/werkvormen/proefmethode.md: verwant: 'bestaat-niet' is geen bestaande werkvorm; "
        "gebruik de id van een bestand in docs/werkvormen/"
    ]


def test_alle_problemen_van_alle_bestanden_in_een_keer(tmp_path):
    schrijf(tmp_path, "proefmethode.md", als_bestand(geldige_kaart(niveau="expert", vraagtypes=["ruzie"])))
    schrijf(tmp_path, "kapot.md", "---\n: :\n---\n")
    schrijf(tmp_path, "tweede.md", als_bestand(geldige_kaart(id="tweede"), body="Geen kopjes hier."))
    meldingen = problemen(tmp_path)
    assert len(meldingen) == 4, meldingen
    assert {m.split(":")[0] for m in meldingen} == {
        "docs/werkvormen/proefmethode.md",
        "docs/werkvormen/kapot.md",
        "docs/werkvormen/tweede.md",
    }


def test_foutmelding_somt_alles_op():
    fout = InhoudFout([])
    assert str(fout).startswith("De inhoud bevat 0 fout(en)")


def test_pagina_zonder_body():
    pagina = lees_pagina("---\nid: x\n---", "x.md")
    assert pagina == Pagina("x.md", {"id": "x"}, "", "---\nid: x\n---")


def test_eerste_bodyregel():
    assert lees_pagina("---\nid: x\n---\n\n## Kop\n", "x.md").eerste_bodyregel == 4


def test_echte_inhoud_is_geldig():
    catalogus = echte_catalogus()
    assert "incidentmethode" in catalogus.werkvormen


def met_casus(project: Path, casus_tekst: str) -> None:
    schrijf(project, "proefmethode.md", als_bestand(geldige_kaart()))
    schrijf(project, "proefcasus.md", casus_tekst, "casussen")


def test_casus_wordt_geladen_en_gekoppeld(tmp_path):
    met_casus(tmp_path, als_bestand(geldige_casus(), CASUS_BODY))
    catalogus = laad_catalogus(tmp_path / "docs")
    assert catalogus.casussen["proefcasus"].themas == ["gekanteld-werken"]
    assert [c.id for c in catalogus.casussen_met_werkvorm("proefmethode")] == ["proefcasus"]


def test_casus_met_onbekende_werkvorm_en_thema(tmp_path):
    met_casus(tmp_path, als_bestand(geldige_casus(werkvormen=["bestaat-niet"]), CASUS_BODY))
    assert problemen(tmp_path) == [
        "docs/casussen/proefcasus.md: werkvormen: 'bestaat-niet' is geen bestaande werkvorm; "
        "gebruik de id van een bestand in docs/werkvormen/"
    ]
    met_casus(tmp_path, als_bestand(geldige_casus(**{"thema's": ["geluk"]}), CASUS_BODY))
    (melding,) = problemen(tmp_path)
    assert melding.startswith("docs/casussen/proefcasus.md: thema's[1]: waarde 'geluk' klopt niet; toegestaan: ")


def test_een_pseudoniem_staat_maar_in_een_casus(tmp_path):
    """Two cases with the same first name read as one person; the second file is named, with the first."""
    met_casus(tmp_path, als_bestand(geldige_casus(), CASUS_BODY))
    tweede = geldige_casus(id="tweede-casus", pseudoniemen=["Bram", "Anouk"])
    schrijf(tmp_path, "tweede-casus.md", als_bestand(tweede, CASUS_BODY), "casussen")
    assert problemen(tmp_path) == [
        "docs/casussen/tweede-casus.md: pseudoniemen: 'Anouk' staat ook in docs/casussen/proefcasus.md; "
        "kies een voornaam die nog nergens op de site gebruikt is"
    ]
    schrijf(tmp_path, "tweede-casus.md", als_bestand(geldige_casus(id="tweede-casus", pseudoniemen=["Bram"]), CASUS_BODY), "casussen")
    assert set(laad_catalogus(tmp_path / "docs").casussen) == {"proefcasus", "tweede-casus"}


def test_casus_met_verkeerde_kopjes(tmp_path):
    met_casus(tmp_path, als_bestand(geldige_casus(), CASUS_BODY.replace("## Resultaat", "## Uitkomst")))
    (melding,) = problemen(tmp_path)
    assert "verplicht zijn precies deze '## '-kopjes in deze volgorde: Situatie, Vraag, Aanpak, Resultaat, Leerpunten" in melding


def test_persoonsgegevens_in_een_casus_stoppen_de_build(tmp_path):
    body = CASUS_BODY.replace("## Vraag\n", "## Vraag\n\nBel Marieke op 06-12345678.\n")
    met_casus(tmp_path, als_bestand(geldige_casus(), body))
    meldingen = problemen(tmp_path)
    regel = als_bestand(geldige_casus(), body).splitlines().index("Bel Marieke op 06-12345678.") + 1
    assert f"docs/casussen/proefcasus.md: regel {regel}: telefoonnummer '06-12345678' gevonden; " in meldingen[0]
    assert any("persoonsnaam 'Marieke'" in m for m in meldingen)


def test_bronnen_van_een_casus_mogen_auteurs_noemen(tmp_path):
    bron = {"soort": "boek", "auteurs": ["Jeroen Hendriksen"], "titel": "Intervisie bij werkproblemen", "jaar": 2016, "uitgever": "Boom"}
    met_casus(tmp_path, als_bestand(geldige_casus(bronnen=[bron]), CASUS_BODY))
    assert laad_catalogus(tmp_path / "docs").casussen["proefcasus"].bronnen[0].auteurs == ["Jeroen Hendriksen"]


def test_voorbeeld_in_een_werkvorm_wordt_gecontroleerd(tmp_path):
    body = als_bestand(geldige_kaart()).split("---\n\n", 1)[1] + "\nDe gezinswerker in Leerdam belde.\n"
    tekst = als_bestand(geldige_kaart(), body)
    schrijf(tmp_path, "proefmethode.md", tekst)
    (melding,) = problemen(tmp_path)
    regel = tekst.splitlines().index("De gezinswerker in Leerdam belde.") + 1
    assert melding.startswith(f"docs/werkvormen/proefmethode.md: regel {regel}: gemeente 'Leerdam' gevonden")


def test_begrippen_worden_gelezen_en_gecontroleerd(tmp_path):
    schrijf(tmp_path, "proefmethode.md", als_bestand(geldige_kaart()))
    wmo = "  - term: Wmo\n    uitleg: Wet maatschappelijke ondersteuning.\n    vormen: [Wmo]\n"
    (tmp_path / "docs" / "begrippen.md").write_text(f"---\nbegrippen:\n{wmo}---\n", encoding="utf-8")
    assert laad_catalogus(tmp_path / "docs").begrippen[0].term == "Wmo"
    wet = "  - term: Wet\n    uitleg: Een andere uitleg.\n    vormen: [Wmo]\n"
    (tmp_path / "docs" / "begrippen.md").write_text(f"---\nbegrippen:\n{wmo}{wet}---\n", encoding="utf-8")
    assert problemen(tmp_path) == ["docs/begrippen.md: begrippen: vorm 'Wmo' staat bij 'Wmo' en bij 'Wet'; een vorm hoort bij één begrip"]


def test_een_bewaarde_controle_ziet_elke_wijziging(tmp_path):
    """While `make serve` runs, an unchanged file is not checked again, and a changed file always is."""
    kaart = geldige_kaart()
    schrijf(tmp_path, "proefmethode.md", als_bestand(kaart))
    laad_catalogus(tmp_path / "docs")
    treffers = lees_en_controleer.cache_info().hits
    laad_catalogus(tmp_path / "docs")
    assert lees_en_controleer.cache_info().hits == treffers + 1
    kaart["stappen"][0]["wat"] = "De inbrenger belt 06-12345678 en vertelt."
    schrijf(tmp_path, "proefmethode.md", als_bestand(kaart))
    assert problemen(tmp_path) == [
        "docs/werkvormen/proefmethode.md: stappen[1].wat: telefoonnummer '06-12345678' gevonden; "
        "een telefoonnummer wijst direct naar een persoon of organisatie"
    ]
