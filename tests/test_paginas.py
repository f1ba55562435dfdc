"""The page step without MkDocs: where generated overviews go, what an author hears when it is misused, and
that werkvorm and casus pages get their card and an escaped title for the theme."""

import re

import pytest

from macros.bijeenkomst import laad_onderdelen
from macros.catalog import Catalogus
from macros.model import Werkvorm
from macros.paginas import MARKERING, PaginaFout, Site, bouw_pagina
from tests.conftest import PROJECT
from tests.kaarten import GELDIGE_BODY, geldige_kaart


def site(*werkvormen: Werkvorm) -> Site:
    from macros.printen import PrintInfo

    info = lambda id_: PrintInfo(f"https://x.nl/{id_}/", "<svg></svg>", "1 mei 2026")  # noqa: E731
    return Site(Catalogus({w.id: w for w in werkvormen}), info, laad_onderdelen(PROJECT))


def test_overzicht_komt_op_de_plek_van_de_markering():
    tekst, _ = bouw_pagina("werkvormen/index.md", f"Voor\n\n{MARKERING}\n\nNa", {"genereer": "werkvormen-overzicht"}, site())
    voor, na = tekst.split('<div class="werkvormfilter"')
    assert voor == "Voor\n\n" and na.endswith("\n\nNa")


def test_onbekende_generator_wordt_in_het_nederlands_gemeld():
    with pytest.raises(PaginaFout, match=re.escape("docs/x.md: genereer: onbekende waarde 'alles'; toegestaan: werkvormen-overzicht")):
        bouw_pagina("x.md", MARKERING, {"genereer": "alles"}, site())


def test_generator_zonder_markering_wordt_gemeld():
    with pytest.raises(PaginaFout, match=re.escape("vraagt precies één regel '<!-- overzicht -->'")):
        bouw_pagina("x.md", "Geen markering", {"genereer": "werkvormen-overzicht"}, site())


def test_fout_in_generator_noemt_het_bestand():
    with pytest.raises(PaginaFout, match=re.escape("docs/principes/x.md: baken: onbekende waarde 'geluk'")):
        bouw_pagina("principes/x.md", MARKERING, {"genereer": "baken", "baken": "geluk"}, site())


def test_werkvormpagina_krijgt_kaart_en_een_ontsnapte_titel():
    werkvorm = Werkvorm.model_validate(geldige_kaart(titel="Proef & <test>"))
    tekst, meta = bouw_pagina("werkvormen/proefmethode.md", GELDIGE_BODY, {}, site(werkvorm))
    assert 'class="werkvorm-kaart"' in tekst and tekst.startswith("# Proef &amp; &lt;test&gt;")
    assert meta["title"] == "Proef &amp; &lt;test&gt;" and meta["tags"] == ["Concreet probleem", "Starter"]
