/* coursec serve: reloads the page when what it is made from changes, and
   lets the author hide the problems panel. Served by `coursec serve` only,
   at /__coursec/preview.js: no package ever carries it. */
(function () {
  "use strict";
  var script = document.currentScript;
  var page = script.getAttribute("data-page");
  var version = script.getAttribute("data-version");
  var overlay = document.getElementById("coursec-preview");
  if (overlay) {
    var hide = overlay.querySelector("[data-coursec-hide]");
    if (hide) hide.addEventListener("click", function () { overlay.hidden = true; });
  }
  if (!window.EventSource) return;
  var events = new EventSource("/__coursec/events?page=" + encodeURIComponent(page) +
    "&v=" + encodeURIComponent(version));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
