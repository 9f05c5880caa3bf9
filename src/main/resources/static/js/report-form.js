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
