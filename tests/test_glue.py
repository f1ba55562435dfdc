"""The thin MkDocs glue: where generated overviews go and what an author hears when it is misused."""

import re
from pathlib import PurePosixPath

import pytest
from mkdocs.exceptions import PluginError

from macros.catalog import Catalogus
from macros.glue import MARKERING, _pad_naar_docs, _vul_overzicht_in


def test_pad_naar_docs_vanaf_elke_map():
    assert _pad_naar_docs(PurePosixPath("index.md")) == ""
    assert _pad_naar_docs(PurePosixPath("werkvormen/index.md")) == "../"
    assert _pad_naar_docs(PurePosixPath("principes/themas/veiligheid.md")) == "../../"


def test_overzicht_komt_op_de_plek_van_de_markering():
    tekst = _vul_overzicht_in(f"Voor\n\n{MARKERING}\n\nNa", "werkvormen-overzicht", PurePosixPath("werkvormen/index.md"), Catalogus({}))
    voor, na = tekst.split("| Werkvorm |")
    assert voor == "Voor\n\n" and na.endswith("\n\nNa")


def test_onbekende_generator_wordt_in_het_nederlands_gemeld():
    with pytest.raises(PluginError, match=re.escape("docs/x.md: genereer: onbekende waarde 'alles'; toegestaan: werkvormen-overzicht")):
        _vul_overzicht_in(MARKERING, "alles", PurePosixPath("x.md"), Catalogus({}))


def test_generator_zonder_markering_wordt_gemeld():
    with pytest.raises(PluginError, match=re.escape("vraagt precies één regel '<!-- overzicht -->'")):
        _vul_overzicht_in("Geen markering", "werkvormen-overzicht", PurePosixPath("x.md"), Catalogus({}))


def test_fout_in_generator_noemt_het_bestand():
    with pytest.raises(PluginError, match=re.escape("docs/principes/x.md: baken: onbekende waarde 'geluk'")):
        _vul_overzicht_in(MARKERING, "baken", PurePosixPath("principes/x.md"), Catalogus({}), {"baken": "geluk"})
