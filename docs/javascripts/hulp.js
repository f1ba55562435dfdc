// Small pieces the site's scripts share: an element with a class and text, copying the page's link, and what
// the browser keeps for this site (localStorage, as JSON).
(function (wortel) {
  "use strict";

  function maak(naam, klasse, tekst) {
    var el = document.createElement(naam);
    if (klasse) el.className = klasse;
    if (tekst !== undefined) el.textContent = tekst;
    return el;
  }

  // The address of the page as it stands (the choices are in it), to the clipboard where the browser allows it.
  function kopieerLink(knop) {
    var klaar = function () { knop.textContent = "Link gekopieerd"; };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(location.href).then(klaar, klaar);
    else window.prompt("Kopieer deze link:", location.href);
  }

  function lees(sleutel) {
    try { return JSON.parse(localStorage.getItem(sleutel)); } catch (e) { return null; }
  }

  // null removes the key. In private mode or with full storage nothing is kept; the page still works.
  function schrijf(sleutel, waarde) {
    try {
      if (waarde === null) localStorage.removeItem(sleutel); else localStorage.setItem(sleutel, JSON.stringify(waarde));
    } catch (e) { /* not kept: the session or the notes live only as long as the page */ }
  }

  wortel.IntervisieHulp = { maak: maak, kopieerLink: kopieerLink, lees: lees, schrijf: schrijf };
})(window);
