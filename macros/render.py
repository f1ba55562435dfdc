"""Renders cards, step tables, source lists and overviews as Markdown.

Everything here is a pure function from validated data to Markdown text, so
MkDocs checks every link it emits and another builder could reuse it. Text
from front matter is escaped: it is data, never markup or template code.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

import segno

from macros import kiezen
from macros.bronnen import Bron
from macros.catalog import Catalogus
from macros.kopjes import VERPLICHTE_KOPJES, splits_voor
from macros.model import IEDEREEN, Begrip, Casus, Stap, Werkvorm, rol_label
from macros.woordenlijsten import BAKENS, NIVEAUS, SOORTEN, THEMAS, VRAAGTYPES

KOPJE_VOOR_STAPPEN = VERPLICHTE_KOPJES[2]
KOPJE_VOORBEELD = VERPLICHTE_KOPJES[-1]


@dataclass(frozen=True)
class Adres:
    """How one page writes links in raw HTML and JSON, which MkDocs does not rewrite as it does Markdown links.

    naar_root leads from the page's URL to the site root; mappen is MkDocs' use_directory_urls, which the
    offline build turns off (werkvormen/x/ becomes werkvormen/x.html).
    """

    naar_root: str = "../../"
    mappen: bool = True

    @classmethod
    def voor_url(cls, pagina_url: str, mappen: bool) -> Adres:
        return cls("../" * pagina_url.count("/"), mappen)

    def pagina(self, pad: str) -> str:
        return f"{self.naar_root}{pad}/" if self.mappen else f"{self.naar_root}{pad}.html"

    def bestand(self, pad: str) -> str:
        return f"{self.naar_root}{pad}"


BLOKBEGIN = re.compile(r"^(?:[#>+=:~-]|\d+[.)])")
"""What makes a line a heading, quote, list, rule or definition when text opens a paragraph; encoded, it stays text."""
MARKDOWN_TEKENS = str.maketrans({teken: f"&#{ord(teken)};" for teken in "\\`*_[]()|{}"} | {"\n": " "})
"""Characters that start Markdown, attr_list, table or template syntax; as entities they are only text."""


def tekst(waarde: str) -> str:
    """Front-matter text as Markdown that renders exactly that text, in text and in attributes alike.

    Card text is data: escaped here, no title, question or source note can open a link, an image, emphasis,
    a table cell, an attribute list or an HTML element, wherever it is placed.
    """
    veilig = html.escape(waarde.strip(), quote=True).translate(MARKDOWN_TEKENS)
    return BLOKBEGIN.sub(lambda treffer: "".join(f"&#{ord(teken)};" for teken in treffer.group(0)), veilig, count=1)


def url_in_markdown(url: str) -> str:
    """A validated https address as a Markdown link target: parentheses encoded, so the link cannot end early."""
    return url.replace("(", "%28").replace(")", "%29")


def minuten(aantal: int) -> str:
    return "1 minuut" if aantal == 1 else f"{aantal} minuten"


def klok(minuten_vanaf_start: int) -> str:
    """Shows an offset as h:mm, the way a timekeeper reads it off a clock."""
    uren, rest = divmod(minuten_vanaf_start, 60)
    return f"{uren}:{rest:02d}"


def groep(werkvorm: Werkvorm) -> str:
    grootte = werkvorm.groepsgrootte
    if grootte.min == grootte.max:
        return f"{grootte.min} personen"
    return f"{grootte.min} tot {grootte.max} personen"


def sprekers(stap: Stap) -> str:
    if stap.wie == [IEDEREEN]:
        return "Iedereen"
    return ", ".join(rol_label(rol) for rol in stap.wie)


def stap_anker(nummer: int) -> str:
    return f"stap-{nummer}"


def starttijden(werkvorm: Werkvorm) -> list[int]:
    """Minutes from the session's start at which each step begins."""
    tijden, verstreken = [], 0
    for stap in werkvorm.stappen:
        tijden.append(verstreken)
        verstreken += stap.minuten
    return tijden


ALLEEN_SCHERM = '<span class="alleen-scherm"></span>'
"""Marks a card line that helps on screen (other names, links within the page) and is left off the printout."""


def kaart(werkvorm: Werkvorm, naar_docs: str = "../", naar_pagina: str = "") -> str:
    """The method card; each fact links to the index page that lists werkvormen with the same fact.

    naar_pagina leads to the werkvorm's own page, where its shorter, online and large-group versions stand
    ('' on that page itself)."""
    band = kiezen.duurband(werkvorm)
    maten = kiezen.groepsmaten(werkvorm)
    index = f"{naar_docs}overzichten"
    regels = [
        f"- **Soort:** [{SOORTEN[werkvorm.soort]}]({index}/soort.md#{werkvorm.soort})",
        f"- **Duur:** [{minuten(werkvorm.duur)}]({index}/duur.md#{band.slug}){_kortste(werkvorm, naar_pagina)}",
        f"- **Groep:** [{groep(werkvorm)}]({index}/groepsgrootte.md#{maten[0].slug})",
        f"- **Niveau:** [{NIVEAUS[werkvorm.niveau]}]({index}/niveau.md#{werkvorm.niveau})",
        f"- **Soort vraag:** {', '.join(f'[{VRAAGTYPES[v]}]({index}/vraagtype.md#{v})' for v in werkvorm.vraagtypes)}",
        f"- **Rollen:** {', '.join(rol.label for rol in werkvorm.rollen)}",
    ]
    if werkvorm.benodigdheden:
        regels.append(f"- **Nodig:** {'; '.join(tekst(ding) for ding in werkvorm.benodigdheden)}")
    if werkvorm.aliassen:
        regels.append(f"- {ALLEEN_SCHERM}**Ook bekend als:** {', '.join(tekst(alias) for alias in werkvorm.aliassen)}")
    manieren = ", ".join(f"[{label}]({naar_pagina}#{anker})" for anker, label, _ in uitvoeringen(werkvorm))
    regels.append(f"- {ALLEEN_SCHERM}**Ook mogelijk:** {manieren}")
    if werkvorm.aanpassing:
        regels.append(f"- **Aangepast door Intervisiewijzer:** {tekst(werkvorm.aanpassing)}")
    if werkvorm.herkomst:
        regels.append(f"- **Herkomst:** {tekst(werkvorm.herkomst)}")
    return "\n".join(
        [
            '<div class="werkvorm-kaart" markdown>',
            "",
            f'<p class="samenvatting">{tekst(werkvorm.samenvatting)}</p>',
            "",
            *regels,
            "",
            "</div>",
        ]
    )


def _kortste(werkvorm: Werkvorm, naar_pagina: str) -> str:
    if werkvorm.kortste_duur == werkvorm.duur:
        return ""
    return f", [kan in {werkvorm.kortste_duur}]({naar_pagina}#korter)"


def uitvoeringen(werkvorm: Werkvorm) -> list[tuple[str, str, str]]:
    """The ways to run it besides the standard: anchor, label and the author's text of each."""
    manieren = [("online", "online", werkvorm.online)]
    if werkvorm.inkorten:
        manieren.insert(0, ("korter", f"korter, in {werkvorm.kortste_duur} minuten", werkvorm.inkorten))
    if werkvorm.grote_groep:
        manieren.append(("grote-groep", "met een grote groep", werkvorm.grote_groep))
    return manieren


def anders_uitvoeren(werkvorm: Werkvorm) -> str:
    """Shorter, online and large-group versions, each under a stable anchor the card links to."""
    regels = ["## Korter, online of met een grote groep"]
    for anker, label, uitleg in uitvoeringen(werkvorm):
        regels += ["", f"### {label[0].upper()}{label[1:]} {{#{anker}}}", "", tekst(uitleg)]
    return "\n".join(regels)


def rollen(werkvorm: Werkvorm) -> str:
    regels = ["## Rollen", ""]
    regels += [f"- **{rol.label}:** {tekst(rol.taak)}" for rol in werkvorm.rollen]
    return "\n".join(regels)


def stappentabel(werkvorm: Werkvorm, naar_pagina: str = "") -> str:
    """The step plan as an HTML table: data attributes let the page scale the minutes, the clock column is for print.

    naar_pagina is the URL of the werkvorm page seen from where the table stands ('' on the page itself).
    """
    rijen = []
    for nummer, (stap, start) in enumerate(zip(werkvorm.stappen, starttijden(werkvorm), strict=True), start=1):
        rijen.append(
            f'<tr><td><a href="{naar_pagina}#{stap_anker(nummer)}">{nummer}. {tekst(stap.naam)}</a></td>'
            f'<td data-tijd="{nummer}">{stap.minuten} min.</td><td data-vanaf="{nummer}">{klok(start)}</td>'
            f"<td>{sprekers(stap)}</td><td>{tekst(stap.wat)}</td>"
            f'<td class="klokvak"><span class="sr-only">Noteer hier de kloktijd</span></td></tr>'
        )
    return "\n".join(
        [
            '<table class="stappentabel">',
            '<thead><tr><th scope="col">Stap</th><th scope="col">Tijd</th><th scope="col">Vanaf</th>'
            '<th scope="col">Aan het woord</th><th scope="col">Wat gebeurt er</th><th scope="col" class="klokvak">Klok</th></tr></thead>',
            "<tbody>",
            *rijen,
            "</tbody>",
            f'<tfoot><tr><th scope="row">Totaal</th><td data-totaal>{werkvorm.duur} min.</td><td colspan="4"></td></tr></tfoot>',
            "</table>",
        ]
    )


def stap_detail(werkvorm: Werkvorm, nummer: int) -> str:
    stap = werkvorm.stappen[nummer - 1]
    start = starttijden(werkvorm)[nummer - 1]
    regels = [
        f"### Stap {nummer}: {tekst(stap.naam)} {{#{stap_anker(nummer)}}}",
        "",
        f'<p class="stap-tijd"><em><span data-tijd-lang="{nummer}">{minuten(stap.minuten)}</span>, vanaf '
        f'<span data-vanaf="{nummer}">{klok(start)}</span>. Aan het woord: {sprekers(stap)}.</em></p>',
        "",
        tekst(stap.wat),
        "",
    ]
    regels += [f"- **{rol_label(rol)}:** {tekst(taak)}" for rol, taak in stap.taken.items()]
    if stap.vragen:
        regels += ["", "Voorbeeldvragen:", ""]
        regels += [f"- {tekst(vraag)}" for vraag in stap.vragen]
    return "\n".join(regels)


def stappen(werkvorm: Werkvorm) -> str:
    delen = ["## Stappen", stappentabel(werkvorm)]
    delen += [stap_detail(werkvorm, nummer) for nummer in range(1, len(werkvorm.stappen) + 1)]
    return "\n\n".join(delen)


def bron(bron: Bron) -> str:
    """One source as a reader cites it: who (year). Title. Where. Then what this page takes from it."""
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


def verwante_werkvormen(werkvorm: Werkvorm, catalogus: Catalogus) -> str:
    verwant = kiezen.verwante(werkvorm, catalogus.op_titel())
    if not verwant:
        return ""
    regels = ["## Verwante werkvormen", ""]
    regels += [f"- [{tekst(ander.titel)}]({ander.id}.md): {tekst(ander.samenvatting)}" for ander in verwant]
    return "\n".join(regels)


def baken_link(baken: str, naar_docs: str) -> str:
    return f"[{BAKENS[baken]}]({naar_docs}principes/{baken}.md)"


def thema_link(thema: str, naar_docs: str) -> str:
    return f"[{THEMAS[thema]}]({naar_docs}principes/themas/{thema}.md)"


def werkvorm_link(werkvorm: Werkvorm, naar_docs: str) -> str:
    return f"[{tekst(werkvorm.titel)}]({naar_docs}werkvormen/{werkvorm.id}.md)"


def casus_link(casus: Casus, naar_docs: str) -> str:
    return f"[{tekst(casus.titel)}]({naar_docs}casussen/{casus.id}.md)"


def bakens(werkvorm: Werkvorm) -> str:
    regels = ["## Bakens van Welzijn Nieuwe Stijl", ""]
    regels += [f"- {baken_link(baken, '../')}" for baken in werkvorm.bakens]
    return "\n".join(regels)


def casussen_bij(werkvorm: Werkvorm, catalogus: Catalogus) -> str:
    """At most five casussen, so the page stays the same size however many casussen use it.

    The section is there even without casussen: trainers link its anchor, and it must not come and go."""
    casussen = catalogus.casussen_met_werkvorm(werkvorm.id)
    regels = ["## Casussen met deze werkvorm", ""]
    if not casussen:
        return "\n".join([*regels, "Nog geen casus op deze site gebruikt deze werkvorm."])
    regels += [f"- {casus_link(casus, '../')}: {tekst(casus.samenvatting)}" for casus in casussen[: kiezen.MAX_CASUSSEN]]
    if len(casussen) > kiezen.MAX_CASUSSEN:
        regels += ["", f"Deze werkvorm komt in {len(casussen)} casussen voor; zie alle [casussen](../casussen/index.md)."]
    return "\n".join(regels)


def werkvorm_pagina(
    werkvorm: Werkvorm, body: str, catalogus: Catalogus, print_info: PrintInfo | None = None, adres: Adres = Adres()
) -> str:
    """The whole page: title, card, the author's sections with the steps between them, then the lists."""
    voor, na = splits_voor(body, KOPJE_VOOR_STAPPEN)
    na, voorbeeld = splits_voor(na, KOPJE_VOORBEELD)
    delen = [
        f"# {tekst(werkvorm.titel)}",
        kaart(werkvorm),
        acties(werkvorm, adres),
        voor.strip(),
        rollen(werkvorm),
        stappen(werkvorm),
        na.strip(),
        anders_uitvoeren(werkvorm),
        voorbeeld.strip(),
        bakens(werkvorm),
        verwante_werkvormen(werkvorm, catalogus),
        casussen_bij(werkvorm, catalogus),
        bronnen(werkvorm.bronnen),
        rolkaarten(werkvorm),
        printblad(werkvorm, print_info) if print_info else "",
        sessiegegevens(werkvorm),
    ]
    return "\n\n".join(deel for deel in delen if deel) + "\n"


SESSIEDUREN = (45, 60, 90, 120)
SPELREGELS: dict[str, tuple[str, ...]] = {
    "intervisie": (
        "Wat hier gezegd wordt, blijft hier.",
        "Inwoners en collega's van buiten de groep blijven anoniem.",
        "Eerst vragen stellen, pas daarna adviseren.",
        "De inbrenger beslist zelf wat hij met de adviezen doet.",
        "Storingen hebben voorrang: wie niet bij het gesprek kan blijven, zegt dat.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
    "teamleren": (
        "Besluiten en afspraken over een inwoner of gezin gaan in het dossier.",
        "Buiten het team blijven inwoners anoniem.",
        "Eerst vragen stellen en feiten en zorgen scheiden, dan oordelen.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
    "oefening": (
        "Je oefent: iets proberen en het anders doen hoort erbij.",
        "Wat een collega tijdens het oefenen vertelt, blijft in de groep.",
        "Inwoners blijven anoniem.",
        "De gespreksleider bewaakt de tijd; iedereen helpt mee.",
    ),
}
"""The short ground rules on a printout. Intervisie's confidentiality does not fit a team decision: under the
meldcode, what a team decides about a family belongs in the dossier (see docs/intervisie/spelregels.md)."""


@dataclass(frozen=True)
class PrintInfo:
    """What a printout needs from outside the card: the page's stable URL, its QR code and its last change."""

    url: str
    qr_svg: str
    datum: str


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")


def datum_nl(iso: str) -> str:
    jaar, maand, dag = (int(deel) for deel in iso.split("-"))
    return f"{dag} {MAANDEN[maand - 1]} {jaar}"


def qr_svg(url: str) -> str:
    """A QR code of the URL as inline SVG, made at build time, so a printout leads back to the page."""
    svg = segno.make(url, error="m").svg_inline(scale=2, border=2, svgclass="qr", omitsize=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="QR-code naar {html.escape(url)}" ', 1)


def acties(werkvorm: Werkvorm, adres: Adres) -> str:
    """Controls that need JavaScript (session length, session mode, print); hidden until the script shows them."""
    opties = "".join(f'<option value="{d}">{d} minuten</option>' for d in SESSIEDUREN if d != werkvorm.duur and d >= werkvorm.kortste_duur)
    return (
        f'<div class="werkvorm-acties" hidden><p><label for="sessieduur">Sessieduur</label> '
        f'<select id="sessieduur"><option value="">Standaard: {werkvorm.duur} minuten</option>{opties}</select> '
        '<button type="button" class="md-button md-button--primary" id="sessie-start">Start de sessie</button> '
        '<button type="button" class="md-button" id="print-werkvorm">Print</button> '
        '<button type="button" class="md-button" id="print-rolkaarten">Print de rolkaarten</button> '
        f'<a class="md-button" id="pdf-link" href="{adres.bestand(f"pdf/{werkvorm.id}.pdf")}" hidden>PDF</a></p>'
        '<p id="sessieduur-melding" class="sessieduur-melding" role="status" hidden></p></div>'
    )


ROLKAARTEN_OPEN = '<div class="rolkaarten" data-search-exclude>'
"""Role cards repeat the steps per role; search skips them, so the index holds every step only once."""


def rolkaarten(werkvorm: Werkvorm) -> str:
    """One cut-out card per role, saying what that role does in each step."""
    kaarten = []
    for rol in werkvorm.rollen:
        stappen = "".join(
            f'<li><strong>{nummer}. {tekst(stap.naam)}</strong> (<span data-tijd="{nummer}">{stap.minuten} min.</span>): '
            f"{tekst(stap.taken[rol.rol])}</li>"
            for nummer, stap in enumerate(werkvorm.stappen, start=1)
        )
        kaarten.append(
            f'<div class="rolkaart"><p class="rolkaart-rol">{tekst(rol.label)}</p>'
            f'<p class="rolkaart-werkvorm">{tekst(werkvorm.titel)}</p><p>{tekst(rol.taak)}</p><ol>{stappen}</ol></div>'
        )
    return "\n".join(
        [
            "## Rolkaarten",
            "",
            "Knip de kaarten uit en geef iedere rol de eigen kaart.",
            "",
            '<div class="rolkaarten" data-search-exclude>',
            *kaarten,
            "</div>",
        ]
    )


def printblad(werkvorm: Werkvorm, info: PrintInfo) -> str:
    """What only a printout shows: roles with a line for a name, the ground rules in short, and where it came from."""
    rollen_ = "".join(
        f'<li><strong>{tekst(rol.label)}</strong>: <span class="naamlijn"></span><br>{tekst(rol.taak)}</li>' for rol in werkvorm.rollen
    )
    regels = "".join(f"<li>{tekst(regel)}</li>" for regel in SPELREGELS[werkvorm.soort])
    return (
        f'<section class="printblad" data-search-exclude><div class="printblad-kolommen"><div><h2>Rollen</h2><ul>{rollen_}</ul></div>'
        f"<div><h2>Spelregels</h2><ul>{regels}</ul></div></div>"
        f'<footer class="printblad-voet">{info.qr_svg}<p>{html.escape(info.url)}<br>'
        f"Laatst gewijzigd: {info.datum}</p></footer></section>"
    )


def sessiegegevens(werkvorm: Werkvorm) -> str:
    """The steps as JSON for the session view and the time scaling, so they work offline without a server."""
    gegevens = {
        "titel": werkvorm.titel,
        "duur": werkvorm.duur,
        "kortste_duur": werkvorm.kortste_duur,
        "stappen": [
            {"naam": stap.naam, "minuten": stap.minuten, "wie": sprekers(stap), "wat": stap.wat, "vragen": stap.vragen}
            for stap in werkvorm.stappen
        ],
    }
    return f'<script type="application/json" id="werkvorm-gegevens">{_json_in_html(gegevens)}</script>'


JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json_in_html(gegevens) -> str:
    """JSON that can sit in a script element: no text can end the block or open a comment ('</script>', '<!--')."""
    return json.dumps(gegevens, ensure_ascii=False).translate(JSON_IN_HTML)


def werkvormen_overzicht(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    """A table of every werkvorm; naar_docs is the path from the calling page to the docs root."""
    regels = ["| Werkvorm | Waarvoor | Soort | Duur | Groep | Niveau |", "| --- | --- | --- | ---: | --- | --- |"]
    for werkvorm in catalogus.op_titel():
        regels.append(
            f"| {werkvorm_link(werkvorm, naar_docs)} | {tekst(werkvorm.samenvatting)} | {SOORTEN[werkvorm.soort]} "
            f"| {werkvorm.duur} min. | {werkvorm.groepsgrootte.min}–{werkvorm.groepsgrootte.max} "
            f"| {NIVEAUS[werkvorm.niveau]} |"
        )
    return "\n".join(regels)


def bakens_overzicht(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    """Per baken its page and the werkvormen that serve it, so a team can pick a werkvorm for a principle."""
    delen = []
    for baken in BAKENS:
        werkvormen = [w for w in catalogus.op_titel() if baken in w.bakens]
        regels = [f"### {baken_link(baken, naar_docs)} {{#{baken}}}", ""]
        regels += [f"- {werkvorm_link(w, naar_docs)}" for w in werkvormen] or ["Nog geen werkvormen bij dit baken."]
        delen.append("\n".join(regels))
    return "\n\n".join(delen)


def casussen_overzicht(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    regels = ["| Casus | Waarover | Setting | Werkvormen |", "| --- | --- | --- | --- |"]
    for casus in catalogus.casussen_op_titel():
        werkvormen = ", ".join(werkvorm_link(catalogus.werkvormen[w], naar_docs) for w in casus.werkvormen)
        regels.append(f"| {casus_link(casus, naar_docs)} | {tekst(casus.samenvatting)} | {tekst(casus.setting)} | {werkvormen} |")
    return "\n".join(regels)


def baken_koppelingen(catalogus: Catalogus, naar_docs: str, meta: dict) -> str:
    """On a baken page: the werkvormen and casussen whose front matter names this baken."""
    baken = _bekende_sleutel(meta, "baken", BAKENS)
    werkvormen = [w for w in catalogus.op_titel() if baken in w.bakens]
    casussen = [c for c in catalogus.casussen_op_titel() if baken in c.bakens]
    return _twee_lijsten("Werkvormen bij dit baken", werkvormen, "Casussen bij dit baken", casussen, catalogus, naar_docs)


def thema_koppelingen(catalogus: Catalogus, naar_docs: str, meta: dict) -> str:
    """On a theme page: the casussen on this theme, and the werkvormen those casussen used."""
    thema = _bekende_sleutel(meta, "thema", THEMAS)
    casussen = [c for c in catalogus.casussen_op_titel() if thema in c.themas]
    gebruikt = {w for c in casussen for w in c.werkvormen}
    werkvormen = [w for w in catalogus.op_titel() if w.id in gebruikt]
    return _twee_lijsten("Casussen bij dit thema", casussen, "Werkvormen uit deze casussen", werkvormen, catalogus, naar_docs)


def _twee_lijsten(kop1: str, lijst1: list, kop2: str, lijst2: list, catalogus: Catalogus, naar_docs: str) -> str:
    delen = []
    for kop, items in ((kop1, lijst1), (kop2, lijst2)):
        regels = [f"## {kop}", ""]
        for item in items:
            link = casus_link(item, naar_docs) if isinstance(item, Casus) else werkvorm_link(item, naar_docs)
            regels.append(f"- {link}: {tekst(item.samenvatting)}")
        delen.append("\n".join(regels if items else [*regels, "Nog geen."]))
    return "\n\n".join(delen)


def _bekende_sleutel(meta: dict, veld: str, woordenlijst: dict[str, str]) -> str:
    waarde = meta.get(veld)
    if waarde not in woordenlijst:
        raise ValueError(f"{veld}: onbekende waarde '{waarde}'; toegestaan: {', '.join(woordenlijst)}")
    return waarde


def begrip_anker(begrip: Begrip) -> str:
    return "begrip-" + "-".join("".join(teken for teken in begrip.term.lower() if teken.isalnum() or teken == " ").split())


def begrippenlijst(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    """The glossary as a definition list, each term with a stable anchor a coach can link."""
    regels = []
    for begrip in sorted(catalogus.begrippen, key=lambda b: b.term.casefold()):
        bron_ = f' <span class="begrip-bron">Bron: {bron(begrip.bron)}</span>' if begrip.bron else ""
        regels += [f"{tekst(begrip.term)} {{#{begrip_anker(begrip)}}}", f":   {tekst(begrip.uitleg)}{bron_}", ""]
    return "\n".join(regels)


def tooltips(begrippen: tuple[Begrip, ...]) -> dict[str, str]:
    """Each spelling of a term with its explanation: the abbr extension's glossary, shown as a tooltip on every page."""
    return {vorm: begrip.uitleg for begrip in begrippen for vorm in begrip.vormen}


def casus_kaart(casus: Casus, catalogus: Catalogus) -> str:
    werkvormen = ", ".join(werkvorm_link(catalogus.werkvormen[w], "../") for w in casus.werkvormen)
    regels = [
        f"- **Setting:** {tekst(casus.setting)}",
        f"- **Vraag:** {tekst(casus.vraag)}",
        f"- **Looptijd:** {tekst(casus.looptijd)}",
        f"- **Werkvormen:** {werkvormen}",
        f"- **Bakens:** {', '.join(baken_link(b, '../') for b in casus.bakens)}",
        f"- **Thema's:** {', '.join(thema_link(t, '../') for t in casus.themas)}",
    ]
    return "\n".join(
        ['<div class="werkvorm-kaart" markdown>', "", f'<p class="samenvatting">{tekst(casus.samenvatting)}</p>', "", *regels, "", "</div>"]
    )


def casus_pagina(casus: Casus, body: str, catalogus: Catalogus) -> str:
    delen = [f"# {tekst(casus.titel)}", casus_kaart(casus, catalogus), body.strip(), bronnen(casus.bronnen)]
    return "\n\n".join(delen) + "\n"


def werkvorm_regel(werkvorm: Werkvorm, naar_docs: str) -> str:
    """One line with the facts a group chooses by: link, duration, group size, level, summary."""
    grootte = werkvorm.groepsgrootte
    return (
        f"- {werkvorm_link(werkvorm, naar_docs)}: {SOORTEN[werkvorm.soort].lower()}, {werkvorm.duur} min., "
        f"{grootte.min}–{grootte.max} personen, {NIVEAUS[werkvorm.niveau].lower()}. {tekst(werkvorm.samenvatting)}"
    )


def _index(secties: list[tuple[str, str, list[Werkvorm]]], naar_docs: str, kop: str = "##") -> str:
    delen = []
    for slug, label, werkvormen in secties:
        regels = [f"{kop} {label} {{#{slug}}}", ""]
        regels += [werkvorm_regel(w, naar_docs) for w in werkvormen] or ["Nog geen werkvormen."]
        delen.append("\n".join(regels))
    return "\n\n".join(delen)


def _per_vraagtype(catalogus: Catalogus) -> list[tuple[str, str, list[Werkvorm]]]:
    return [(v, label, [w for w in catalogus.op_titel() if v in w.vraagtypes]) for v, label in VRAAGTYPES.items()]


def index_vraagtype(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    return _index(_per_vraagtype(catalogus), naar_docs)


def index_duur(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    secties = [(b.slug, b.label, [w for w in catalogus.op_titel() if kiezen.duurband(w) == b]) for b in kiezen.DUURBANDEN]
    return _index(secties, naar_docs)


def index_groepsgrootte(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    secties = [(b.slug, b.label, [w for w in catalogus.op_titel() if b in kiezen.groepsmaten(w)]) for b in kiezen.GROEPSMATEN]
    return _index(secties, naar_docs)


def index_soort(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    return _index([(n, label, [w for w in catalogus.op_titel() if w.soort == n]) for n, label in SOORTEN.items()], naar_docs)


def index_niveau(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None) -> str:
    return _index([(n, label, [w for w in catalogus.op_titel() if w.niveau == n]) for n, label in NIVEAUS.items()], naar_docs)


KIEZER_TIJDEN = (20, 30, 45, 60, 75, 90, 120)


def kiezer_gegevens(catalogus: Catalogus, adres: Adres) -> list[dict]:
    """The facts the live kiezer filters on; URLs are relative to the kiezer page."""
    return [
        {
            "id": w.id,
            "titel": w.titel,
            "url": adres.pagina(f"werkvormen/{w.id}"),
            "samenvatting": w.samenvatting,
            "duur": w.duur,
            "min": w.groepsgrootte.min,
            "max": w.groepsgrootte.max,
            "niveau": w.niveau,
            "vraagtypes": w.vraagtypes,
            "soort": w.soort,
            "kortste_duur": w.kortste_duur,
            "grote_groep": bool(w.grote_groep),
        }
        for w in catalogus.op_titel()
    ]


def _keuzerondje(naam: str, waarde: str, label: str) -> str:
    return f'<label><input type="radio" name="{naam}" value="{waarde}"> {html.escape(label)}</label>'


def kiezer(catalogus: Catalogus, naar_docs: str = "", meta: dict | None = None, adres: Adres = Adres("../")) -> str:
    """The werkvormkiezer: a form and live results for JavaScript, static lists per question type without it."""
    vraagtypes = "".join(_keuzerondje("vraag", v, label) for v, label in VRAAGTYPES.items())
    tijden = "".join(f'<option value="{t}">{t} minuten</option>' for t in KIEZER_TIJDEN)
    niveaus = _keuzerondje("niveau", "starter", "Nieuw: we zijn een startende groep") + _keuzerondje(
        "niveau", "gevorderd", "Ervaren: we doen dit al een tijd"
    )
    gegevens = _json_in_html({"vraagtypes": VRAAGTYPES, "soorten": SOORTEN, "werkvormen": kiezer_gegevens(catalogus, adres)})
    formulier = f"""<form class="kiezer" id="kiezer" hidden>
<fieldset><legend>Wat voor vraag heeft de inbrenger?</legend>{_keuzerondje("vraag", "", "Maakt niet uit")}{vraagtypes}</fieldset>
<p><label for="kiezer-tijd">Hoeveel tijd heeft de groep?</label>
<select id="kiezer-tijd" name="tijd"><option value="">Maakt niet uit</option>{tijden}</select></p>
<p><label for="kiezer-groep">Met hoeveel personen zijn jullie?</label>
<input id="kiezer-groep" name="groep" type="number" min="2" max="30" inputmode="numeric"></p>
<fieldset><legend>Hoe ervaren is de groep?</legend>{_keuzerondje("niveau", "", "Maakt niet uit")}{niveaus}</fieldset>
<p><button type="button" class="md-button md-button--primary" id="kiezer-verras">Verras ons</button>
<button type="button" class="md-button" id="kiezer-link">Kopieer de link naar deze keuze</button></p>
</form>
<div id="kiezer-uitkomst" aria-live="polite"></div>
<script type="application/json" id="kiezer-gegevens">{gegevens}</script>"""
    statisch = "\n\n".join(
        [
            '<div class="kiezer-zonder-js" markdown>',
            "## Werkvormen per soort vraag",
            "Zonder JavaScript zie je hier alle werkvormen per soort vraag, met hun duur, groepsgrootte en niveau.",
            _index(_per_vraagtype(catalogus), naar_docs, kop="###"),
            "</div>",
        ]
    )
    return formulier + "\n\n" + statisch


def tags(werkvorm: Werkvorm) -> list[str]:
    """Tags for Material's tags plugin: the question types and the level, in the words of the card."""
    return [VRAAGTYPES[v] for v in werkvorm.vraagtypes] + [NIVEAUS[werkvorm.niveau]]


def open_data(catalogus: Catalogus, adres: Adres = Adres("")) -> dict:
    """werkvormen.json: every card field, with stable ids and URLs relative to the site root."""
    return {
        "versie": 2,
        "uitleg": "Alle werkvormen van Intervisiewijzer; zie open-data/ op de site voor de betekenis van de velden.",
        "werkvormen": [{"url": f"werkvormen/{w.id}/", **w.model_dump(mode="json", exclude_none=True)} for w in catalogus.op_titel()],
    }


def teammap(catalogus: Catalogus, naar_docs: str, meta: dict, print_info: dict[str, PrintInfo], adres: Adres) -> str:
    """Every werkvorm as its print sheet, each on a new page, after a contents list: the team folder."""
    inhoud = [f"- [{tekst(w.titel)}](#{w.id}) ({w.duur} min.)" for w in catalogus.op_titel()]
    delen = ["## Inhoud", "\n".join(inhoud)]
    for w in catalogus.op_titel():
        delen += [
            '<section class="teammap-werkvorm" markdown>',
            f"## {tekst(w.titel)} {{#{w.id}}}",
            kaart(w, naar_docs, f"{naar_docs}werkvormen/{w.id}.md"),
            stappentabel(w, adres.pagina(f"werkvormen/{w.id}")),
            bronnen(w.bronnen, kop="**Bronnen**"),
            printblad(w, print_info[w.id]),
            "</section>",
        ]
    return "\n\n".join(delen)


def nav_secties(catalogus: Catalogus) -> dict[str, list[dict]]:
    """Per overview page, the pages that belong under it in the navigation, in reading order.

    Werkvormen and casussen are not in the navigation: every page would list all of them, so page
    size and build time would grow with the library. Their overviews, the kiezer and search lead there.
    """
    return {
        "overzichten/index.md": [
            {"Per soort vraag": "overzichten/vraagtype.md"},
            {"Per duur": "overzichten/duur.md"},
            {"Per groepsgrootte": "overzichten/groepsgrootte.md"},
            {"Per niveau": "overzichten/niveau.md"},
            {"Per soort": "overzichten/soort.md"},
            {"Per tag": "overzichten/tags.md"},
        ],
        "principes/index.md": [
            *({label: f"principes/{baken}.md"} for baken, label in BAKENS.items()),
            {"Thema's": [{label: f"principes/themas/{thema}.md"} for thema, label in THEMAS.items()]},
        ],
    }


def nav_met_catalogus(nav: list, catalogus: Catalogus) -> list:
    """Expands each nav entry that points at an overview page into a section with its pages."""
    secties = nav_secties(catalogus)

    def uitgebreid(item):
        if isinstance(item, dict) and len(item) == 1:
            ((titel, doel),) = item.items()
            if isinstance(doel, str) and doel in secties:
                return {titel: [doel, *secties[doel]]}
            if isinstance(doel, list):
                return {titel: [uitgebreid(sub) for sub in doel]}
        return item

    return [uitgebreid(item) for item in nav]
