/* The command centre's wall (/mcc): draws the queue's reports on a Leaflet map (shape, word and colour by light,
   grouped on a pixel grid per zoom level) and keeps queue, map and figures live from the server-sent events of
   /mcc/siaran. Without JavaScript the server-rendered queue, figures and refresh link are the whole page. */
(function () {
  'use strict';
  var root = document.getElementById('main');
  var queue = document.getElementById('wall-queue');
  if (!root || !queue) {
    return;
  }
  var data = root.dataset;
  var lang = document.documentElement.lang || 'id';
  var numbers = window.Intl ? new Intl.NumberFormat(lang) : { format: String };
  var RANK = { RED: 0, YELLOW: 1, GREEN: 2 };
  var SVG = 'http://www.w3.org/2000/svg';
  var CELL = 48;
  var total = Number(data.total) || 0;

  function fill(template, args) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return args[Number(i)]; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text != null) { node.textContent = text; }
    return node;
  }

  /* The same shapes as templates/fragments/light.html (octagon, triangle, circle, each with a mark). */
  var SHAPES = {
    RED: '<polygon points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6"/><path class="mark" d="M6.5 6.5l7 7M13.5 6.5l-7 7"/>',
    YELLOW: '<polygon points="10,1 19.5,18.5 0.5,18.5"/><path class="mark" d="M10 7.5v5M10 15.2v.6"/>',
    GREEN: '<circle cx="10" cy="10" r="9"/><path class="mark" d="M5.5 10.5l3 3 6-6.5"/>'
  };

  function shape(light, size) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 20 20');
    svg.setAttribute('class', 'light-icon');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    if (size) { svg.setAttribute('width', size); svg.setAttribute('height', size); }
    svg.innerHTML = SHAPES[light] || SHAPES.GREEN;
    return svg;
  }

  function lightBadge(light, word) {
    var span = el('span', 'light light-' + light.toLowerCase());
    span.appendChild(shape(light));
    span.appendChild(el('span', 'light-word', word));
    return span;
  }

  /* The same rule as the server's filter form, applied to an event so that the live queue stays filtered. */
  function matches(e) {
    if (!e.open || e.submittedAtMillis < Number(data.since)) { return false; }
    if (data.category && e.category !== data.category) { return false; }
    if (data.district && e.district !== data.district) { return false; }
    if (data.agency && e.agency !== data.agency) { return false; }
    if (data.light && e.light !== data.light) { return false; }
    if (data.q) {
      var q = data.q.toLowerCase();
      return e.ticket.toLowerCase().indexOf(q) >= 0 || (e.description || '').toLowerCase().indexOf(q) >= 0;
    }
    return true;
  }

  function row(e) {
    var li = el('li', 'wall-row light-' + e.light.toLowerCase());
    li.id = 'w-' + e.ticket;
    li.dataset.ticket = e.ticket;
    li.dataset.light = e.light;
    li.dataset.lightText = e.lightText;
    li.dataset.lat = e.lat;
    li.dataset.lon = e.lon;
    li.dataset.approximate = e.approximate;
    li.dataset.categoryName = e.categoryName;
    li.dataset.submitted = e.submittedAtMillis;
    var url = '/mcc/laporan/' + encodeURIComponent(e.ticket);
    var head = el('p', 'card-head');
    var ticket = el('a', 'ticket', e.ticket);
    ticket.href = url;
    head.appendChild(ticket);
    head.appendChild(document.createTextNode(' '));
    head.appendChild(lightBadge(e.light, e.lightText));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(el('span', 'status', e.statusText));
    li.appendChild(head);
    var meta = el('p', 'card-meta');
    meta.appendChild(el('strong', null, e.categoryName));
    [e.districtName, e.agencyName].forEach(function (name) {
      if (name) {
        meta.appendChild(document.createTextNode(' · '));
        meta.appendChild(el('span', null, name));
      }
    });
    li.appendChild(meta);
    li.appendChild(el('p', 'excerpt', e.excerpt));
    li.appendChild(el('p', 'hint', e.receivedText));
    var actions = el('div', 'card-actions');
    if (data.canRoute === 'true' && e.suggested) {
      var form = el('form', 'inline route');
      form.method = 'post';
      form.action = url + '/teruskan';
      form.setAttribute('hx-post', form.action);
      form.setAttribute('hx-target', '#wall-flash');
      form.setAttribute('hx-select', '.flash-area');
      form.setAttribute('hx-swap', 'innerHTML');
      [[data.csrfName, data.csrfValue], ['agencyCode', e.suggested], ['dari', 'antrian']].forEach(function (pair) {
        if (pair[0]) {
          var input = el('input');
          input.type = 'hidden';
          input.name = pair[0];
          input.value = pair[1];
          form.appendChild(input);
        }
      });
      var button = el('button', 'primary small', e.routeText);
      button.type = 'submit';
      form.appendChild(button);
      actions.appendChild(form);
    }
    var open = el('a', 'button small', data.textOpen);
    open.href = url;
    actions.appendChild(open);
    li.appendChild(actions);
    return li;
  }

  function showCount() {
    var shown = queue.children.length;
    document.getElementById('wall-count').textContent = fill(data.textCount, [numbers.format(shown), numbers.format(total)]);
    document.getElementById('wall-empty').hidden = shown > 0;
  }

  function apply(e) {
    var existing = document.getElementById('w-' + e.ticket);
    if (!matches(e)) {
      if (existing) {
        existing.remove();
        total = Math.max(0, total - 1);
      }
      return;
    }
    var fresh = row(e);
    if (existing) {
      existing.replaceWith(fresh);
    } else {
      queue.insertBefore(fresh, queue.firstElementChild);
      total += 1;
      document.getElementById('wall-announce').textContent = fill(data.textAnnounce, [e.ticket, e.categoryName]);
    }
    if (window.htmx) { window.htmx.process(fresh); }
  }

  function figures(f) {
    // The stream's figures count open reports; a wall counting another kind keeps the figures it was rendered with.
    if (document.getElementById('wall-totals').dataset.kind !== 'REPORT') { return; }
    Object.keys(f.totals).forEach(function (key) {
      var n = document.querySelector('[data-total="' + key + '"]');
      if (n) { n.textContent = numbers.format(f.totals[key]); }
    });
    var most = f.districts.reduce(function (m, d) { return Math.max(m, d.open); }, 0);
    f.districts.forEach(function (d) {
      var li = document.querySelector('#wall-heat [data-district="' + d.code + '"]');
      if (!li) { return; }
      var level = most === 0 || d.open === 0 ? 0 : Math.max(1, Math.ceil(4 * d.open / most));
      li.className = 'heat-' + level + (d.red > 0 ? ' has-red' : '');
      li.querySelector('.heat-counts').textContent = fill(data.textCounts, [numbers.format(d.open), numbers.format(d.red)]);
    });
  }

  var redraw = function () {};
  var pending = null;
  function later() {
    if (pending === null) {
      pending = window.setTimeout(function () { pending = null; redraw(); }, 200);
    }
  }

  if (window.EventSource && data.stream) {
    var live = document.getElementById('wall-live');
    var source = new EventSource(data.stream);
    source.addEventListener('open', function () {
      live.hidden = false;
      live.className = 'live';
      live.textContent = data.textLive;
    });
    source.addEventListener('error', function () {
      live.hidden = false;
      live.className = 'live lost';
      live.textContent = data.textLiveLost;
    });
    source.addEventListener('report', function (message) {
      apply(JSON.parse(message.data));
      showCount();
      later();
    });
    source.addEventListener('figures', function (message) {
      figures(JSON.parse(message.data));
    });
  }

  var element = document.getElementById('wall-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  element.hidden = false;
  document.getElementById('wall-map-noscript').hidden = true;

  var map = L.map(element, { scrollWheelZoom: true, keyboard: true, maxZoom: 18 });
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { maxZoom: 18, attribution: data.attribution ? escapeText(data.attribution) : '' }).addTo(map);
  }
  var places = [];
  var labels = [];
  document.querySelectorAll('#wall-districts li').forEach(function (li) {
    var at = [Number(li.dataset.lat), Number(li.dataset.lon)];
    places.push(at);
    labels.push(L.marker(at, {
      icon: L.divIcon({ className: 'wall-district-label', html: escapeText(li.textContent), iconSize: null }),
      interactive: false, keyboard: false
    }).addTo(map));
  });
  map.fitBounds(L.latLngBounds(places).pad(0.1));
  var layer = L.layerGroup().addTo(map);

  function escapeText(text) {
    var span = document.createElement('span');
    span.textContent = text == null ? '' : String(text);
    return span.innerHTML;
  }

  function icon(light, label) {
    var holder = el('span');
    holder.appendChild(shape(light, 22));
    if (label) { holder.appendChild(el('span', 'wall-pin-count', label)); }
    return L.divIcon({ className: 'wall-pin light-' + light.toLowerCase(), html: holder.innerHTML, iconSize: null, iconAnchor: [11, 11] });
  }

  function points() {
    return Array.prototype.map.call(queue.children, function (li) {
      return {
        ticket: li.dataset.ticket, light: li.dataset.light, lightText: li.dataset.lightText,
        category: li.dataset.categoryName, approximate: li.dataset.approximate === 'true',
        lat: Number(li.dataset.lat), lon: Number(li.dataset.lon)
      };
    });
  }

  function popup(p) {
    var box = el('div', 'wall-popup');
    var link = el('a', 'ticket', p.ticket);
    link.href = '/mcc/laporan/' + encodeURIComponent(p.ticket);
    box.appendChild(link);
    box.appendChild(lightBadge(p.light, p.lightText));
    box.appendChild(el('p', null, p.category));
    if (p.approximate) { box.appendChild(el('p', 'hint', data.textApproximate)); }
    return box;
  }

  redraw = function () {
    layer.clearLayers();
    var cells = {};
    points().forEach(function (p) {
      var at = map.latLngToLayerPoint([p.lat, p.lon]);
      var key = Math.floor(at.x / CELL) + ':' + Math.floor(at.y / CELL);
      (cells[key] = cells[key] || []).push(p);
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      if (group.length === 1) {
        var p = group[0];
        L.marker([p.lat, p.lon], { icon: icon(p.light), title: p.ticket + ' · ' + p.lightText, keyboard: true })
          .bindPopup(popup(p))
          .addTo(layer);
        return;
      }
      // A group shows its worst light, so that a red report is never hidden behind green ones.
      var worst = group.reduce(function (a, b) { return RANK[b.light] < RANK[a.light] ? b : a; });
      var lat = 0;
      var lon = 0;
      group.forEach(function (q) { lat += q.lat; lon += q.lon; });
      var label = fill(data.textCluster, [numbers.format(group.length)]);
      var bounds = L.latLngBounds(group.map(function (q) { return [q.lat, q.lon]; }));
      L.marker([lat / group.length, lon / group.length], {
        icon: icon(worst.light, numbers.format(group.length)), title: label + ' · ' + worst.lightText, keyboard: true
      }).on('click', function () {
        if (map.getZoom() >= map.getMaxZoom() || bounds.getNorthEast().equals(bounds.getSouthWest())) {
          L.popup().setLatLng(bounds.getCenter()).setContent(list(group)).openOn(map);
        } else {
          map.fitBounds(bounds.pad(0.5));
        }
      }).addTo(layer);
    });
  };

  /* Reports at one spot (e.g. several without coordinates at a district's centre) open as a list. */
  function list(group) {
    var ul = el('ul', 'wall-popup-list');
    group.forEach(function (p) {
      var li = el('li');
      li.appendChild(popup(p));
      ul.appendChild(li);
    });
    return ul;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /* Each district's name goes below its centre, or above, right or left of it, wherever no marker (nor a name placed
     before it) covers it, as reports placed by district sit exactly on the centre; a name that fits nowhere is left
     out of the map at this zoom, and the district panel beside it still has it. */
  function placeLabels() {
    var markers = [];
    layer.eachLayer(function (m) {
      if (m.getElement()) { markers.push(m.getElement().getBoundingClientRect()); }
    });
    labels.forEach(function (label) {
      var node = label.getElement();
      if (!node) { return; }
      node.style.visibility = '';
      node.style.marginLeft = '0px';
      node.style.marginTop = '0px';
      var origin = node.getBoundingClientRect();
      var w = origin.width;
      var h = origin.height;
      var spots = [[-w / 2, 13], [-w / 2, -13 - h], [14, -h / 2], [-14 - w, -h / 2], [-w / 2, 26], [-w / 2, -26 - h]];
      var free = spots.filter(function (spot) {
        var box = { left: origin.left + spot[0], right: origin.left + spot[0] + w, top: origin.top + spot[1], bottom: origin.top + spot[1] + h };
        return !markers.some(function (m) { return overlaps(box, m); });
      })[0];
      if (free) {
        node.style.marginLeft = free[0] + 'px';
        node.style.marginTop = free[1] + 'px';
        // Names placed so far are kept clear of too, so that two near centres do not print over each other.
        markers.push(node.getBoundingClientRect());
      } else {
        node.style.visibility = 'hidden';
      }
    });
  }

  var drawMarkers = redraw;
  redraw = function () {
    drawMarkers();
    placeLabels();
  };
  map.on('zoomend', redraw);
  redraw();
})();
