// The privacy page's button: erase everything this site keeps in this browser (every localStorage key that
// starts with "intervisiewijzer:"; docs/privacy.md lists them, tests/test_verklaringen.py keeps the list true).
(function () {
  "use strict";
  var knop = document.getElementById("wis-alles");
  if (!knop) return;
  var melding = document.getElementById("wis-alles-melding");
  knop.closest(".wis-alles").hidden = false;
  knop.addEventListener("click", function () {
    var sleutels = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        if (localStorage.key(i).indexOf("intervisiewijzer:") === 0) sleutels.push(localStorage.key(i));
      }
      sleutels.forEach(function (sleutel) { localStorage.removeItem(sleutel); });
      melding.textContent = sleutels.length ? "Gewist: " + sleutels.length + (sleutels.length === 1 ? " onderdeel." : " onderdelen.") : "Er was niets bewaard.";
    } catch (e) {
      melding.textContent = "Deze browser laat de site niet bij de opslag; er is dus ook niets bewaard.";
    }
  });
})();
