/* The public report map: Leaflet with markers shaped, worded and coloured by light, grouped on a simple
   pixel grid when they crowd. Without JavaScript (or without tiles) the page still lists the reports. */
(function () {
  'use strict';
  var element = document.getElementById('report-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var area = document.getElementById('map-area');
  var status = document.getElementById('map-status');
  var data = element.dataset;
  area.hidden = false;

  var SHAPES = {
    RED: '<polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6"/><path class="mark" d="M6.5 6.5l7 7M13.5 6.5l-7 7"/>',
    YELLOW: '<polygon points="10,1 19.5,18.5 0.5,18.5"/><path class="mark" d="M10 7.5v5M10 15.2v.6"/>',
    GREEN: '<circle cx="10" cy="10" r="9"/><path class="mark" d="M5.5 10.5l3 3 6-6.5"/>'
  };
  var RANK = {RED: 0, YELLOW: 1, GREEN: 2};
  var CELL = 56;

  function escape(text) {
    var span = document.createElement('span');
    span.textContent = text == null ? '' : String(text);
    return span.innerHTML;
  }

  function icon(light, label) {
    return L.divIcon({
      className: 'map-pin light-' + light.toLowerCase(),
      html: '<svg class="light-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">' + SHAPES[light] +
        '</svg><span class="map-pin-label">' + escape(label) + '</span>',
      iconSize: null,
      iconAnchor: [12, 12]
    });
  }

  function item(p) {
    return '<a href="' + escape(p.url) + '">' + escape(data.open) + ' ' + escape(p.ticket) + '</a>' +
      (p.approximate ? '<br><small>' + escape(data.approximate) + '</small>' : '');
  }

  var map = L.map(element, {scrollWheelZoom: false}).setView([Number(data.lat), Number(data.lon)], Number(data.zoom));
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, {maxZoom: 18, attribution: escape(data.attribution)}).addTo(map);
  }
  var layer = L.layerGroup().addTo(map);
  var points = [];

  function draw() {
    layer.clearLayers();
    var cells = {};
    points.forEach(function (p) {
      var at = map.latLngToLayerPoint([p.lat, p.lon]);
      var key = Math.floor(at.x / CELL) + ':' + Math.floor(at.y / CELL);
      (cells[key] = cells[key] || []).push(p);
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      if (group.length === 1) {
        var p = group[0];
        L.marker([p.lat, p.lon], {icon: icon(p.light, p.lightWord), title: p.category + ' · ' + p.lightWord, keyboard: true})
          .bindPopup('<strong>' + escape(p.category) + '</strong><br>' + escape(p.lightWord) + '<br>' + item(p))
          .addTo(layer);
        return;
      }
      // A group shows its worst light, so a red report is never hidden behind green ones.
      var worst = group.reduce(function (a, b) { return RANK[b.light] < RANK[a.light] ? b : a; }).light;
      var lat = 0;
      var lon = 0;
      group.forEach(function (p) { lat += p.lat; lon += p.lon; });
      var label = data.cluster.replace('{0}', group.length);
      var bounds = L.latLngBounds(group.map(function (p) { return [p.lat, p.lon]; }));
      var marker = L.marker([lat / group.length, lon / group.length], {icon: icon(worst, label), title: label, keyboard: true});
      var together = bounds.getNorthEast().equals(bounds.getSouthWest(), 1e-9);
      if (together || map.getZoom() >= map.getMaxZoom()) {
        // Reports at one region's centre never come apart by zooming: list them instead, worst first.
        group.sort(function (a, b) { return RANK[a.light] - RANK[b.light]; });
        marker.bindPopup('<strong>' + escape(label) + '</strong><ul class="map-popup-list">' + group.slice(0, 20).map(function (p) {
          return '<li>' + escape(p.lightWord) + ' · ' + escape(p.category) + '<br>' + item(p) + '</li>';
        }).join('') + '</ul>' + (group.length > 20 ? '<a href="' + escape(data.list) + '">' + escape(data.more) + '</a>' : ''),
          {maxHeight: 260});
      } else {
        marker.on('click', function () { map.fitBounds(bounds.pad(0.3)); });
      }
      marker.addTo(layer);
    });
  }

  fetch(data.points, {headers: {Accept: 'application/json'}})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (list) {
      points = list;
      status.textContent = list.length ? '' : data.none;
      draw();
      map.on('zoomend', draw);
    })
    .catch(function () {
      status.textContent = data.failed;
    });
})();
