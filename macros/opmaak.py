"""Text from the cards made safe for where it lands: Markdown, HTML attributes, JSON in a page, a clock, a date.

Card text is data. Escaped here, no title, question or source note can open a link, an image, emphasis, a
table cell, an attribute list, an HTML element or a script block, wherever a renderer puts it.
"""

from __future__ import annotations

import html
import json
import re

BLOKBEGIN = re.compile(r"^(?:[#>+=:~-]|\d+[.)])")
"""What makes a line a heading, quote, list, rule or definition when text opens a paragraph; encoded, it stays text."""
MARKDOWN_TEKENS = str.maketrans({teken: f"&#{ord(teken)};" for teken in "\\`*_[]()|{}"} | {"\n": " "})
"""Characters that start Markdown, attr_list, table or template syntax; as entities they are only text."""
JSON_IN_HTML = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
ALLEEN_SCHERM = '<span class="alleen-scherm"></span>'
"""Marks a card line that helps on screen (other names, links within the page) and is left off the printout."""


def tekst(waarde: str) -> str:
    """Front-matter text as Markdown that renders exactly that text, in text and in attributes alike."""
    veilig = html.escape(waarde.strip(), quote=True).translate(MARKDOWN_TEKENS)
    return BLOKBEGIN.sub(lambda treffer: "".join(f"&#{ord(teken)};" for teken in treffer.group(0)), veilig, count=1)


def url_in_markdown(url: str) -> str:
    """A validated https address as a Markdown link target: parentheses encoded, so the link cannot end early."""
    return url.replace("(", "%28").replace(")", "%29")


def json_in_html(gegevens) -> str:
    """JSON that can sit in a script element: no text can end the block or open a comment ('</script>', '<!--')."""
    return json.dumps(gegevens, ensure_ascii=False).translate(JSON_IN_HTML)


def minuten(aantal: int) -> str:
    return "1 minuut" if aantal == 1 else f"{aantal} minuten"


def klok(minuten_vanaf_start: int) -> str:
    """Shows an offset as h:mm, the way a timekeeper reads it off a clock."""
    uren, rest = divmod(minuten_vanaf_start, 60)
    return f"{uren}:{rest:02d}"


def datum_nl(iso: str) -> str:
    jaar, maand, dag = (int(deel) for deel in iso.split("-"))
    return f"{dag} {MAANDEN[maand - 1]} {jaar}"
