/*
 * Runs first in taskpane.html, before Office.js and the pane's bundles, and is written in plain
 * ES5 so that Internet Explorer 11 and the old Edge (EdgeHTML) can run it: Excel 2016 and 2019
 * bought outright show add-ins in those, and the pane's modern JavaScript cannot run there.
 * On such a host it opens legacy.html, a plain page that says what to use instead.
 */
/* global window */
(function () {
  var ua = (window.navigator && window.navigator.userAgent) || "";
  var oldEngine = /Trident\/|MSIE |Edge\/\d/.test(ua);
  var missing = typeof window.Promise !== "function" || typeof window.Proxy !== "function" || !window.fetch;
  if (oldEngine || missing) {
    window.location.replace("legacy.html");
  }
})();
