// Small pieces the site's scripts share: an element with a class and text, and copying the page's link.
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

  wortel.IntervisieHulp = { maak: maak, kopieerLink: kopieerLink };
})(window);
