// The offline contribution form (docs/contribution-form.md). Runs from file:// with no network: no
// request of any kind, ids from crypto.getRandomValues (crypto.randomUUID needs a secure context),
// SHA-256 in plain script (crypto.subtle needs one too). Saves a contribution packet in the format
// of docs/file-format.md, which core/exchange/packet.cpp reads.
(function () {
  'use strict';
  var BEGIN = '-----BEGIN PAMOJA CONTRIBUTION-----';
  var END = '-----END PAMOJA CONTRIBUTION-----';
  var data = JSON.parse(document.getElementById('pamoja-form-data').textContent);
  var texts = data.texts;
  var storeKey = 'pamoja-form:' + data.workshop;
  var state = load();
  var lang = pickLanguage();
  var lastPacket = null;

  function $(id) { return document.getElementById(id); }
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  function load() {
    var empty = { name: '', constituency: '', lang: '', ideas: [] };
    try {
      var s = JSON.parse(window.localStorage.getItem(storeKey) || 'null');
      return s && Array.isArray(s.ideas) ? s : empty;
    } catch (e) { return empty; } // storage off or blocked: the form still works, it just forgets
  }
  function store() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* see load() */ }
  }

  function pickLanguage() {
    if (state.lang && texts[state.lang]) return state.lang;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split('-')[0];
      if (texts[code]) return code;
    }
    return data.language;
  }

  function t(key, arg) {
    var s = (texts[lang] && texts[lang][key]) || texts.en[key] || key;
    return arg === undefined ? s : s.replace('%1', arg);
  }

  // Text as the workshop accepts it: no control characters but tab and line feed.
  function clean(s, lineBreaks) {
    s = String(s).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
    if (!lineBreaks) s = s.replace(/[\n\t]+/g, ' ');
    return s.trim();
  }

  function say(message) {
    var status = $('status');
    status.textContent = '';
    window.setTimeout(function () { status.textContent = message; }, 30); // read again even when the same
  }

  function uuid() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = [];
    for (var i = 0; i < 16; i++) h.push((b[i] + 0x100).toString(16).slice(1));
    return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') + '-' +
      h.slice(8, 10).join('') + '-' + h.slice(10).join('');
  }

  // SHA-256 (FIPS 180-4). The round constants are the cube roots of the first 64 primes.
  var K = (function () {
    var k = [];
    for (var p = 2; k.length < 64; p++) {
      var prime = true;
      for (var d = 2; d * d <= p; d++) if (p % d === 0) { prime = false; break; }
      if (prime) k.push((Math.pow(p, 1 / 3) * 4294967296) | 0);
    }
    return k;
  })();
  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }
  function sha256(bytes) {
    var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var n = ((bytes.length + 9 + 63) >> 6) << 6;
    var m = new Uint8Array(n);
    m.set(bytes);
    m[bytes.length] = 0x80;
    var v = new DataView(m.buffer);
    var bits = bytes.length * 8;
    v.setUint32(n - 8, Math.floor(bits / 4294967296));
    v.setUint32(n - 4, bits >>> 0);
    var w = new Int32Array(64);
    for (var o = 0; o < n; o += 64) {
      var i;
      for (i = 0; i < 16; i++) w[i] = v.getInt32(o + i * 4);
      for (i = 16; i < 64; i++) {
        var x = w[i - 15], y = w[i - 2];
        w[i] = (w[i - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + w[i - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
      }
      var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (i = 0; i < 64; i++) {
        var t1 = (h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
      H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
    }
    var out = new Uint8Array(32);
    var ov = new DataView(out.buffer);
    for (var j = 0; j < 8; j++) ov.setInt32(j * 4, H[j]);
    return out;
  }

  function base64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000)
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return window.btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // The ideas this page asks for: a form made later for other steps leaves earlier ones in storage.
  function current() {
    var prompts = all('.prompt').map(function (b) { return b.dataset.prompt; });
    return state.ideas.filter(function (i) {
      return prompts.indexOf(i.prompt) >= 0 && typeof i.text === 'string' && /^[0-9a-f-]{36}$/.test(i.id);
    });
  }

  function author(idea) {
    return data.anonymity === 'anonymous' || idea.anonymous ? '' : clean(state.name, false).slice(0, 80);
  }

  function packet() {
    var content = {
      format: 'pamoja-contribution', version: 1, workshop: data.workshop, title: data.title, packet: uuid(),
      created: new Date().toISOString(), language: lang,
      ideas: current().map(function (i) {
        return { id: i.id, step: i.step, prompt: i.prompt, text: i.text, author: author(i),
          constituency: state.constituency, created: i.created };
      }),
    };
    var payload = new TextEncoder().encode(JSON.stringify(content));
    var body = base64url(payload);
    var lines = [BEGIN, 'Version: 1', 'Length: ' + payload.length, 'Checksum: sha256-' + base64url(sha256(payload)), ''];
    for (var i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
    lines.push(END);
    return lines.join('\n') + '\n';
  }

  function fileName() {
    var d = new Date(), p = function (n) { return (n < 10 ? '0' : '') + n; };
    return 'pamoja-contribution-' + d.getFullYear() + p(d.getMonth() + 1) + p(d.getDate()) + '-' + p(d.getHours()) +
      p(d.getMinutes()) + p(d.getSeconds()) + '.txt';
  }

  function renderIdeas() {
    all('.prompt').forEach(function (block) {
      var list = block.querySelector('.ideas');
      var mine = state.ideas.filter(function (i) { return i.prompt === block.dataset.prompt; });
      list.textContent = '';
      block.querySelector('.mine').hidden = mine.length === 0;
      mine.forEach(function (idea) {
        var li = document.createElement('li');
        var span = document.createElement('span');
        span.dir = 'auto';
        span.textContent = idea.text;
        if (idea.anonymous && data.anonymity !== 'anonymous') {
          var small = document.createElement('small');
          small.textContent = t('sendAnonymously');
          span.appendChild(small);
        }
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'quiet remove';
        remove.textContent = t('formRemove');
        remove.setAttribute('aria-label', t('formRemoveLabel', idea.text.slice(0, 60)));
        remove.addEventListener('click', function () {
          state.ideas = state.ideas.filter(function (i) { return i.id !== idea.id; });
          changed();
          say(t('formRemoved'));
          block.querySelector('textarea').focus();
        });
        li.appendChild(span);
        li.appendChild(remove);
        list.appendChild(li);
      });
    });
    $('count').textContent = t('formCount', String(current().length));
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    all('[data-t]').forEach(function (el) { el.textContent = t(el.dataset.t); });
    document.title = data.title + ' \u2013 ' + t('formTitle');
    $('lang').value = lang;
    renderIdeas();
  }

  function changed() {
    store();
    renderIdeas();
    if (lastPacket !== null) $('stale').hidden = false;
  }

  function add(block) {
    var area = block.querySelector('textarea');
    var text = clean(area.value, true).slice(0, 4000);
    if (!text) {
      area.setAttribute('aria-invalid', 'true');
      say(t('empty'));
      area.focus();
      return;
    }
    area.removeAttribute('aria-invalid');
    var anon = block.querySelector('.anon');
    state.ideas.push({ id: uuid(), step: Number(block.dataset.step), prompt: block.dataset.prompt, text: text,
      anonymous: !!(anon && anon.checked), created: new Date().toISOString() });
    area.value = '';
    changed();
    say(t('formAdded'));
    area.focus();
  }

  function save() {
    if (!current().length) {
      say(t('formNoIdeas'));
      var first = document.querySelector('.prompt textarea');
      if (first) first.focus();
      return;
    }
    if (data.anonymity === 'named' && !clean(state.name, false)) {
      $('name').setAttribute('aria-invalid', 'true');
      say(t('formNameRequired'));
      $('name').focus();
      return;
    }
    lastPacket = packet();
    $('packet').value = lastPacket;
    var link = $('download');
    link.href = 'data:text/plain;charset=utf-8,' + encodeURIComponent(lastPacket);
    link.download = fileName();
    $('result').hidden = false;
    $('stale').hidden = true;
    link.click();
    say(t('formSaved'));
  }

  function copy() {
    var area = $('packet');
    var fallback = function () {
      area.focus();
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      say(t(ok ? 'formCopied' : 'formCopyFailed'));
    };
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(area.value).then(function () { say(t('formCopied')); }, fallback);
    else
      fallback();
  }

  // The controls of each prompt, made here: without the script the page lists the questions only.
  all('.prompt').forEach(function (block, n) {
    var id = 'idea-' + n;
    var html = '<div class="field"><label for="' + id + '" data-t="idea"></label>' +
      '<textarea id="' + id + '" rows="3" maxlength="4000" dir="auto" aria-describedby="' + id + '-hint"></textarea>' +
      '<p class="hint" id="' + id + '-hint" data-t="ideaHint"></p></div>';
    if (data.anonymity === 'optional')
      html += '<div class="check"><input type="checkbox" class="anon" id="' + id + '-anon">' +
        '<label for="' + id + '-anon" data-t="sendAnonymously"></label></div>';
    html += '<button type="button" class="add" data-t="formAdd"></button>' +
      '<div class="mine" hidden><h4 data-t="formYourIdeas"></h4><ul class="ideas"></ul></div>';
    var box = document.createElement('div');
    box.innerHTML = html; // fixed markup only: every text is set with textContent
    while (box.firstChild) block.appendChild(box.firstChild);
    block.querySelector('.add').addEventListener('click', function () { add(block); });
    block.querySelector('textarea').addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); add(block); }
    });
  });

  all('.js').forEach(function (el) { el.hidden = false; });
  if ($('name')) {
    $('name').value = state.name;
    $('name').addEventListener('input', function () {
      state.name = $('name').value;
      $('name').removeAttribute('aria-invalid');
      changed();
    });
  }
  $('constituency').value = state.constituency;
  state.constituency = $('constituency').value; // one of the options, whatever storage held
  $('constituency').addEventListener('change', function () { state.constituency = $('constituency').value; changed(); });
  $('lang').addEventListener('change', function () {
    lang = $('lang').value;
    state.lang = lang;
    store();
    applyTexts();
  });
  $('save').addEventListener('click', save);
  $('copy').addEventListener('click', copy);
  applyTexts();
})();
