/* Enhances the report form at /lapor: character counter, category examples, villages of the chosen district,
   "use my location" and a map pin that choose district and village, reports already made near the place, photo
   count. The form works fully without this file. */
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
  }

  var description = document.getElementById('description');
  var counter = document.getElementById('description-count');
  if (description && counter) {
    var max = Number(description.getAttribute('maxlength')) || 4000;
    var format = new Intl.NumberFormat(document.documentElement.lang || 'id');
    var update = function () {
      counter.textContent = fill(description.dataset.counter, [format.format(description.value.length), format.format(max)]);
      counter.classList.toggle('near-limit', description.value.length > max * 0.9);
    };
    counter.hidden = false;
    description.addEventListener('input', update);
    update();
  }

  var category = document.getElementById('categoryCode');
  var examples = document.getElementById('category-examples');
  if (category && examples) {
    var general = examples.textContent;
    var show = function () {
      var option = category.options[category.selectedIndex];
      examples.textContent = option && option.dataset.examples ? option.dataset.examples : general;
    };
    category.addEventListener('change', show);
    show();
  }

  // Villages come grouped by district (all of them, for browsers without JavaScript); here the list keeps only the
  // chosen district's villages, without asking the server.
  var district = document.getElementById('districtCode');
  var village = document.getElementById('villageCode');
  var showVillages = function () {};
  if (district && village && village.querySelector('optgroup')) {
    var placeholder = village.options[0];
    var groups = Array.prototype.map.call(village.querySelectorAll('optgroup'), function (g) {
      return {code: g.dataset.district, label: g.label, options: Array.prototype.slice.call(g.children)};
    });
    showVillages = function () {
      var chosen = village.value;
      while (village.firstChild) {
        village.removeChild(village.firstChild);
      }
      village.appendChild(placeholder);
      groups.forEach(function (g) {
        if (!district.value) {
          var group = document.createElement('optgroup');
          group.label = g.label;
          group.dataset.district = g.code;
          g.options.forEach(function (o) { group.appendChild(o); });
          village.appendChild(group);
        } else if (g.code === district.value) {
          g.options.forEach(function (o) { village.appendChild(o); });
        }
      });
      village.value = chosen;
      if (village.value !== chosen) {
        village.value = '';
      }
    };
    district.addEventListener('change', showVillages);
    if (district.value) {
      showVillages();
    }
  }

  // The option whose (approximate) centre, in its data-lat and data-lon, is nearest to the point; none without centres.
  function nearestOption(options, la, lo) {
    var best = null;
    var bestDistance = Infinity;
    Array.prototype.forEach.call(options || [], function (o) {
      if (!o.dataset.lat) {
        return;
      }
      var dy = la - Number(o.dataset.lat);
      var dx = (lo - Number(o.dataset.lon)) * Math.cos(la * Math.PI / 180);
      if (dx * dx + dy * dy < bestDistance) {
        bestDistance = dx * dx + dy * dy;
        best = o;
      }
    });
    return best;
  }

  // Search for open reports of the chosen category near the chosen place ("Sudah dilaporkan?"), as a fragment of
  // the same page the form links to; the last answer wins.
  var area = document.getElementById('nearby-area');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  var nearbyTimer = null;
  var nearbyAsked = null;
  function refreshNearby() {
    if (!area || !window.fetch || !window.URLSearchParams) {
      return;
    }
    window.clearTimeout(nearbyTimer);
    nearbyTimer = window.setTimeout(function () {
      var params = new URLSearchParams();
      params.set('categoryCode', category ? category.value : '');
      params.set('latitude', lat ? lat.value : '');
      params.set('longitude', lon ? lon.value : '');
      params.set('districtCode', district ? district.value : '');
      params.set('villageCode', village ? village.value : '');
      var query = params.toString();
      if (query === nearbyAsked) {
        return;
      }
      nearbyAsked = query;
      window.fetch(area.dataset.url + '?' + query, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html !== null && query === nearbyAsked) {
            area.innerHTML = html;
          }
        })
        .catch(function () { nearbyAsked = null; });
    }, 250);
  }
  [category, district, village].forEach(function (select) {
    if (select) {
      select.addEventListener('change', refreshNearby);
    }
  });

  var geo = document.getElementById('geo');
  var use = document.getElementById('use-location');
  var pick = document.getElementById('pick-on-map');
  var clear = document.getElementById('clear-location');
  var status = document.getElementById('location-status');
  // Whether district and village were chosen from a point, so that a new point may choose them again; a district
  // the citizen chose is never overruled.
  var guessed = false;
  if (district) {
    district.addEventListener('change', function () { guessed = false; });
  }

  function marked(on) {
    if (clear) {
      clear.hidden = !on;
    }
  }

  function placeFromPoint(la, lo) {
    if (!district || (district.value && !guessed)) {
      return '';
    }
    var near = nearestOption(district.options, la, lo);
    if (!near) {
      return '';
    }
    district.value = near.value;
    showVillages();
    guessed = true;
    var nearVillage = village ? nearestOption(village.options, la, lo) : null;
    if (nearVillage) {
      village.value = nearVillage.value;
      return fill(geo.dataset.village, [near.text, nearVillage.text]);
    }
    return fill(geo.dataset.district, [near.text]);
  }

  // Takes a point from the phone's location or the map's pin: fills the coordinates, chooses district and village
  // if the citizen has not, and looks for reports near it.
  function setPoint(la, lo, found) {
    // Mimika's bounding box, the same one the server checks.
    if (la < -5.8 || la > -2.8 || lo < 133.8 || lo > 138.8) {
      lat.value = '';
      lon.value = '';
      status.textContent = geo.dataset.outside;
      marked(false);
      refreshNearby();
      return false;
    }
    lat.value = la.toFixed(6);
    lon.value = lo.toFixed(6);
    var place = placeFromPoint(la, lo);
    status.textContent = fill(found, [lat.value, lon.value]) + (place ? ' ' + place : '');
    marked(true);
    refreshNearby();
    return true;
  }

  var pinMap = document.getElementById('pin-map');
  var pinHint = document.getElementById('pin-map-hint');
  var leafletMap = null;
  var pin = null;

  function escapeText(text) {
    var span = document.createElement('span');
    span.textContent = text == null ? '' : String(text);
    return span.innerHTML;
  }

  // Leaflet (about 40 KB) is fetched only when the citizen asks for the map, so the form stays light on 2G.
  function loadLeaflet(done) {
    if (window.L) {
      done();
      return;
    }
    var failed = function () {
      pick.disabled = false;
      status.textContent = geo.dataset.failed;
    };
    // The stylesheet first: a map laid out before Leaflet's CSS applies measures itself wrong and puts the pin astray.
    var css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = geo.dataset.leafletCss;
    css.onload = function () {
      var script = document.createElement('script');
      script.src = geo.dataset.leafletJs;
      script.onload = done;
      script.onerror = failed;
      document.head.appendChild(script);
    };
    css.onerror = failed;
    document.head.appendChild(css);
  }

  function startMap() {
    var chosen = district && district.options[district.selectedIndex];
    var start = lat.value && lon.value ? [Number(lat.value), Number(lon.value)]
      : chosen && chosen.dataset.lat ? [Number(chosen.dataset.lat), Number(chosen.dataset.lon)] : [-4.546, 136.886];
    var zoom = lat.value ? 16 : chosen && chosen.dataset.lat ? 13 : 10;
    pinMap.hidden = false;
    pinHint.hidden = false;
    pick.hidden = true;
    pinMap.setAttribute('aria-label', geo.dataset.mapLabel);
    leafletMap = L.map(pinMap, { maxZoom: 18 }).setView(start, zoom);
    if (geo.dataset.tileUrl) {
      L.tileLayer(geo.dataset.tileUrl, { maxZoom: 18, attribution: escapeText(geo.dataset.attribution) }).addTo(leafletMap);
    }
    // A drawn pin rather than Leaflet's image, which would be one more download.
    var icon = L.divIcon({ className: 'pin-marker', iconSize: [28, 36], iconAnchor: [14, 35],
      html: '<svg viewBox="0 0 28 36" width="28" height="36" aria-hidden="true"><path d="M14 1C7 1 1.5 6.3 1.5 13c0 9 12.5 22 12.5 22S26.5 22 26.5 13C26.5 6.3 21 1 14 1z"/><circle cx="14" cy="13" r="4.5" fill="#fff"/></svg>' });
    pin = L.marker(start, { draggable: true, keyboard: true, title: geo.dataset.mapLabel, icon: icon }).addTo(leafletMap);
    pin.on('dragend', function () {
      var at = pin.getLatLng();
      setPoint(at.lat, at.lng, geo.dataset.pinned);
    });
    leafletMap.on('click', function (event) {
      pin.setLatLng(event.latlng);
      setPoint(event.latlng.lat, event.latlng.lng, geo.dataset.pinned);
    });
  }

  if (geo && pick && pinMap) {
    pick.hidden = false;
    pick.addEventListener('click', function () {
      pick.disabled = true;
      loadLeaflet(startMap);
    });
  }

  if (geo && lat && lon && lat.value && lon.value) {
    status.textContent = fill(geo.dataset.found, [lat.value, lon.value]);
    marked(true);
  }

  if (geo && use && 'geolocation' in navigator) {
    use.hidden = false;
    use.addEventListener('click', function () {
      status.textContent = geo.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (position) {
        var la = position.coords.latitude;
        var lo = position.coords.longitude;
        if (setPoint(la, lo, geo.dataset.found) && pin) {
          pin.setLatLng([la, lo]);
          leafletMap.setView([la, lo], 16);
        }
      }, function () {
        status.textContent = geo.dataset.failed;
      }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
  }

  if (geo && clear) {
    clear.addEventListener('click', function () {
      lat.value = '';
      lon.value = '';
      status.textContent = geo.dataset.cleared;
      marked(false);
      refreshNearby();
      (use.hidden ? pick : use).focus();
    });
  }

  var photos = document.getElementById('photos');
  if (photos) {
    photos.addEventListener('change', function () {
      var tooMany = photos.files.length > Number(photos.dataset.max);
      photos.setCustomValidity(tooMany ? photos.dataset.tooMany : '');
      if (tooMany) {
        photos.reportValidity();
      }
    });
  }

  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  var sending = false;
  form.addEventListener('submit', function (event) {
    var files = photos ? photos.files.length : 0;
    if (photos && files > Number(photos.dataset.max)) {
      event.preventDefault();
      photos.reportValidity();
      return;
    }
    // A second click would be harmless (the form key makes one report) but would wait twice on a slow line.
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.setAttribute('aria-disabled', 'true');
    }
  });
})();
