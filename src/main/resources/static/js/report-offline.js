/* Lets the report form at /lapor work without signal: the page is kept by a service worker, and a report sent while
   offline (photos made smaller on the phone, at most 1 MB each) waits on the phone in IndexedDB and is sent, in
   order and with its Idempotency-Key, when the connection returns, so a flaky line never makes two reports and never
   loses one. Without JavaScript, or without IndexedDB, the form posts as usual. */
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  var panel = document.getElementById('offline-status');
  if (!form || !panel || !window.indexedDB || !window.fetch || !window.FormData) {
    return;
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/lapor-sw.js', { scope: '/lapor' }).catch(function () { /* works without */ });
  }
  var MAX_BYTES = 1024 * 1024;
  var MAX_SIDE = 1600;
  var sending = false;
  var waiting = {};

  function database() {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open('mimika-lapor', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('queue', { keyPath: 'key' }); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
    });
  }

  function store(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction('queue', mode);
        var result = work(tx.objectStore('queue'));
        tx.oncomplete = function () { resolve(result && result.result !== undefined ? result.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }

  function queued() {
    return store('readonly', function (s) { return s.getAll(); }).then(function (items) {
      return (items || []).sort(function (a, b) { return a.seq - b.seq; });
    });
  }

  function say(text, kind) {
    var p = document.createElement('p');
    p.className = 'alert ' + (kind || '');
    p.setAttribute('role', 'status');
    p.textContent = text;
    panel.appendChild(p);
    panel.hidden = false;
    return p;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
  }

  /* A photo as a JPEG of at most MAX_SIDE pixels a side and MAX_BYTES, or the file itself where it is small already. */
  function smaller(file) {
    if (file.size <= MAX_BYTES && !/^image\/(png|webp)$/.test(file.type)) {
      return Promise.resolve(file);
    }
    // createImageBitmap reads the file without a blob: URL, which the Content-Security-Policy does not allow for images
    if (!window.createImageBitmap) {
      return Promise.resolve(file);
    }
    return createImageBitmap(file).then(function (img) {
      return new Promise(function (resolve) {
        var scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height));
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(img.width * scale);
        canvas.height = Math.round(img.height * scale);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        var quality = 0.85;
        (function encode() {
          canvas.toBlob(function (blob) {
            if (blob && blob.size > MAX_BYTES && quality > 0.5) {
              quality -= 0.15;
              encode();
            } else if (blob && blob.size > MAX_BYTES) {
              // still too large at a fair quality: fewer pixels instead
              var fewer = document.createElement('canvas');
              fewer.width = Math.round(canvas.width * 0.75);
              fewer.height = Math.round(canvas.height * 0.75);
              fewer.getContext('2d').drawImage(canvas, 0, 0, fewer.width, fewer.height);
              canvas = fewer;
              encode();
            } else {
              resolve(blob || file);
            }
          }, 'image/jpeg', quality);
        })();
      });
    }, function () {
      return file;
    });
  }

  function fields() {
    var data = new FormData(form);
    function text(name) { var v = data.get(name); return v === null || v === '' ? null : String(v); }
    function number(name) { var v = text(name); return v === null ? null : Number(v); }
    return {
      kind: text('kind'), categoryCode: text('categoryCode'), description: text('description'),
      districtCode: text('districtCode'), villageCode: text('villageCode'), latitude: number('latitude'),
      longitude: number('longitude'), address: text('address'), anonymous: data.get('anonymous') === 'true',
      confidential: data.get('confidential') === 'true', reporterName: text('reporterName'),
      reporterPhone: text('reporterPhone'), reporterEmail: text('reporterEmail'), channel: 'WEB'
    };
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var hex = '';
    for (var i = 0; i < 32; i++) { hex += Math.floor(Math.random() * 16).toString(16); }
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-4' + hex.slice(13, 16) + '-a' + hex.slice(17, 20) + '-' + hex.slice(20);
  }

  /* Sends the queued reports one after the other, oldest first; stops at the first that meets no network. */
  function flush() {
    if (sending) { return Promise.resolve(); }
    sending = true;
    return queued().then(function (items) {
      var chain = Promise.resolve(true);
      items.forEach(function (item) {
        chain = chain.then(function (goOn) { return goOn ? send(item) : false; });
      });
      return chain;
    }).catch(function () { /* tried again later */ }).then(function () { sending = false; });
  }

  function send(item) {
    var body = new FormData();
    body.append('report', new Blob([JSON.stringify(item.report)], { type: 'application/json' }));
    (item.photos || []).forEach(function (photo, i) { body.append('photos', photo, 'foto-' + (i + 1) + '.jpg'); });
    return fetch('/api/v1/reports', { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Idempotency-Key': item.key, 'Accept': 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          if (response.ok) {
            return store('readwrite', function (s) { return s.delete(item.key); }).then(function () {
              sent(item, json);
              return true;
            });
          }
          if (response.status === 429 || response.status >= 500) {
            return false;
          }
          return store('readwrite', function (s) { return s.delete(item.key); }).then(function () {
            refused(item, json);
            return true;
          });
        });
      }, function () {
        return false;
      });
  }

  function sent(item, receipt) {
    if (waiting[item.key] && waiting[item.key].parentNode) { waiting[item.key].remove(); }
    var box = say(fill(panel.dataset.sent, [receipt.ticket, receipt.pin]), 'ok');
    box.classList.add('offline-receipt');
    var link = document.createElement('a');
    link.href = '/lacak/' + receipt.ticket;
    link.textContent = panel.dataset.track;
    box.appendChild(document.createTextNode(' '));
    box.appendChild(link);
  }

  /* A queued report the server refused (a field left wrong while offline): its fields go back into the form. */
  function refused(item) {
    if (waiting[item.key] && waiting[item.key].parentNode) { waiting[item.key].remove(); }
    Object.keys(item.report).forEach(function (name) {
      var field = form.elements[name];
      if (field && field.type !== 'checkbox' && field.type !== 'radio' && item.report[name] !== null) {
        field.value = item.report[name];
      }
    });
    say(panel.dataset.refused, 'error');
  }

  form.addEventListener('submit', function (event) {
    if (navigator.onLine !== false) {
      return; /* online: the form posts as before, with the server's messages next to the fields */
    }
    event.preventDefault();
    var report = fields();
    var key = 'offline:' + (form.elements.formKey ? form.elements.formKey.value : newKey());
    var files = form.elements.photos && form.elements.photos.files ? Array.prototype.slice.call(form.elements.photos.files, 0, 3) : [];
    Promise.all(files.map(smaller)).then(function (photos) {
      var item = { key: key, seq: Date.now(), report: report, photos: photos };
      return store('readwrite', function (s) { return s.put(item); }).then(function () {
        waiting[key] = say(panel.dataset.waiting, 'warn');
        form.reset();
        if (form.elements.formKey) { form.elements.formKey.value = newKey(); }
        window.scrollTo(0, 0);
      });
    });
  });

  window.addEventListener('online', flush);
  setInterval(function () { if (navigator.onLine !== false) { flush(); } }, 5000);
  queued().then(function (items) {
    if (items.length > 0) {
      items.forEach(function (item) { waiting[item.key] = say(panel.dataset.waiting, 'warn'); });
      flush();
    }
  });
})();
