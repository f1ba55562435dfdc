// A glossary term found by search has the address begrippen/?begrip=<anchor> (macros/zoekindex.py):
// jump to the term, as a link with #<anchor> would.
(function () {
  "use strict";
  var anker = new URLSearchParams(location.search).get("begrip");
  if (anker && document.getElementById(anker) && location.hash !== "#" + anker) location.replace("#" + anker);
})();

// A glossary tooltip (the abbr's title, shown by CSS under the term) starts at the term's left edge; near the
// right edge of a phone it would run off the screen. Before it shows, move it left by as much as needed.
(function () {
  "use strict";
  var MARGE = 8;
  function plaats(e) {
    var term = e.target.closest && e.target.closest("abbr[title]");
    if (!term) return;
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    var breedte = Math.min(18 * rem, 0.8 * window.innerWidth);
    var links = term.getBoundingClientRect().left;
    var teVeel = links + breedte - (document.documentElement.clientWidth - MARGE);
    term.style.setProperty("--tip-x", teVeel > 0 ? -Math.min(teVeel, links - MARGE) + "px" : "0px");
  }
  ["pointerover", "focusin", "touchstart"].forEach(function (soort) {
    document.addEventListener(soort, plaats, { passive: true });
  });
})();
