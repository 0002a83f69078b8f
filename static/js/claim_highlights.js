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

  // A highlight's details open in a popover on a click, Enter or Space, with a link to the claim's
  // page; Tab from the highlight goes to that link, and Escape closes the popover.
  var open = null;

  function popoverFor(mark) {
    var link = document.createElement("a");
    link.className = "claim-popover-link";
    link.href = mark.getAttribute("data-claim-url");
    link.textContent = "Open this claim\u2019s page";
    var template = '<div class="popover claim-popover" role="dialog"><div class="popover-arrow"></div>' +
      '<h3 class="popover-header"></h3><div class="popover-body"></div>' +
      '<p class="small px-3 pb-2 mb-0">' + link.outerHTML + "</p></div>";
    return bootstrap.Popover.getOrCreateInstance(mark, { trigger: "manual", template: template });
  }

  function tipOf(mark) {
    var id = mark.getAttribute("aria-describedby");
    return id ? document.getElementById(id) : null;
  }

  function close(refocus) {
    if (!open) { return; }
    var mark = open;
    open = null;
    var popover = bootstrap.Popover.getInstance(mark);
    if (popover) { popover.hide(); }
    if (refocus && mark.isConnected) {
      mark.focus();
      // The popover leaves the page once it has faded out; if the focus went with it (as it can
      // when its link still held it), it comes back to the highlight rather than to the page.
      mark.addEventListener("hidden.bs.popover", function () {
        if (!document.activeElement || document.activeElement === document.body) { mark.focus(); }
      }, { once: true });
    }
  }

  function toggle(mark) {
    if (!window.bootstrap) { return; }
    if (open === mark) { close(false); return; }
    close(false);
    popoverFor(mark).show();
    open = mark;
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest(HIGHLIGHT);
    if (mark) {
      toggle(mark);
    } else if (open && !(event.target.closest && event.target.closest(".claim-popover"))) {
      close(false);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (!open) { return; }
    var inPopover = event.target.closest && event.target.closest(".claim-popover");
    if (event.key === "Escape" && (event.target === open || inPopover)) {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab" && event.target === open && !event.shiftKey) {
      var tip = tipOf(open);
      var link = tip && tip.querySelector(".claim-popover-link");
      if (link) { event.preventDefault(); link.focus(); }
    } else if (event.key === "Tab" && inPopover) {
      event.preventDefault();
      close(true);
    }
  });

  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest && event.target.closest(HIGHLIGHT);
    if (mark && mark.getAttribute("tabindex") !== "0") { makeTabStop(mark); }
    var inPopover = event.target.closest && event.target.closest(".claim-popover");
    if (open && mark !== open && !inPopover) { close(false); }
  });

  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest(HIGHLIGHT);
    if (!mark || event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      toggle(mark);
      return;
    }
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
