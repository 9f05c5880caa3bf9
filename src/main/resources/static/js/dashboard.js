// The leaders' dashboard: installable, refreshes itself every minute when online, and when the phone has
// no signal the service worker shows the last figures that loaded (the page states their time).
(function () {
  'use strict';
  var note = document.getElementById('offline-note');
  function showConnection() {
    if (note) { note.hidden = navigator.onLine; }
  }
  window.addEventListener('online', showConnection);
  window.addEventListener('offline', showConnection);
  showConnection();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/pimpinan-sw.js', { scope: '/pimpinan' }).catch(function () { /* works without */ });
  }
  setInterval(function () {
    if (navigator.onLine && document.visibilityState === 'visible') { window.location.reload(); }
  }, 60000);
})();
