/* Pamoja participant page: progressive enhancement of the server-rendered page (which works without
   this script). Joins through /api/join and keeps the session in localStorage; ideas get an id made
   here and wait in a local outbox until the server acknowledges them, so nothing typed offline is lost
   and a resend never duplicates; live updates come by WebSocket, or by polling when that fails.
   No framework, no inline script (the CSP forbids it), user text only ever set as textContent. */
(function () {
  'use strict';
  var doc = document, root = doc.documentElement, P = 'pamoja.';

  function load(k, d) {
    try { var v = localStorage.getItem(P + k); return v ? JSON.parse(v) : d; } catch (e) { return d; }
  }
  function save(k, v) {
    try { if (v === null) localStorage.removeItem(P + k); else localStorage.setItem(P + k, JSON.stringify(v)); } catch (e) { /* private mode: memory only */ }
  }

  var session = load('session', null);
  root.classList.add('js');
  if (session && session.token) root.classList.add('has-token');

  var S = {};            // the page's strings, from /i18n/LANG.json
  var outbox = load('outbox', []);
  var state = null, version = 0, sending = false, retryMs = 2000, retryTimer = 0;
  var socket = null, pollTimer = 0, offline = !navigator.onLine, lastMessage = '';

  function t(key) {
    var s = S[key] || '';
    for (var i = 1; i < arguments.length; i++) s = s.split('%' + i).join(String(arguments[i]));
    return s;
  }
  function $(id) { return doc.getElementById(id); }
  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function userText(tag, cls, text, lang) {
    var e = el(tag, cls, text);
    e.dir = 'auto';
    if (lang) e.lang = lang;
    return e;
  }
  function uuid() {
    var c = window.crypto;
    if (c && c.randomUUID) return c.randomUUID(); // secure contexts only; phones on http:// LAN use the fallback
    var b = new Uint8Array(16);
    c.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = [];
    for (var i = 0; i < 16; i++) h.push((b[i] + 256).toString(16).slice(1));
    return h.slice(0, 4).join('') + '-' + h.slice(4, 6).join('') + '-' + h.slice(6, 8).join('') + '-' +
      h.slice(8, 10).join('') + '-' + h.slice(10).join('');
  }

  // One request to the API. Resolves {status, body}; rejects only when the network failed.
  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (session && session.token) headers.Authorization = 'Bearer ' + session.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // A request that never ends (a dead Wi-Fi) must not hold the outbox: give up after 20 s and retry.
    var abort = window.AbortController ? new AbortController() : null;
    var timer = abort ? setTimeout(function () { abort.abort(); }, 20000) : 0;
    return fetch(path, { method: method, headers: headers, cache: 'no-store', credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body), signal: abort ? abort.signal : undefined })
      .then(function (r) {
        clearTimeout(timer);
        return r.text().then(function (txt) {
          var j = null;
          try { j = txt ? JSON.parse(txt) : null; } catch (e) { j = null; }
          return { status: r.status, body: j };
        });
      });
  }

  // ---- status line (the page's live region) ----
  var fadeTimer = 0;
  function announce(msg, kind) {
    lastMessage = msg || '';
    showStatus(kind);
    clearTimeout(fadeTimer);
    fadeTimer = setTimeout(function () { lastMessage = ''; showStatus(); }, 6000);
  }
  function showStatus(kind) {
    var s = $('status');
    if (!s) return;
    var pending = outbox.length, parts = [];
    if (offline) parts.push(t('offline'));
    if (lastMessage) parts.push(lastMessage);
    if (pending && (offline || !lastMessage)) parts.push(t('pendingCount', pending));
    var text = parts.join(' ');
    if (s.textContent !== text) s.textContent = text;
    s.className = 'status' + (offline ? ' offline' : '') + (kind ? ' ' + kind : '');
  }
  function setOffline(off) {
    if (offline === off) return;
    offline = off;
    lastMessage = '';
    showStatus();
    if (!off) { retryMs = 2000; flush(); refresh(); connect(); }
  }

  // ---- joining ----
  function enhanceJoin() {
    var form = $('join-form');
    if (!form) return;
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      if (!form.reportValidity()) return;
      var f = form.elements, c = f.constituency;
      var details = {
        code: f.code.value.trim().toUpperCase(),
        name: f.name ? f.name.value.trim() : '',
        anonymous: f.anonymous ? (f.anonymous.type === 'hidden' || f.anonymous.checked) : false,
        constituency: c ? (c.value || '') : '',
        language: f.language.value
      };
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      join(details).then(function (ok) {
        button.disabled = false;
        if (ok === 401) { formError(form, t('codeWrong'), f.code); return; }
        if (!ok) { formError(form, t(offline ? 'offline' : 'error')); return; }
        if (details.language !== root.lang) { location.replace('/?lang=' + encodeURIComponent(details.language)); return; }
        showJoined(true);
      });
    });
  }
  function formError(form, msg, field) {
    var p = form.querySelector('.notice.error');
    if (!p) { p = el('p', 'notice error'); p.setAttribute('role', 'alert'); p.id = 'join-error'; form.insertBefore(p, form.firstChild); }
    p.textContent = msg;
    if (field) { field.setAttribute('aria-invalid', 'true'); field.setAttribute('aria-describedby', 'join-error code-hint'); field.focus(); }
  }
  // Resolves true, 401 (wrong code) or false (network or other error).
  function join(details) {
    var body = { code: details.code, anonymous: !!details.anonymous, language: details.language };
    if (details.name && !details.anonymous) body.name = details.name;
    if (details.constituency) body.constituency = details.constituency;
    return api('POST', '/api/join', body).then(function (r) {
      if (r.status === 401 || r.status === 403) return 401;
      if (r.status !== 200 || !r.body || !r.body.token) return false;
      session = { token: r.body.token, device: r.body.device, participantId: r.body.participantId,
        details: details, name: r.body.name || (details.anonymous ? r.body.device || '' : details.name) };
      save('session', session);
      return true;
    }, function () { setOffline(true); return false; });
  }
  function leave() {
    save('session', null); save('outbox', []); save('state', null);
    location.replace('/?lang=' + encodeURIComponent(root.lang));
  }

  // Turns the join page into the joined page from the server's template (same words, same markup).
  function showJoined(focus) {
    var main = $('main'), tpl = $('joined-template');
    if (tpl) {
      var join = $('join');
      if (join) join.remove();
      var notices = main.querySelectorAll('.notice');
      for (var i = 0; i < notices.length; i++) notices[i].remove();
      main.appendChild(tpl.content.cloneNode(true));
      tpl.remove();
    }
    root.classList.remove('has-token');
    doc.body.setAttribute('data-joined', '1');
    enhanceJoined();
    var cached = load('state', null);
    if (cached && !state) render(cached);
    renderMine();
    if (focus) main.focus();
    refresh();
    connect();
    flush();
  }

  function showWho(name) {
    var who = $('who');
    if (!who || !name) return;
    who.textContent = '';
    var parts = t('joined', '\u0000').split('\u0000');
    who.appendChild(doc.createTextNode(parts[0] || ''));
    who.appendChild(userText('b', '', name));
    who.appendChild(doc.createTextNode(parts[1] || ''));
  }
  function enhanceJoined() {
    var who = $('who');
    if (who && session) {
      showWho(session.name);
      var out = el('button', 'quiet', t('leave'));
      out.type = 'button';
      out.addEventListener('click', leave);
      who.parentNode.appendChild(out);
    }
    var form = $('idea-form');
    if (form) {
      var anon = form.elements.anonymous;
      if (anon && session && session.details && session.details.anonymous) anon.closest('.check').hidden = true;
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        var area = form.elements.text, text = area.value.trim();
        if (!text) { announce(t('empty'), 'error'); area.focus(); return; }
        var anonymous = session.details && session.details.anonymous ? true : !!(anon && anon.checked);
        // The page's language is the reader's, not necessarily the idea's: the server detects it.
        queue({ op: 'add', id: uuid(), text: text, anonymous: anonymous });
        area.value = '';
        area.focus();
      });
    }
    var vote = $('vote-form');
    if (vote) vote.addEventListener('submit', function (ev) { ev.preventDefault(); });
  }

  // ---- the outbox: every change waits here until the server acknowledged it ----
  function queue(op) {
    if (op.op !== 'add') {
      // An idea not yet delivered is changed in the outbox itself.
      for (var i = 0; i < outbox.length; i++) {
        if (outbox[i].op === 'add' && outbox[i].id === op.id && (i > 0 || !sending)) {
          if (op.op === 'edit') outbox[i].text = op.text; else outbox.splice(i, 1);
          save('outbox', outbox); renderMine(); showStatus();
          return;
        }
      }
    }
    outbox.push(op);
    save('outbox', outbox);
    renderMine();
    showStatus();
    flush();
  }
  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, retryMs);
    retryMs = Math.min(retryMs * 2, 15000);
  }
  function flush() {
    if (sending || !outbox.length || !session) return;
    var op = outbox[0], req;
    if (op.op === 'add') req = api('POST', '/api/ideas', { id: op.id, text: op.text, anonymous: !!op.anonymous });
    else if (op.op === 'edit') req = api('PATCH', '/api/ideas/' + encodeURIComponent(op.id), { text: op.text });
    else req = api('DELETE', '/api/ideas/' + encodeURIComponent(op.id));
    sending = true;
    renderMine();
    req.then(function (r) {
      sending = false;
      setOffline(false);
      if (r.status === 401) { return rejoin().then(function (ok) { if (ok) flush(); }); }
      if (r.status === 423) { setPaused(true); retryLater(); return; }
      if (r.status === 429 || r.status >= 500) { retryLater(); return; }
      done(op);
      renderMine();
      retryMs = 2000;
      if (r.status >= 200 && r.status < 300) {
        if (op.op === 'add') remember(op, r.body && r.body.status);
        announce(t(op.op === 'withdraw' ? 'withdrawn' : 'delivered'), 'ok');
      } else {
        announce(t(r.status === 409 ? 'tooLate' : 'error'), 'error');
      }
      refresh();
      flush();
    }, function () {
      sending = false;
      setOffline(true);
      renderMine();
      retryLater();
    });
  }
  function done(op) {
    var i = outbox.indexOf(op);
    if (i >= 0) outbox.splice(i, 1);
    save('outbox', outbox);
  }
  // Shows a delivered idea at once, before the next state arrives.
  function remember(op, status) {
    if (!state) return;
    state.mine = state.mine || [];
    for (var i = 0; i < state.mine.length; i++) if (state.mine[i].id === op.id) return;
    state.mine.push({ id: op.id, text: op.text, revealed: false, status: status || 'saved' });
    renderMine();
  }

  function rejoin() {
    if (!session || !session.details) { leave(); return Promise.resolve(false); }
    return join(session.details).then(function (ok) {
      if (ok === 401) { leave(); return false; }
      if (!ok) retryLater();
      return ok === true;
    });
  }

  // ---- state ----
  function refresh() {
    if (!session) return Promise.resolve();
    return api('GET', '/api/state?since=' + version).then(function (r) {
      setOffline(false);
      if (r.status === 401) return rejoin().then(function (ok) { if (ok) { version = 0; refresh(); } });
      if (r.status === 200 && r.body) { render(r.body); save('state', r.body); }
    }, function () { setOffline(true); });
  }
  function setPaused(p) {
    var n = $('paused');
    if (n) n.hidden = !p;
  }

  function render(s) {
    state = s;
    version = s.version || 0;
    doc.body.setAttribute('data-version', String(version));
    setPaused(!!s.paused);
    if (s.me && s.me.name && session && s.me.name !== session.name) {
      session.name = s.me.name;
      save('session', session);
      showWho(s.me.name);
    }
    var q = $('question');
    if (q && s.prompt) q.textContent = s.prompt.text || '';
    var step = $('step');
    if (step && s.step) step.textContent = t('step' + s.step);
    renderMine();
    renderRound(s.round);
    renderBoard(s.board || {});
    renderReport(s.report || {});
  }

  function renderMine() {
    var list = $('mine-list');
    if (!list || !Object.keys(S).length) return;
    var items = [], seen = {}, pending = {}, i;
    for (i = 0; i < outbox.length; i++) pending[outbox[i].id] = outbox[i];
    var server = (state && state.mine) || [];
    for (i = 0; i < server.length; i++) { seen[server[i].id] = true; items.push(server[i]); }
    for (i = 0; i < outbox.length; i++) {
      if (outbox[i].op === 'add' && !seen[outbox[i].id]) items.push({ id: outbox[i].id, text: outbox[i].text, revealed: false });
    }
    var editing = list.querySelector('form.js-edit, .confirm');
    if (editing) return; // never rebuild under someone's fingers; the next update catches up
    list.textContent = '';
    $('mine-empty').hidden = items.length > 0;
    items.forEach(function (idea) {
      var op = pending[idea.id];
      if (op && op.op === 'withdraw') return;
      var text = op && op.op !== 'withdraw' ? op.text : idea.text;
      var li = el('li');
      li.setAttribute('data-id', idea.id);
      li.appendChild(userText('p', 'text', text));
      var key = op ? 'pending' : idea.revealed ? 'revealed' : idea.status === 'held' ? 'held' : 'saved';
      li.appendChild(el('p', 'state state-' + key, t(key)));
      if (!idea.revealed) li.appendChild(ideaActions(li, idea.id, text));
      list.appendChild(li);
    });
  }

  function button(label, cls, onClick, described) {
    var b = el('button', cls || '', label);
    b.type = 'button';
    if (described) b.setAttribute('aria-describedby', described);
    b.addEventListener('click', onClick);
    return b;
  }
  function ideaActions(li, id, text) {
    var bar = el('div', 'actions');
    var tid = 'mine-' + id;
    li.firstChild.id = tid;
    bar.appendChild(button(t('edit'), '', function () { editIdea(li, id, text); }, tid));
    bar.appendChild(button(t('withdraw'), 'quiet', function () {
      var box = el('div', 'actions confirm');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', t('confirmWithdraw'));
      box.appendChild(el('span', '', t('confirmWithdraw')));
      var yes = button(t('withdraw'), '', function () { box.remove(); queue({ op: 'withdraw', id: id }); });
      box.appendChild(yes);
      box.appendChild(button(t('cancel'), 'quiet', function () { box.remove(); bar.hidden = false; bar.firstChild.focus(); renderMine(); }));
      bar.hidden = true;
      li.appendChild(box);
      yes.focus();
    }, tid));
    return bar;
  }
  function editIdea(li, id, text) {
    var f = el('form', 'js-edit');
    var fid = 'edit-' + id;
    var label = el('label', '', t('editLabel'));
    label.htmlFor = fid;
    var area = el('textarea');
    area.id = fid; area.rows = 3; area.maxLength = 2000; area.dir = 'auto'; area.required = true;
    area.value = text;
    var bar = el('div', 'actions');
    var ok = el('button', '', t('save'));
    ok.type = 'submit';
    bar.appendChild(ok);
    bar.appendChild(button(t('cancel'), 'quiet', function () { f.remove(); li.querySelector('.actions').hidden = false; renderMine(); }));
    f.appendChild(label); f.appendChild(area); f.appendChild(bar);
    f.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var v = area.value.trim();
      if (!v) { area.focus(); return; }
      f.remove();
      queue({ op: 'edit', id: id, text: v });
    });
    li.querySelector('.actions').hidden = true;
    li.appendChild(f);
    area.focus();
  }

  function renderRound(r) {
    var sec = $('vote');
    if (!sec) return;
    if (!r) { sec.hidden = true; sec.removeAttribute('data-round'); return; }
    var focused = doc.activeElement && sec.contains(doc.activeElement) ? doc.activeElement.getAttribute('data-key') : null;
    sec.hidden = false;
    sec.setAttribute('data-round', r.id);
    sec.textContent = '';
    var h = el('h2');
    h.id = 'vote-h';
    h.appendChild(el('span', 'eyebrow', t('vote')));
    h.appendChild(doc.createTextNode(' '));
    h.appendChild(userText('span', '', r.title || ''));
    sec.appendChild(h);
    sec.appendChild(el('p', 'hint', t('voteHint', r.dots, r.maxPerItem)));
    var left = el('p', 'dots-left', t('dotsLeft', r.remaining, r.dots));
    left.id = 'dots-left';
    sec.appendChild(left);
    var ul = el('ul', 'vote-items');
    (r.items || []).forEach(function (item) {
      var li = el('li');
      li.setAttribute('data-id', item.id);
      var tid = 'item-' + item.id;
      var p = userText('p', 'text', item.text);
      p.id = tid;
      li.appendChild(p);
      var row = el('div', 'stepper');
      var minus = button('\u2212', '', function () { vote(r, item, item.myDots - 1); });
      minus.setAttribute('aria-label', t('removeDot', item.text));
      minus.setAttribute('data-key', item.id + '-');
      minus.disabled = item.myDots <= 0;
      var dots = el('span', 'dots');
      dots.setAttribute('aria-hidden', 'true');
      for (var i = 0; i < r.maxPerItem; i++) dots.appendChild(el('span', i < item.myDots ? '' : 'off', '\u25CF'));
      var mine = el('span', 'mydots', t('dotsOn', item.myDots));
      var plus = button('+', '', function () { vote(r, item, item.myDots + 1); });
      plus.setAttribute('aria-label', t('addDot', item.text));
      plus.setAttribute('data-key', item.id + '+');
      plus.disabled = item.myDots >= r.maxPerItem || r.remaining <= 0;
      row.appendChild(minus); row.appendChild(dots); row.appendChild(plus); row.appendChild(mine);
      li.appendChild(row);
      ul.appendChild(li);
    });
    sec.appendChild(ul);
    if (focused) {
      var b = sec.querySelector('[data-key="' + focused + '"]');
      if (b && !b.disabled) b.focus(); else left.setAttribute('tabindex', '-1'), left.focus();
    }
  }
  function vote(r, item, dots) {
    api('PUT', '/api/votes', { round: r.id, target: item.id, dots: dots }).then(function (res) {
      setOffline(false);
      if (res.status === 200) {
        r.remaining = res.body && typeof res.body.remaining === 'number' ? res.body.remaining : r.remaining - (dots - item.myDots);
        item.myDots = dots;
        renderRound(r);
        announce(t('dotsLeft', r.remaining, r.dots), 'ok');
      } else if (res.status === 401) {
        rejoin();
      } else {
        announce(t(res.status === 409 ? 'voteRefused' : 'error'), 'error');
        refresh();
      }
    }, function () { setOffline(true); });
  }

  function renderBoard(b) {
    var list = $('board-list');
    if (!list) return;
    var clusters = b.clusters || [], loose = b.loose || [];
    list.textContent = '';
    $('board-empty').hidden = clusters.length + loose.length > 0;
    function ideas(arr) {
      var ul = el('ul', 'ideas');
      arr.forEach(function (i) {
        var li = userText('li', '', i.text, i.language);
        if (i.author) { li.appendChild(doc.createTextNode(' ')); li.appendChild(userText('span', 'author', i.author)); }
        ul.appendChild(li);
      });
      return ul;
    }
    clusters.forEach(function (c) {
      var d = el('div', 'cluster');
      d.appendChild(userText('h3', '', c.title));
      d.appendChild(ideas(c.ideas || []));
      list.appendChild(d);
    });
    if (loose.length) {
      var d = el('div', 'cluster loose');
      d.appendChild(el('h3', '', t('loose')));
      d.appendChild(ideas(loose));
      list.appendChild(d);
    }
  }

  function renderReport(r) {
    var sec = $('report'), ul = $('report-list');
    if (!sec || !ul) return;
    sec.hidden = !r.published;
    ul.textContent = '';
    (r.published ? r.languages || [] : []).forEach(function (code) {
      var li = el('li'), a = el('a', '', t('download', languageName(code)));
      a.href = '/report.pdf?lang=' + encodeURIComponent(code);
      a.hreflang = code;
      li.appendChild(a);
      ul.appendChild(li);
    });
  }
  function languageName(code) {
    var links = doc.querySelectorAll('.langs a');
    for (var i = 0; i < links.length; i++) if (links[i].hreflang === code) return links[i].textContent;
    return code;
  }

  // ---- live updates: a WebSocket, else polling ----
  function connect() {
    if (socket || !session || !window.WebSocket) { if (!window.WebSocket) poll(); return; }
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/api/events?token=' + encodeURIComponent(session.token);
    var ws;
    try { ws = new WebSocket(url); } catch (e) { poll(); return; }
    socket = ws;
    ws.onopen = function () { clearInterval(pollTimer); pollTimer = 0; setOffline(false); refresh(); flush(); };
    ws.onmessage = function (m) {
      var msg = null;
      try { msg = JSON.parse(m.data); } catch (e) { return; }
      if (msg && msg.type === 'changed' && msg.version !== version) refresh();
    };
    ws.onclose = function () {
      socket = null;
      poll();
      setTimeout(connect, offline ? 10000 : 4000);
    };
  }
  function poll() {
    if (pollTimer) return;
    pollTimer = setInterval(function () { refresh(); flush(); }, 5000);
  }

  function start() {
    window.addEventListener('online', function () { setOffline(false); });
    window.addEventListener('offline', function () { setOffline(true); });
    var lang = root.lang || 'en';
    var cached = load('strings.' + lang, null);
    if (cached) S = cached;
    fetch('/i18n/' + lang + '.json', { cache: 'no-cache' }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j) { S = j; save('strings.' + lang, j); } go(); }, function () { go(); });
  }
  var started = false;
  function go() {
    if (started) return;
    started = true;
    var joinedPage = doc.body.getAttribute('data-joined') === '1';
    if (session && session.token) {
      showJoined(false);
    } else if (!joinedPage) {
      enhanceJoin();
    }
    // A page joined without this script (cookie session) keeps its plain forms.
    showStatus();
  }

  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start);
  else start();
})();
