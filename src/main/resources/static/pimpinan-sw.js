// Service worker of the leaders' dashboard: network first, falling back to the last copy of each page when
// there is no signal, so that the Bupati still sees the last figures (with the time they date from).
'use strict';
var CACHE = 'mimika-pimpinan-v1';
var SHELL = ['/pimpinan', '/css/mimika.css', '/css/dashboard.css', '/theme.css', '/js/dashboard.js', '/img/mimika-icon.svg'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }).catch(function () {}));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }));
  self.clients.claim();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && new URL(request.url).origin === self.location.origin) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (cached) { return cached || caches.match('/pimpinan'); });
  }));
});
