/* Lets htmx swap the "me too" counter also when the server answers 429, which carries a friendly message. */
(function () {
  'use strict';
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 429) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
