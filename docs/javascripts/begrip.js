// A glossary term found by search has the address begrippen/?begrip=<anchor> (macros/zoekindex.py):
// jump to the term, as a link with #<anchor> would.
(function () {
  "use strict";
  var anker = new URLSearchParams(location.search).get("begrip");
  if (anker && document.getElementById(anker) && location.hash !== "#" + anker) location.replace("#" + anker);
})();
