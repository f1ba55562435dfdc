"""Makes Material's search work for Dutch: stemmed query words, no stop words, honest result lines.

Material appends `*` to every query term (search as you type). lunr then
skips the pipeline, stemmer included, for any term with a `*`, and would stem
the `*` along with the word if it did not. So the index holds `verzamel` while
the query stays `verzamelen*`, and plural or conjugated words find nothing.
The patch keeps the pipeline on for such terms and stems the word before
putting the `*` back.

lunr-languages gives the Dutch query pipeline only the stemmer, so `in*` in
"rust in huis" matched every word starting with "in" and outranked the real
words. The patch drops Dutch stop words from the query, as the index does.

Material marks a query word as missing from a result ("Ontbreekt: ...") and
leaves it out of the result link's `?h=` when no indexed word starts with the
word as typed; the index holds stems, so every stemmed match looked missing.
The patch compares the stem, and uses the Dutch stop-word list there too.

The site's language is Dutch (`lang: nl` in mkdocs.yml), so the patches name
`lunr.nl`. They are applied to the built worker and fail loudly if a Material
upgrade changes the code they replace.
"""

from pathlib import Path

WERKER_PATROON = "assets/javascripts/workers/search.*.min.js"

VERVANGINGEN = (
    (
        'r.str.indexOf("*")!=-1&&(e.currentClause.usePipeline=!1)',
        'r.str.indexOf("*")!=-1&&(e.currentClause.usePipeline=!0)',
    ),
    (
        "c.usePipeline?f=this.pipeline.runString(c.term,{fields:c.fields}):f=[c.term]",
        'c.usePipeline?f=lunr.nl.stopWordFilter(c.term.replace(/\\*$/,""))?'
        'this.pipeline.runString(c.term.replace(/\\*$/,""),{fields:c.fields})'
        '.map(function(s){return c.term.slice(-1)=="*"?s+"*":s}):[]:f=[c.term]',
    ),
    (
        "e[s].startsWith(o.term)&&(n[o.term]=!0,r.delete(o));for(let s of r)(i=lunr.stopWordFilter)!=null",
        "e[s].startsWith(lunr.nl.stemmer(new lunr.Token(o.term)).toString())&&(n[o.term]=!0,r.delete(o));"
        "for(let s of r)(i=lunr.nl.stopWordFilter)!=null",
    ),
)


class ZoekPatchFout(RuntimeError):
    """The search worker no longer looks as expected; the patches must be revisited."""


def stam_ook_met_jokerteken(werker: str) -> str:
    """The worker with the stemming patch; a worker patched before (`mkdocs build --dirty`) stays as it is."""
    for origineel, vervanging in VERVANGINGEN:
        if werker.count(vervanging) == 1 and origineel not in werker:
            continue
        if werker.count(origineel) != 1:
            raise ZoekPatchFout(
                f"De zoekfunctie van Material is veranderd: '{origineel}' staat er niet precies één keer in. "
                "Controleer macros/zoeken.py na een upgrade van mkdocs-material."
            )
        werker = werker.replace(origineel, vervanging)
    return werker


def patch_zoekwerker(site_dir: Path) -> Path | None:
    """Patches the built search worker; a site built without the search plugin has none, and needs none."""
    werkers = sorted(Path(site_dir).glob(WERKER_PATROON))
    if not werkers:
        return None
    if len(werkers) > 1:
        raise ZoekPatchFout(f"Er staan {len(werkers)} zoekwerkers in {site_dir}; verwacht er één. Bouw de site opnieuw zonder --dirty.")
    (werker,) = werkers
    werker.write_text(stam_ook_met_jokerteken(werker.read_text(encoding="utf-8")), encoding="utf-8")
    return werker
