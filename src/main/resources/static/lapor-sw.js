// Service worker of the citizen's report form: /lapor and what it needs (styles, scripts, categories, districts and
// villages) are kept, so the form opens and fills without signal; pages come from the network first.
'use strict';
var CACHE = 'mimika-lapor-v1';
var SHELL = ['/lapor', '/css/mimika.css', '/css/report.css', '/theme.css', '/js/report-form.js', '/js/report-offline.js',
  '/api/v1/report-categories', '/api/v1/regions/districts'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(SHELL).then(function () {
      // every district's villages, so the village list works offline too
      return fetch('/api/v1/regions/districts').then(function (r) { return r.json(); }).then(function (districts) {
        return Promise.all(districts.map(function (d) {
          return cache.add('/api/v1/regions/districts/' + encodeURIComponent(d.code) + '/villages');
        }));
      });
    });
  }).catch(function () { /* a later visit fills the cache */ }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf('mimika-lapor-') === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }));
  self.clients.claim();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && (request.mode === 'navigate' ? url.pathname === '/lapor' : true)) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request.mode === 'navigate' ? '/lapor' : request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: request.mode === 'navigate' }).then(function (cached) {
      return cached || (request.mode === 'navigate' ? caches.match('/lapor') : Response.error());
    });
  }));
});
