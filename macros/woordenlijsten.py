"""The fixed vocabularies of the cards: one definition each, used by the model, the pages and the tests.

Each vocabulary maps the value an author writes (a slug) to the label a reader sees.
"""

from __future__ import annotations

VRAAGTYPES: dict[str, str] = {
    "concreet-probleem": "Concreet probleem",
    "houding-en-gedrag": "Houding en gedrag",
    "dilemma": "Dilemma",
    "emotie": "Emotie",
    "samenwerking": "Samenwerking",
    "kennisvraag": "Kennisvraag",
    "leren-van-succes": "Leren van succes",
}

NIVEAUS: dict[str, str] = {
    "starter": "Starter",
    "gevorderd": "Gevorderd",
}

SOORTEN: dict[str, str] = {
    "intervisie": "Intervisie",
    "teamleren": "Teamleren",
    "oefening": "Oefening",
}
"""Intervisie: peers learn from one member's own work question. Teamleren: a team format (consultation,
reflection, a shared decision). Oefening: practising a skill. Only intervisie is intervisie in the strict sense."""

BAKENS: dict[str, str] = {
    "vraag-achter-de-vraag": "Gericht op de vraag achter de vraag",
    "eigen-kracht": "Gebaseerd op de eigen kracht van de burger",
    "direct-erop-af": "Direct eropaf",
    "formeel-en-informeel": "Formeel en informeel in optimale verhouding",
    "collectief-en-individueel": "Doordachte balans van collectief en individueel",
    "integraal-werken": "Integraal werken",
    "resultaatgericht": "Niet vrijblijvend, maar resultaatgericht",
    "ruimte-en-vertrouwen": "Gebaseerd op ruimte voor de professional en vertrouwen",
}

THEMAS: dict[str, str] = {
    "gekanteld-werken": "Gekanteld werken en eigen kracht",
    "informeel-netwerk": "Samenwerken met het informele netwerk",
    "doelgericht-werken": "Doelgericht werken met gezinnen",
    "veiligheid": "Veiligheid samen inschatten",
    "samenwerken-in-het-team": "Samenwerken in het sociale team",
    "tijd-en-regelruimte": "Tijd en regelruimte",
    "effect-zichtbaar-maken": "Effect zichtbaar maken",
}
