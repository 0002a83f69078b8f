// A page that comes back to say that something was not done (a form refused, a workflow step not
// taken, a ruling not saved, a sign-in paused) marks what says so with data-focus-on-load. Focused as
// the page opens, it is what a screen reader reads first. The first one on the page wins: only one
// form is sent at a time, so there is one. A file of its own, so that the pages hold no inline script
// (the Content-Security-Policy refuses them).
(function () {
  "use strict";
  var said = document.querySelector("[data-focus-on-load]");
  if (said) { said.focus(); }
})();
