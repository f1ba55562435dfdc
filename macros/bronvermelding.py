"""Sources as a reader cites them: who (year). Title. Where it appeared. And what the page takes from it."""

from __future__ import annotations

from macros.bronnen import Bron
from macros.opmaak import tekst, url_in_markdown


def bron(bron: Bron) -> str:
    titel = f"*{tekst(bron.titel)}*" if bron.soort != "artikel" else tekst(bron.titel)
    if bron.url:
        titel = f"[{titel}]({url_in_markdown(bron.url)})"
    if bron.druk:
        titel += f" ({bron.druk}e druk)"
    delen = [f"{tekst(bron.wie)} ({bron.jaar})", titel]
    if waar := _verschenen_in(bron):
        delen.append(waar)
    regel = ". ".join(delen) + "."
    return regel + (f' <span class="bronnoot">{tekst(bron.noot)}</span>' if bron.noot else "")


def _verschenen_in(bron: Bron) -> str:
    if bron.tijdschrift:
        nummer = f"({tekst(bron.nummer)})" if bron.nummer else ""
        jaargang = f", {tekst(bron.jaargang)}{nummer}" if bron.jaargang else ""
        paginas = f", {tekst(bron.paginas)}" if bron.paginas else ""
        return f"*{tekst(bron.tijdschrift)}*{jaargang}{paginas}"
    if bron.uitgever:
        return f"{tekst(bron.plaats)}: {tekst(bron.uitgever)}" if bron.plaats else tekst(bron.uitgever)
    return ""


def bronnen(lijst: list[Bron], kop: str = "## Bronnen") -> str:
    """The sources, on screen and on paper: the print sheet shows this block too."""
    return "\n".join(['<div class="bronnenlijst" markdown>', "", kop, "", *(f"- {bron(item)}" for item in lijst), "", "</div>"])
