"""BENCHMARKS.md has one section per measuring script; each script replaces only its own section."""

from pathlib import Path

BESTAND = Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
KOP = "# Benchmarks\n\nMetingen van Intervisiewijzer. Elk deel wordt geschreven door het script dat erbij staat.\n"


def vervang_sectie(naam: str, tekst: str, bestand: Path = BESTAND) -> None:
    begin, eind = f"<!-- begin {naam} -->", f"<!-- eind {naam} -->"
    inhoud = bestand.read_text(encoding="utf-8") if bestand.exists() else KOP
    if not inhoud.startswith("# Benchmarks"):
        inhoud = KOP
    blok = f"{begin}\n{tekst.strip()}\n{eind}"
    if begin in inhoud and eind in inhoud:
        voor, rest = inhoud.split(begin, 1)
        inhoud = voor + blok + rest.split(eind, 1)[1]
    else:
        inhoud = inhoud.rstrip() + "\n\n" + blok + "\n"
    bestand.write_text(inhoud, encoding="utf-8")
