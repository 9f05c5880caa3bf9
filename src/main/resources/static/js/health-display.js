// Without JavaScript the page reloads itself (meta refresh in <noscript>); with htmx the board polls; if htmx did not
// load (a slow line), the whole page reloads every 15 seconds instead.
window.addEventListener('load', function () {
  if (!window.htmx) {
    setTimeout(function () { window.location.reload(); }, 15000);
  }
});
