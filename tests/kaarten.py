"""A valid werkvorm card and body to start each test from, so each test changes exactly one thing."""

import copy

import yaml

from macros.kopjes import CASUS_KOPJES, VERPLICHTE_KOPJES


def body_met(kopjes: tuple[str, ...]) -> str:
    """A body with each required section holding enough words to count as real text."""
    alinea = "Dit is een alinea met genoeg woorden om als echte tekst te tellen bij het controleren van deze sectie."
    return "\n".join(f"## {kopje}\n\n{alinea}\n" for kopje in kopjes)


GELDIGE_BODY = body_met(VERPLICHTE_KOPJES)

_KAART = {
    "id": "proefmethode",
    "titel": "Proefmethode",
    "samenvatting": "Een korte werkvorm om de kaart mee te testen.",
    "soort": "intervisie",
    "vraagtypes": ["concreet-probleem"],
    "duur": 30,
    "kortste_duur": 20,
    "inkorten": "Laat de vragenronde korter duren.",
    "groepsgrootte": {"min": 4, "max": 8},
    "online": "Iedereen zit achter een eigen scherm; de gespreksleider deelt de stappen.",
    "online_geschikt": "volledig",
    "niveau": "starter",
    "rollen": [
        {"rol": "inbrenger", "taak": "Brengt een vraag in."},
        {"rol": "deelnemers", "taak": "Stellen vragen."},
    ],
    "stappen": [
        {
            "naam": "Inbreng",
            "minuten": 10,
            "wie": ["inbrenger"],
            "wat": "De inbrenger vertelt.",
            "taken": {"inbrenger": "Vertelt.", "deelnemers": "Luisteren."},
            "vragen": ["Wat is je vraag?"],
        },
        {
            "naam": "Vragen",
            "minuten": 20,
            "wie": ["iedereen"],
            "wat": "Iedereen praat mee.",
            "taken": {"inbrenger": "Antwoordt.", "deelnemers": "Vragen door."},
        },
    ],
    "bronnen": [
        {
            "soort": "boek",
            "auteurs": ["Jeroen Hendriksen"],
            "jaar": 2016,
            "titel": "Intervisie bij werkproblemen",
            "uitgever": "Boom/Nelissen",
        }
    ],
    "bakens": ["vraag-achter-de-vraag"],
}


def geldige_kaart(**wijzigingen) -> dict:
    kaart = copy.deepcopy(_KAART)
    kaart.update(wijzigingen)
    return kaart


def als_bestand(kaart: dict, body: str = GELDIGE_BODY) -> str:
    return "---\n" + yaml.safe_dump(kaart, allow_unicode=True, sort_keys=False) + "---\n\n" + body


CASUS_BODY = body_met(CASUS_KOPJES)

_CASUS = {
    "id": "proefcasus",
    "titel": "Een team dat leert vragen",
    "samenvatting": "Een wijkteam oefent met open vragen en je leest wat dat opleverde.",
    "setting": "Wijkteam in een middelgrote gemeente",
    "vraag": "Hoe stellen we betere vragen?",
    "werkvormen": ["proefmethode"],
    "bakens": ["vraag-achter-de-vraag"],
    "thema's": ["gekanteld-werken"],
    "looptijd": "zes bijeenkomsten",
    "pseudoniemen": ["Anouk"],
    "herkomst": "Samengesteld uit situaties die in wijkteams vaak voorkomen.",
}


def geldige_casus(**wijzigingen) -> dict:
    casus = copy.deepcopy(_CASUS)
    casus.update(wijzigingen)
    return casus
