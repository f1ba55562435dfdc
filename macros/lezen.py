"""Reading one content file: bytes to text to front matter and body, with a Dutch sentence for every way it fails.

Authors save files from many editors. A wrong encoding, a byte-order mark, a
duplicate key (YAML would quietly keep the last) or a YAML alias (a few lines
can expand to gigabytes) must each stop with one clear message, never with a
traceback or a hang.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

MAX_BESTAND = 200_000
"""Bytes; the longest page is about a tenth of this. A larger file is a mistake, and would slow every build."""

_KOP = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
try:  # libyaml's parser when PyYAML was built with it: the same results, several times faster
    from yaml import CSafeLoader as _Lader
except ImportError:  # pragma: no cover - depends on how PyYAML was installed
    from yaml import SafeLoader as _Lader  # type: ignore[assignment]


class LeesFout(Exception):
    """One thing wrong with a file as a whole; the message is Dutch and names no Python type."""


@dataclass(frozen=True)
class Pagina:
    """A content file split into its front matter (the data) and its Markdown body."""

    bestand: str
    kop: dict
    body: str
    tekst: str = ""

    @property
    def eerste_bodyregel(self) -> int:
        return self.tekst.count("\n") - self.body.count("\n") + 1


def lees_tekst(pad: Path) -> str:
    """The file as text, or a LeesFout saying why it is not a UTF-8 text file an author can fix."""
    try:
        grootte = pad.stat().st_size
        if grootte > MAX_BESTAND:
            raise LeesFout(
                f"het bestand is {grootte // 1000} kB; hoogstens {MAX_BESTAND // 1000} kB mag. Splits de tekst of maak hem korter"
            )
        ruw = pad.read_bytes()
    except OSError as fout:
        raise LeesFout(f"het bestand kan niet gelezen worden ({_os_reden(fout)}); controleer of het bestaat en leesbaar is") from None
    return decodeer(ruw)


def decodeer(ruw: bytes) -> str:
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LeesFout("het bestand is opgeslagen als UTF-16; sla het op als UTF-8")
    if ruw.startswith(b"\xef\xbb\xbf"):
        raise LeesFout("het bestand begint met een onzichtbaar BOM-teken; sla het op als UTF-8 zonder BOM")
    if b"\x00" in ruw:
        raise LeesFout("het bestand is geen tekstbestand (het bevat nul-bytes); een pagina is platte tekst in UTF-8")
    try:
        return ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        raise LeesFout(
            f"het bestand is geen geldige UTF-8 (byte 0x{ruw[fout.start]:02x} op regel {regel}); "
            "sla het op als UTF-8, bijvoorbeeld via 'Opslaan als' in je editor"
        ) from None


def _os_reden(fout: OSError) -> str:
    redenen = {2: "het bestaat niet", 13: "geen leesrechten", 21: "het is een map", 40: "een kringverwijzing van snelkoppelingen"}
    return redenen.get(fout.errno or 0, "de computer meldt een fout bij het lezen")


class _StrikteLader(_Lader):
    """YAML without aliases and without duplicate keys: neither is ever needed in a card.

    Line numbers count from the file's first line: a card's YAML starts on line 2, after its '---'."""

    def __init__(self, stream, eerste_regel: int = 2):
        super().__init__(stream)
        self.verschuiving = eerste_regel

    def construct_document(self, node):
        _controleer_knopen(node, self.verschuiving)
        return super().construct_document(node)


def _controleer_knopen(node, verschuiving: int) -> None:
    """Walks the node graph once, before anything is built: a node met twice is an alias (*naam) of an anchor
    (&naam), and a key twice in one mapping would silently keep only the last value."""
    gezien: set[int] = set()
    stapel = [node]
    while stapel:
        huidig = stapel.pop()
        if id(huidig) in gezien:
            raise LeesFout(
                f"de YAML-kop gebruikt een anker en alias (&naam en *naam) rond regel {huidig.start_mark.line + verschuiving}; "
                "schrijf de waarden gewoon uit"
            )
        gezien.add(id(huidig))
        if isinstance(huidig, yaml.MappingNode):
            _sleutels_eenmalig(huidig, verschuiving)
        if isinstance(huidig.value, list):
            for kind in huidig.value:
                stapel.extend(kind if isinstance(kind, tuple) else (kind,))


def _sleutels_eenmalig(node: yaml.MappingNode, verschuiving: int) -> None:
    regels: dict[str, int] = {}
    for sleutel_node, _ in node.value:
        if not isinstance(sleutel_node, yaml.ScalarNode):
            continue
        sleutel, regel = sleutel_node.value, sleutel_node.start_mark.line + verschuiving
        if sleutel in regels:
            raise LeesFout(
                f"de YAML-kop noemt het veld '{sleutel}' twee keer (regel {regels[sleutel]} en {regel}); "
                "YAML houdt dan stil alleen de laatste; laat er één staan"
            )
        regels[sleutel] = regel


def lees_pagina(tekst: str, bestand: str, kop_verplicht: bool = True) -> Pagina:
    """Splits front matter from body; every mistake becomes a LeesFout with its line number where there is one.

    A card must have front matter; an ordinary page may do without (kop_verplicht=False)."""
    treffer = _KOP.match(tekst)
    if not treffer and not kop_verplicht:
        return Pagina(bestand, {}, tekst, tekst)
    if not treffer:
        raise LeesFout("geen YAML-kop gevonden; het bestand moet beginnen met een regel '---', de velden, en weer een regel '---'")
    kop = lees_yaml(treffer.group(1) or "") or {}
    if not isinstance(kop, dict):
        raise LeesFout("de YAML-kop is geen rij velden met een naam (zoals 'titel: ...'), maar een losse waarde of lijst")
    return Pagina(bestand, kop, tekst[treffer.end() :], tekst)


def zonder_kop(tekst: str) -> str:
    """The text after its front matter (all of it if there is none)."""
    treffer = _KOP.match(tekst)
    return tekst[treffer.end() :] if treffer else tekst


def lees_yaml(tekst: str, eerste_regel: int = 2):
    """YAML as every card and data file is read: no aliases, no duplicate keys, a Dutch error with the line."""
    try:
        return yaml.load(tekst, Loader=functools.partial(_StrikteLader, eerste_regel=eerste_regel))  # type: ignore[arg-type]
    except yaml.YAMLError as fout:
        raise LeesFout(_yaml_melding(fout, eerste_regel)) from None
    except RecursionError:
        raise LeesFout("de YAML-kop is te diep genest; schrijf de velden plat uit") from None


def _yaml_melding(fout: yaml.YAMLError, eerste_regel: int) -> str:
    plek = getattr(fout, "problem_mark", None)
    regel = f" op regel {plek.line + eerste_regel}" if plek else ""
    uitleg = getattr(fout, "problem", None) or "onbekende fout"
    return f"de YAML-kop is geen geldige YAML{regel} ({uitleg}); controleer inspringing, dubbele punten en aanhalingstekens"
