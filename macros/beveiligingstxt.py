"""`/.well-known/security.txt` (RFC 9116): where someone who finds a security problem in the site reports it.

MkDocs leaves folders that start with a dot out of the site, and the file must say until when it is valid, so
the build writes it: the contact from mkdocs.yml (`extra.beveiligingscontact`, set by the organisation that
publishes the site), valid for half a year from the build. RFC 9116 advises less than a year; every build renews it.
"""

from __future__ import annotations

import datetime

BEVEILIGINGSTXT = ".well-known/security.txt"
GELDIG = datetime.timedelta(days=183)
SCHEMAS = ("mailto:", "https://", "tel:")
"""How a Contact may start in RFC 9116: an e-mail address, a web address over HTTPS or a phone number."""


class ContactFout(ValueError):
    """The contact in mkdocs.yml cannot be a Contact line; the message says what is allowed."""


def security_txt(contact: str, site_url: str, vandaag: datetime.date) -> str:
    """The file's text: Contact, Expires, the languages a report may be in, and where the file itself lives."""
    contact = contact.strip()
    if not contact.startswith(SCHEMAS) or any(teken.isspace() for teken in contact):
        raise ContactFout(
            f"mkdocs.yml: extra.beveiligingscontact '{contact}' is geen geldig contact voor security.txt; "
            f"toegestaan: een adres dat begint met {', '.join(SCHEMAS)} (zonder spaties)"
        )
    verloopt = datetime.datetime.combine(vandaag + GELDIG, datetime.time(), tzinfo=datetime.UTC)
    regels = [f"Contact: {contact}", f"Expires: {verloopt.strftime('%Y-%m-%dT%H:%M:%SZ')}", "Preferred-Languages: nl, en"]
    if site_url:
        regels.append(f"Canonical: {site_url.rstrip('/')}/{BEVEILIGINGSTXT}")
    return "\n".join(regels) + "\n"
