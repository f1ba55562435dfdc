"""Pydantic's English errors as Dutch sentences that name the field, the value found and what is allowed."""

from __future__ import annotations

import reprlib

from pydantic import ValidationError

_KORT = reprlib.Repr()
_KORT.maxlevel, _KORT.maxdict, _KORT.maxlist, _KORT.maxstring, _KORT.maxother = 2, 3, 3, 60, 60
"""Bounded: a value can be huge (a 5 MB text); it is never formatted whole."""


def fouten_als_zinnen(fout: ValidationError) -> list[str]:
    return [_zin(detail) for detail in fout.errors(include_url=False, include_input=True)]


def _zin(detail) -> str:
    veld = veldpad(detail["loc"])
    soort = detail["type"]
    context = detail.get("ctx") or {}
    if soort in ("value_error", "assertion_error"):
        bericht = str(context.get("error", detail["msg"]))
        return f"{veld}: {bericht}" if veld else bericht
    if soort == "missing":
        return f"{veld}: ontbreekt; dit veld is verplicht"
    if soort in ("too_long", "too_short") and isinstance(detail.get("input"), str):
        soort = f"string_{soort}"  # a length constraint on text, wrapped by a validator, is reported as a list's
    uitleg = _UITLEG.get(soort, "deze waarde is niet toegestaan")
    if callable(uitleg):
        uitleg = uitleg(context)
    return f"{veld}: waarde {toon(detail.get('input'))} klopt niet; {uitleg}"


def veldpad(loc: tuple) -> str:
    pad = ""
    for deel in loc:
        if isinstance(deel, int):
            pad += f"[{deel + 1}]"
        else:
            pad += f".{deel}" if pad else str(deel)
    return pad


def toon(waarde) -> str:
    tekst = _KORT.repr(waarde)
    return tekst if len(tekst) <= 80 else tekst[:77] + "..."


def _lijst(ctx) -> str:
    return "toegestaan: " + str(ctx.get("expected", "")).replace(" or ", ", ")


_UITLEG = {
    "int_type": "verwacht een heel getal, zoals 60",
    "int_parsing": "verwacht een heel getal, zoals 60",
    "int_from_float": "verwacht een heel getal, zonder komma",
    "string_type": "verwacht tekst",
    "list_type": "verwacht een lijst, zoals [a, b]",
    "dict_type": "verwacht velden met een naam, zoals {naam: tekst}",
    "model_type": "verwacht velden met een naam, zoals {min: 4, max: 8}",
    "model_attributes_type": "verwacht velden met een naam, zoals {min: 4, max: 8}",
    "extra_forbidden": "dit veld bestaat niet; zie SCHRIJFWIJZER.md voor de toegestane velden",
    "bool_type": "verwacht true of false",
    "literal_error": _lijst,
    "enum": _lijst,
    "greater_than_equal": lambda ctx: f"moet minstens {ctx.get('ge')} zijn",
    "less_than_equal": lambda ctx: f"mag hoogstens {ctx.get('le')} zijn",
    "too_short": lambda ctx: f"verwacht minstens {ctx.get('min_length')} item(s)",
    "too_long": lambda ctx: f"verwacht hoogstens {ctx.get('max_length')} item(s)",
    "string_too_short": lambda ctx: f"verwacht minstens {ctx.get('min_length')} teken(s)",
    "string_too_long": lambda ctx: f"mag hoogstens {ctx.get('max_length')} tekens lang zijn; maak hem korter",
    "string_pattern_mismatch": "verwacht kleine letters, cijfers en streepjes, zoals 'vijf-stappen'",
}
