"""The fixed vocabularies of the cards, each defined once: the value an author writes and the label a reader sees.

Each vocabulary is a StrEnum, so the model validates against it, a type checker knows its values, and pages,
JSON and docs take their values and labels from here.
"""

from __future__ import annotations

from enum import StrEnum


class Woordenlijst(StrEnum):
    """A vocabulary entry: the slug (its value) with the label a reader sees."""

    label: str

    def __new__(cls, waarde: str, label: str) -> Woordenlijst:
        lid = str.__new__(cls, waarde)
        lid._value_ = waarde
        lid.label = label
        return lid

    @classmethod
    def labels(cls) -> dict[str, str]:
        return {lid.value: lid.label for lid in cls}


class Vraagtype(Woordenlijst):
    CONCREET_PROBLEEM = "concreet-probleem", "Concreet probleem"
    HOUDING_EN_GEDRAG = "houding-en-gedrag", "Houding en gedrag"
    DILEMMA = "dilemma", "Dilemma"
    EMOTIE = "emotie", "Emotie"
    SAMENWERKING = "samenwerking", "Samenwerking"
    KENNISVRAAG = "kennisvraag", "Kennisvraag"
    LEREN_VAN_SUCCES = "leren-van-succes", "Leren van succes"


class Niveau(Woordenlijst):
    STARTER = "starter", "Starter"
    GEVORDERD = "gevorderd", "Gevorderd"


class Soort(Woordenlijst):
    """Intervisie: peers learn from one member's own work question. Teamleren: a team format (consultation,
    reflection, a shared decision). Oefening: practising a skill. Only intervisie is intervisie in the strict sense."""

    INTERVISIE = "intervisie", "Intervisie"
    TEAMLEREN = "teamleren", "Teamleren"
    OEFENING = "oefening", "Oefening"


class OnlineGeschikt(Woordenlijst):
    """Whether a werkvorm runs in a video call: every werkvorm says how in `online`; this says whether it still is
    the same werkvorm there. Beperkt: only under a condition or in a changed form, which `online` names."""

    VOLLEDIG = "volledig", "Kan helemaal online"
    BEPERKT = "beperkt", "Online alleen beperkt"


class Baken(Woordenlijst):
    VRAAG_ACHTER_DE_VRAAG = "vraag-achter-de-vraag", "Gericht op de vraag achter de vraag"
    EIGEN_KRACHT = "eigen-kracht", "Gebaseerd op de eigen kracht van de burger"
    DIRECT_EROP_AF = "direct-erop-af", "Direct eropaf"
    FORMEEL_EN_INFORMEEL = "formeel-en-informeel", "Formeel en informeel in optimale verhouding"
    COLLECTIEF_EN_INDIVIDUEEL = "collectief-en-individueel", "Doordachte balans van collectief en individueel"
    INTEGRAAL_WERKEN = "integraal-werken", "Integraal werken"
    RESULTAATGERICHT = "resultaatgericht", "Niet vrijblijvend, maar resultaatgericht"
    RUIMTE_EN_VERTROUWEN = "ruimte-en-vertrouwen", "Gebaseerd op ruimte voor de professional en vertrouwen"


class Thema(Woordenlijst):
    GEKANTELD_WERKEN = "gekanteld-werken", "Gekanteld werken en eigen kracht"
    INFORMEEL_NETWERK = "informeel-netwerk", "Samenwerken met het informele netwerk"
    DOELGERICHT_WERKEN = "doelgericht-werken", "Doelgericht werken met gezinnen"
    VEILIGHEID = "veiligheid", "Veiligheid samen inschatten"
    SAMENWERKEN_IN_HET_TEAM = "samenwerken-in-het-team", "Samenwerken in het sociale team"
    TIJD_EN_REGELRUIMTE = "tijd-en-regelruimte", "Tijd en regelruimte"
    EFFECT_ZICHTBAAR_MAKEN = "effect-zichtbaar-maken", "Effect zichtbaar maken"


VRAAGTYPES = Vraagtype.labels()
NIVEAUS = Niveau.labels()
SOORTEN = Soort.labels()
ONLINE_GESCHIKT = OnlineGeschikt.labels()
BAKENS = Baken.labels()
THEMAS = Thema.labels()
"""Slug → label, for the places that iterate or look up by plain string (overviews, navigation, JSON)."""
