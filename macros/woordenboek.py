"""Ordinary Dutch words and how often they occur (pyspellchecker's Dutch list), loaded once per build.

The anonymity guard asks whether a capitalised word is just a word; search splits compounds into words with it.
"""

from __future__ import annotations

from collections import Counter
from functools import cache


@cache
def hoe_vaak() -> Counter[str]:
    """Each Dutch word in the list with its count in the list's corpus; a word that is not in it counts 0."""
    from spellchecker import SpellChecker

    return Counter(SpellChecker(language="nl").word_frequency.dictionary)
