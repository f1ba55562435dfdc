"""/.well-known/security.txt (RFC 9116): a contact, a date until which the file holds, and where it lives."""

import datetime

import pytest
import sectxt

from macros.beveiligingstxt import ContactFout, security_txt

VANDAAG = datetime.date(2026, 11, 26)


def velden(tekst: str) -> dict[str, str]:
    return dict(regel.split(": ", 1) for regel in tekst.splitlines())


def test_contact_verloopdatum_talen_en_vindplaats():
    tekst = security_txt("mailto:beveiliging@example.org", "https://intervisiewijzer.nl/", VANDAAG)
    assert velden(tekst) == {
        "Contact": "mailto:beveiliging@example.org",
        "Expires": "2027-05-28T00:00:00Z",
        "Preferred-Languages": "nl, en",
        "Canonical": "https://intervisiewijzer.nl/.well-known/security.txt",
    }
    assert tekst.endswith("\n")


def test_de_parser_van_internet_nl_keurt_het_bestand_goed_zonder_advies_over_de_datum():
    """sectxt, the parser internet.nl uses, on a file made today: valid, and its date is less than a year ahead."""
    controle = sectxt.Parser(security_txt("https://intranet.example/melden", "https://intranet.example/", datetime.date.today()).encode())
    assert controle.is_valid() and controle.errors == []
    assert [advies["code"] for advies in controle.recommendations] == ["not_signed"]


def test_de_parser_van_internet_nl_ziet_een_te_verre_datum():
    """The oracle above can fail: a file whose date lies more than a year ahead gets advice about it."""
    tekst = security_txt("https://intranet.example/melden", "", datetime.date.today() + datetime.timedelta(days=365))
    assert "long_expiry" in {advies["code"] for advies in sectxt.Parser(tekst.encode()).recommendations}


def test_een_site_in_een_submap_noemt_die_map():
    tekst = security_txt("https://intranet.example/melden", "https://intranet.example/intervisie", VANDAAG)
    assert velden(tekst)["Canonical"] == "https://intranet.example/intervisie/.well-known/security.txt"


@pytest.mark.parametrize("contact", ["beveiliging@example.org", "http://example.org/melden", "mailto:iemand @example.org", ""])
def test_een_onbruikbaar_contact_geeft_een_nederlandse_melding(contact):
    with pytest.raises(ContactFout) as fout:
        security_txt(contact, "https://intervisiewijzer.nl/", VANDAAG)
    assert f"extra.beveiligingscontact '{contact.strip()}'" in str(fout.value)
    assert "mkdocs.yml" in str(fout.value) and "mailto:" in str(fout.value)
