// Take, release and reuse replace their row of the fact-check queue, and with it the button that had
// focus. Keep a keyboard user where they were: on the row's message (which says what happened), else
// its first control.
(function () {
  "use strict";
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var row = event.detail.elt;
    if (!row || !row.classList || !row.classList.contains("claim-row") || !row.isConnected) { return; }
    if (document.activeElement && document.activeElement !== document.body) { return; }
    var target = row.querySelector(".row-error, .row-success") || row.querySelector("td:last-child button, td:last-child a");
    if (target) { target.focus(); }
  });
})();
