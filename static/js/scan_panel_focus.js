// Rescan replaces the scan panel of an article's page, and with it the button that had the focus; so
// does each poll while the focus is on the panel. The poll that brings a finished scan also replaces
// the article's text, and with it the highlighted claim a keyboard user was on. Keep them where they
// were: on the same claim where the new text still has it, else on the new panel (its button, or the
// panel itself).
(function () {
  "use strict";
  var HIGHLIGHT = "mark.claim[data-claim-id]";
  var focusBefore = null;

  function marksOf(claimId) {
    return Array.prototype.filter.call(document.querySelectorAll(HIGHLIGHT), function (mark) {
      return mark.getAttribute("data-claim-id") === claimId;
    });
  }

  document.body.addEventListener("htmx:beforeSwap", function () {
    var panel = document.getElementById("scan-panel");
    var active = document.activeElement;
    var mark = active && active.closest ? active.closest(HIGHLIGHT) : null;
    var claimId = mark ? mark.getAttribute("data-claim-id") : null;
    focusBefore = {
      inPanel: !!(panel && panel.contains(active)),
      claimId: claimId,
      // A quote cut in two by a figure inside it is two highlights of one claim.
      piece: claimId ? marksOf(claimId).indexOf(mark) : 0,
    };
  });

  // Fired for the panel and again for the text swapped with it: the first call does the work.
  document.body.addEventListener("htmx:afterSettle", function () {
    var before = focusBefore;
    focusBefore = null;
    var active = document.activeElement;
    if (!before || (active && active !== document.body && active.isConnected)) { return; }
    var panel = document.getElementById("scan-panel");
    if (before.claimId) {
      var marks = marksOf(before.claimId);
      if (marks.length) { (marks[before.piece] || marks[0]).focus(); return; }
      if (panel) { panel.focus(); }
      return;
    }
    if (before.inPanel && panel) { (panel.querySelector("button") || panel).focus(); }
  });
})();
