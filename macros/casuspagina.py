"""A casus page: its card (setting, question, duration, werkvormen, bakens, themes), the story, its sources."""

from __future__ import annotations

from macros.bronvermelding import bronnen
from macros.catalog import Catalogus
from macros.model import Casus
from macros.opmaak import tekst
from macros.plek import Plek, baken_link, thema_link, werkvorm_link


def casus_kaart(casus: Casus, catalogus: Catalogus) -> str:
    plek = Plek(f"casussen/{casus.id}.md")
    werkvormen = ", ".join(werkvorm_link(catalogus.werkvormen[w], plek) for w in casus.werkvormen)
    regels = [
        f"- **Setting:** {tekst(casus.setting)}",
        f"- **Vraag:** {tekst(casus.vraag)}",
        f"- **Looptijd:** {tekst(casus.looptijd)}",
        f"- **Werkvormen:** {werkvormen}",
        f"- **Bakens:** {', '.join(baken_link(b, plek) for b in casus.bakens)}",
        f"- **Thema's:** {', '.join(thema_link(t, plek) for t in casus.themas)}",
        f"- **Herkomst:** {tekst(casus.herkomst)}",
    ]
    samenvatting = f'<p class="samenvatting">{tekst(casus.samenvatting)}</p>'
    return "\n".join(['<div class="werkvorm-kaart" markdown>', "", samenvatting, "", *regels, "", "</div>"])


def casus_pagina(casus: Casus, body: str, catalogus: Catalogus) -> str:
    delen = [f"# {tekst(casus.titel)}", casus_kaart(casus, catalogus), body.strip()]
    if casus.bronnen:
        delen.append(bronnen(casus.bronnen))
    return "\n\n".join(delen) + "\n"
