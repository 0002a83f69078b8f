// The claims highlighted in the text of an article's page are one widget: a single stop of the Tab
// key (the highlight last moved to), with the arrow keys, j and k, Home and End moving between them.
// A body of 100,000 characters holds thousands of claims; one Tab stop each put them all between a
// keyboard user and the workflow buttons. The handlers sit on the document, so they serve the
// highlights that every refresh of the scan panel brings in.
(function () {
  "use strict";
  var HIGHLIGHT = "mark.claim[data-claim-id]";
  var NEXT = { ArrowRight: 1, ArrowDown: 1, j: 1, ArrowLeft: -1, ArrowUp: -1, k: -1 };

  function highlights() {
    return Array.prototype.slice.call(document.querySelectorAll(HIGHLIGHT));
  }

  function makeTabStop(mark) {
    highlights().forEach(function (other) {
      other.setAttribute("tabindex", other === mark ? "0" : "-1");
    });
  }

  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest && event.target.closest(HIGHLIGHT);
    if (mark && mark.getAttribute("tabindex") !== "0") { makeTabStop(mark); }
  });

  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest(HIGHLIGHT);
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var all = highlights();
    var index = all.indexOf(mark);
    var target = null;
    if (Object.prototype.hasOwnProperty.call(NEXT, event.key)) {
      target = all[Math.min(Math.max(index + NEXT[event.key], 0), all.length - 1)];
    } else if (event.key === "Home") {
      target = all[0];
    } else if (event.key === "End") {
      target = all[all.length - 1];
    }
    if (!target) { return; }
    event.preventDefault();
    makeTabStop(target);
    target.focus();
  });
})();
