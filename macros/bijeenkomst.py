"""A whole bijeenkomst: the openings and closings the planner offers (data/bijeenkomst.yml), read and checked
once, and the data the planner page runs on (every werkvorm's steps and roles, as a script file).

The planner's data is a script (`window.IntervisiePlanner = {...}`), not JSON to fetch: a browser opening the
offline copy from file:// runs a script beside the page but refuses to fetch a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, StrictInt, ValidationError

from macros.basis import Strikt
from macros.catalog import Catalogus
from macros.lezen import LeesFout, lees_tekst, lees_yaml
from macros.meldingen import fouten_als_zinnen
from macros.model import Slug, rol_label
from macros.opmaak import json_in_html
from macros.plek import Plek
from macros.scriptgegevens import LEERVERSLAG
from macros.stappenplan import sprekers
from macros.tekstregels import EEN_REGEL, Max, Tekst

BESTAND = "data/bijeenkomst.yml"
PLANNERPAGINA = "planner.md"
PLANNERGEGEVENS = "javascripts/planner-gegevens.js"


class Onderdeel(Strikt):
    """An opening or a closing: what happens, how long, and the site's page that describes it."""

    id: Slug
    naam: Annotated[Tekst, Max(60), EEN_REGEL]
    minuten: Annotated[StrictInt, Field(ge=1, le=60)]
    wat: Annotated[Tekst, Max(400)]
    pagina: Annotated[str, Field(pattern=r"^[a-z0-9/-]+\.md$")]
    anker: Annotated[str, Field(pattern=r"^[a-z0-9-]*$")] = ""


class Onderdelen(Strikt):
    openingen: Annotated[list[Onderdeel], Field(min_length=1)]
    afsluitingen: Annotated[list[Onderdeel], Field(min_length=1)]


class BijeenkomstFout(ValueError):
    """The data file cannot be used; the message names the file and each problem."""


def laad_onderdelen(project: Path) -> Onderdelen:
    """The openings and closings; that their pages exist is checked by tests/test_planner.py on the real site."""
    try:
        return Onderdelen.model_validate(lees_yaml(lees_tekst(project / BESTAND), eerste_regel=1))
    except LeesFout as fout:
        raise BijeenkomstFout(f"{BESTAND}: {fout}") from None
    except ValidationError as fout:
        raise BijeenkomstFout("\n".join(f"{BESTAND}: {zin}" for zin in fouten_als_zinnen(fout))) from None


def plannergegevens(catalogus: Catalogus, onderdelen: Onderdelen, plek: Plek) -> str:
    """The planner's script: werkvormen with what a plan, its printout and its session need, URLs from `plek`."""
    werkvormen = [
        {
            "id": w.id,
            "titel": w.titel,
            "url": plek.url(f"werkvormen/{w.id}.md"),
            "duur": w.duur,
            "kortste_duur": w.kortste_duur,
            "stappen": [
                {
                    "naam": s.naam,
                    "minuten": s.minuten,
                    "wie": sprekers(s),
                    "wat": s.wat,
                    "taken": [{"rol": rol_label(rol), "taak": taak} for rol, taak in s.taken.items()],
                    "vragen": s.vragen,
                }
                for s in w.stappen
            ],
            "rollen": [{"label": r.label, "taak": r.taak} for r in w.rollen],
        }
        for w in catalogus.op_titel()
    ]

    def als_gegevens(onderdeel: Onderdeel) -> dict:
        return {**onderdeel.model_dump(exclude={"pagina", "anker"}), "url": plek.url(onderdeel.pagina, onderdeel.anker)}

    gegevens = {
        "werkvormen": werkvormen,
        "openingen": [als_gegevens(o) for o in onderdelen.openingen],
        "afsluitingen": [als_gegevens(o) for o in onderdelen.afsluitingen],
        "leerverslag": plek.url(LEERVERSLAG),
    }
    return f"window.IntervisiePlanner = {json_in_html(gegevens)};\n"
