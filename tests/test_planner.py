"""The bijeenkomst planner: its data file, the data script, and in Chromium the agenda, the shared link, the
printout and the session from opening to closing."""

import itertools
import json
import re
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from macros.bijeenkomst import BESTAND, BijeenkomstFout, laad_onderdelen, plannergegevens
from macros.model import rol_label
from macros.plek import Plek
from scripts.pdf import print_naar_pdf
from tests.conftest import PROJECT, echte_catalogus
from tests.test_print import als_regel, pdf_tekst

PLAN = "?start=13:30&totaal=120&opening=opening&werkvorm1=incidentmethode&werkvorm2=troika-consulting&afsluiting=evaluatie"


def test_elke_opening_en_afsluiting_verwijst_naar_een_bestaande_pagina_en_anker():
    onderdelen = laad_onderdelen(PROJECT)
    for onderdeel in [*onderdelen.openingen, *onderdelen.afsluitingen]:
        pagina = PROJECT / "docs" / onderdeel.pagina
        assert pagina.is_file(), onderdeel.id
        if onderdeel.anker:
            koppen = re.findall(r"^#+ (.+)$", pagina.read_text(encoding="utf-8"), flags=re.MULTILINE)
            assert onderdeel.anker in {re.sub(r"[^a-z0-9]+", "-", kop.lower()).strip("-") for kop in koppen}, onderdeel.id


def test_een_kapot_gegevensbestand_geeft_een_nederlandse_melding(tmp_path: Path):
    (tmp_path / "data").mkdir()
    gegevens = yaml.safe_load((PROJECT / BESTAND).read_text(encoding="utf-8"))
    gegevens["openingen"][0]["minuten"] = "vijf"
    (tmp_path / BESTAND).write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BijeenkomstFout, match=r"data/bijeenkomst.yml: openingen\[1\]\.minuten"):
        laad_onderdelen(tmp_path)


def test_de_plannergegevens_zijn_een_script_met_elke_werkvorm():
    script = plannergegevens(echte_catalogus(), laad_onderdelen(PROJECT), Plek("planner.md"))
    assert script.startswith("window.IntervisiePlanner = ") and "</script" not in script.lower()
    gegevens = json.loads(script.removeprefix("window.IntervisiePlanner = ").rstrip().removesuffix(";"))
    assert [w["id"] for w in gegevens["werkvormen"]] == [w.id for w in echte_catalogus().op_titel()]
    assert gegevens["werkvormen"][0]["url"].startswith("../werkvormen/")


def agenda(pagina) -> list[tuple[str, str, int]]:
    rijen = pagina.locator(".planner-agenda tbody tr").all()
    uit = []
    for rij in rijen:
        tijd, deel, duur = rij.locator("td").all_inner_texts()
        uit.append((tijd, deel, int(duur.split()[0]) if duur else 0))
    return uit


def minuten(klok: str) -> int:
    uur, minuut = klok.split(":")
    return int(uur) * 60 + int(minuut)


def test_de_agenda_telt_op_en_de_link_brengt_het_plan_terug(pagina, server):
    pagina.goto(f"{server}/planner/{PLAN}")
    rijen = agenda(pagina)
    hoofd = [r for r in rijen if not re.match(r"^\d+\. ", r[1])]
    assert [r[1].split(" (")[0] for r in hoofd] == ["Opening", "Incidentmethode", "Troika Consulting", "Evaluatie", "Einde"]
    for (tijd, _, duur), (volgende, _, _) in itertools.pairwise(hoofd):
        assert minuten(volgende) == minuten(tijd) + duur
    assert hoofd[-1][0] == "15:30", "begin 13:30 plus 120 minuten"
    catalogus = echte_catalogus()
    for id_, (_, _, duur) in zip(("incidentmethode", "troika-consulting"), hoofd[1:3], strict=True):
        assert catalogus.werkvormen[id_].kortste_duur <= duur <= catalogus.werkvormen[id_].duur
    stappen = [r for r in rijen if re.match(r"^\d+\. ", r[1])]
    assert sum(r[2] for r in stappen) == hoofd[1][2] + hoofd[2][2], "de stappen tellen op tot hun werkvorm"
    assert pagina.get_by_label("Tweede werkvorm").input_value() == "troika-consulting"
    pagina.get_by_label("Hoeveel minuten duurt de bijeenkomst?").fill("100")
    adres = pagina.evaluate("location.href")
    assert "totaal=100" in adres
    pagina.goto(adres)
    assert pagina.get_by_label("Hoeveel minuten duurt de bijeenkomst?").input_value() == "100"


def test_te_weinig_tijd_zegt_hoeveel_er_nodig_is(pagina, server):
    pagina.goto(f"{server}/planner/?totaal=30&werkvorm1=incidentmethode&afsluiting=evaluatie")
    nodig = echte_catalogus().werkvormen["incidentmethode"].kortste_duur + 10
    melding = f"Dit past niet in 30 minuten: met deze keuzes heb je minstens {nodig} minuten nodig."
    assert pagina.locator(".planner-fout").inner_text() == melding
    assert pagina.locator(".planner-acties").is_hidden()


def test_de_sessie_loopt_van_opening_tot_afsluiting(pagina, server):
    pagina.goto(f"{server}/planner/{PLAN}")
    pagina.get_by_role("button", name="Start de sessie").click()
    scherm = pagina.locator(".sessie[role=dialog]")
    catalogus = echte_catalogus()
    namen = ["Opening"]
    namen += [f"Incidentmethode: {s.naam}" for s in catalogus.werkvormen["incidentmethode"].stappen]
    namen += [f"Troika Consulting: {s.naam}" for s in catalogus.werkvormen["troika-consulting"].stappen]
    namen += ["Evaluatie"]
    gezien = [scherm.locator("h2").inner_text()]
    scherm.get_by_role("button", name="Volgende stap").click()
    eerste = catalogus.werkvormen["incidentmethode"].stappen[0]
    taken = [f"{rol_label(rol)}: {taak}" for rol, taak in eerste.taken.items()]
    assert scherm.locator(".sessie-taken li").all_inner_texts() == taken, "wie wat doet, ook in een plan"
    scherm.get_by_role("button", name="Vorige stap").click()
    while not scherm.get_by_role("button", name="Volgende stap").is_disabled():
        scherm.get_by_role("button", name="Volgende stap").click()
        gezien.append(scherm.locator("h2").inner_text())
    assert gezien == namen
    assert scherm.locator(".sessie-totaal").inner_text().startswith("Nog 10:00")


def test_het_plan_print_als_een_document(pagina, server, tmp_path):
    pdf = print_naar_pdf(pagina, f"{server}/planner/{PLAN}", tmp_path / "plan.pdf")
    paginas = [als_regel(tekst) for tekst in pdf_tekst(pdf)]
    assert "Agenda" in paginas[0] and "13:30 Opening" in paginas[0]
    assert "Hoeveel minuten" not in " ".join(paginas), "het formulier hoort niet op papier"
    assert any(p.lstrip().startswith("Incidentmethode (") and "Rollen" in p for p in paginas[1:])
    assert any(p.lstrip().startswith("Troika Consulting (") for p in paginas[1:])
    assert len(PdfReader(pdf).pages) >= 3
