/* Enhances the report form at /lapor: character counter, category examples, "use my location", photo count.
   The form works fully without this file. */
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

  // The district whose (approximate) centre is nearest to the point; the citizen checks it and picks the village.
  function nearestDistrict(la, lo) {
    var best = null;
    var bestDistance = Infinity;
    Array.prototype.forEach.call(district ? district.options : [], function (o) {
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

  var geo = document.getElementById('geo');
  var use = document.getElementById('use-location');
  var clear = document.getElementById('clear-location');
  var status = document.getElementById('location-status');
  var lat = document.getElementById('latitude');
  var lon = document.getElementById('longitude');
  if (geo && use && 'geolocation' in navigator) {
    var marked = function (on) {
      clear.hidden = !on;
    };
    use.hidden = false;
    if (lat.value && lon.value) {
      status.textContent = fill(geo.dataset.found, [lat.value, lon.value]);
      marked(true);
    }
    use.addEventListener('click', function () {
      status.textContent = geo.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (position) {
        var la = position.coords.latitude;
        var lo = position.coords.longitude;
        // Mimika's bounding box, the same one the server checks.
        if (la < -5.8 || la > -2.8 || lo < 133.8 || lo > 138.8) {
          lat.value = '';
          lon.value = '';
          status.textContent = geo.dataset.outside;
          marked(false);
          return;
        }
        lat.value = la.toFixed(6);
        lon.value = lo.toFixed(6);
        status.textContent = fill(geo.dataset.found, [lat.value, lon.value]);
        var near = district && !district.value ? nearestDistrict(la, lo) : null;
        if (near) {
          district.value = near.value;
          showVillages();
          status.textContent += ' ' + fill(geo.dataset.district, [near.text]);
        }
        marked(true);
      }, function () {
        status.textContent = geo.dataset.failed;
      }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
    });
    clear.addEventListener('click', function () {
      lat.value = '';
      lon.value = '';
      status.textContent = geo.dataset.cleared;
      marked(false);
      use.focus();
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
