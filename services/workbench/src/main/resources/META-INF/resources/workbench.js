/* The workbench's core: the signed-in person, the language, the views, and calls to the services through
   /api/{service}/... (the server adds the person's token; the page never sees it). */
var Workbench = (function () {
  'use strict';
  var language = localStorage.getItem('yanzhen.language') === 'en' ? 1 : 0;
  var me = null;
  var openers = {};

  function t(key) {
    var words = WORDS[key] || [key, key];
    var text = words[language];
    for (var i = 1; i < arguments.length; i++) {
      text = text.replace('{' + (i - 1) + '}', arguments[i]);
    }
    return text;
  }

  function translate() {
    document.documentElement.lang = language ? 'en' : 'zh-CN';
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.dataset.i18n); });
    var toggle = document.getElementById('language');
    toggle.textContent = language ? '中文' : 'English';
    toggle.lang = language ? 'zh-CN' : 'en';
    if (me) { showPerson(); }
  }

  /** A call through the workbench: resolves with {status, body, headers}; a problem is shown where the caller says. */
  function call(method, path, body, headers) {
    var init = {method: method, credentials: 'same-origin',
      headers: Object.assign({'X-Requested-With': 'JavaScript', 'Accept': 'application/json'}, headers || {})};
    if (body !== undefined && body !== null) {
      init.body = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
      if (!init.headers['Content-Type'] && !(body instanceof Blob)) { init.headers['Content-Type'] = 'application/json'; }
    }
    return fetch(path, init).then(function (response) {
      if (response.status === 499) { sessionEnded(); return new Promise(function () {}); }
      var type = response.headers.get('Content-Type') || '';
      var read = type.indexOf('json') >= 0 ? response.json() : response.text();
      return read.then(function (data) { return {status: response.status, body: data, headers: response.headers}; });
    });
  }

  function sessionEnded() {
    notice(t('session'));
    setTimeout(function () { location.reload(); }, 1000);
  }

  function notice(text) {
    var el = document.getElementById('notice');
    el.textContent = text;
    el.hidden = !text;
  }

  /** What a refusal says, in words: 403 plainly, others with the service's own detail. */
  function refusal(answer) {
    if (answer.status === 403) { return t('forbidden'); }
    if (answer.status === 502) { return t('unreachable', answer.body && answer.body.detail || ''); }
    var detail = answer.body && answer.body.detail ? answer.body.detail : String(answer.body || '');
    return t('refused', answer.status, detail);
  }

  function has(role) {
    return me && (me.roles.indexOf(role) >= 0 || me.roles.indexOf('admin') >= 0);
  }

  function show(view) {
    document.querySelectorAll('#views button').forEach(function (b) {
      if (b.dataset.view === view) { b.setAttribute('aria-current', 'page'); } else { b.removeAttribute('aria-current'); }
    });
    document.querySelectorAll('main > .view').forEach(function (s) { s.hidden = s.id !== 'view-' + view; });
    notice('');
    if (openers[view]) { openers[view](); }
  }

  function showPerson() {
    var roles = me.roles.map(function (r) { return t('role.' + r); }).join('、');
    document.getElementById('person').textContent = (me.name || me.username) + ' · ' + roles;
    var parts = [t('home.roles') + '：' + roles];
    if (me.region) { parts.push(t('home.region') + '：' + me.region); }
    if (me.org) { parts.push(t('home.org') + '：' + me.org); }
    document.getElementById('home-roles').textContent = parts.join('　');
    tiles();
  }

  function tiles() {
    var list = document.getElementById('tiles');
    list.textContent = '';
    var views = Array.from(document.querySelectorAll('#views button[data-roles]')).filter(function (b) { return !b.hidden; });
    views.forEach(function (b) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = t('tile.' + b.dataset.view);
      button.addEventListener('click', function () { show(b.dataset.view); });
      li.appendChild(button);
      list.appendChild(li);
    });
    if (!views.length) {
      var none = document.createElement('li');
      none.textContent = t('tile.none');
      list.appendChild(none);
    }
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = me.dashboard;
    a.textContent = t('tile.dashboard');
    li.appendChild(a);
    list.appendChild(li);
  }

  function start() {
    document.getElementById('language').addEventListener('click', function () {
      language = 1 - language;
      localStorage.setItem('yanzhen.language', language ? 'en' : 'zh');
      translate();
    });
    document.querySelectorAll('#views button').forEach(function (b) {
      b.addEventListener('click', function () { show(b.dataset.view); });
    });
    call('GET', '/api/me').then(function (answer) {
      me = answer.body;
      document.getElementById('dashboard-link').href = me.dashboard;
      document.querySelectorAll('#views button[data-roles]').forEach(function (b) {
        b.hidden = !b.dataset.roles.split(' ').some(has);
      });
      translate();
      document.body.dataset.ready = 'true';
      // the first render with the person's work on it: the browser suite measures it against navigation's start
      performance.mark('workbench-ready');
    });
    translate();
  }

  document.addEventListener('DOMContentLoaded', start);

  /** A list's pager (#{prefix}-page, -previous, -next) for a page of the services' lists; an empty list says so. */
  function paged(prefix, list, body, columns, emptyKey) {
    if (!list.items.length) {
      var tr = document.createElement('tr');
      var td = document.createElement('td');
      td.textContent = t(emptyKey);
      td.colSpan = columns;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    var pages = Math.max(1, Math.ceil(list.total / list.size));
    document.getElementById(prefix + '-page').textContent = t('pager.of', list.page + 1, pages, list.total);
    document.getElementById(prefix + '-previous').disabled = list.page === 0;
    document.getElementById(prefix + '-next').disabled = list.page + 1 >= pages;
  }

  /**
   * A paged list's place: {page, size}; its pager's buttons (#{prefix}-previous, -next) move it and call load.
   * query() is the services' paging with the filters given (empty ones left out).
   */
  function pages(prefix, load) {
    var place = {page: 0, size: 20};
    place.query = function (filters) {
      var parts = ['page=' + place.page, 'size=' + place.size];
      Object.keys(filters || {}).forEach(function (name) {
        if (filters[name]) { parts.push(name + '=' + encodeURIComponent(filters[name])); }
      });
      return parts.join('&');
    };
    document.getElementById(prefix + '-previous').addEventListener('click', function () { place.page--; load(); });
    document.getElementById(prefix + '-next').addEventListener('click', function () { place.page++; load(); });
    return place;
  }

  /** A region field starts at the person's own region (empty for those without one). */
  function ownRegion(id) {
    var region = document.getElementById(id);
    if (!region.value && me.region) { region.value = me.region; }
  }

  /** A button in a list's row: its text, and a name that says which row it acts on. */
  function rowButton(cell, text, name, onClick) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    button.setAttribute('aria-label', text + ' ' + name);
    button.addEventListener('click', onClick);
    cell.appendChild(button);
    return button;
  }

  var BEIJING = new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false});

  /** A moment the services give in UTC, as people here read it: Beijing time. */
  function beijing(instant) {
    return instant ? BEIJING.format(new Date(instant)) : null;
  }

  /** A definition list of [word key, value] pairs; a missing value shows as a dash. */
  function facts(list, pairs) {
    list.textContent = '';
    pairs.forEach(function (f) {
      var dt = document.createElement('dt');
      dt.textContent = t(f[0]);
      var dd = document.createElement('dd');
      dd.textContent = f[1] == null ? '—' : f[1];
      list.appendChild(dt);
      list.appendChild(dd);
    });
  }

  /** A labelled input for each of the API's field names (id prefix-name), each with its message under it. */
  function fields(container, prefix, names, wordPrefix) {
    names.forEach(function (name) {
      var div = document.createElement('div');
      var label = document.createElement('label');
      label.htmlFor = prefix + '-' + name;
      label.dataset.i18n = wordPrefix + name;
      label.textContent = t(wordPrefix + name);
      var input = document.createElement('input');
      input.id = prefix + '-' + name;
      input.name = name;
      input.setAttribute('aria-describedby', input.id + '-error');
      var error = document.createElement('p');
      error.id = input.id + '-error';
      error.className = 'field-error';
      error.setAttribute('role', 'alert');
      div.appendChild(label);
      div.appendChild(input);
      div.appendChild(error);
      container.appendChild(div);
    });
  }

  function clearFields(prefix, names) {
    names.forEach(function (name) {
      document.getElementById(prefix + '-' + name).removeAttribute('aria-invalid');
      document.getElementById(prefix + '-' + name + '-error').textContent = '';
    });
  }

  /**
   * A 400's errors on the fields they name (an entry of a list on the list's field); what has no field here is
   * added to the status line. The first field named takes the focus. shownAs names a field shown under
   * another name (a withdrawal's reason in the note's place).
   */
  function fieldErrors(prefix, errors, status, shownAs) {
    var first = null;
    errors.forEach(function (error) {
      var field = error.field.replace(/\[\d+\]$/, '');
      var input = document.getElementById(prefix + '-' + ((shownAs || {})[field] || field));
      if (!input) { status.textContent += '；' + error.field + '：' + error.message; return; }
      input.setAttribute('aria-invalid', 'true');
      document.getElementById(input.id + '-error').textContent = error.message;
      first = first || input;
    });
    if (first) { first.focus(); }
  }

  /** A fresh id for a report the person is writing: sent again unchanged, tracking takes it once (§4.0). */
  function newId() {
    var random = window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(16) + '-' + Math.random().toString(16).slice(2);
    return 'wb-' + random;
  }

  return {
    t: t, newId: newId, paged: paged, pages: pages, ownRegion: ownRegion, rowButton: rowButton, facts: facts, beijing: beijing,
    fields: fields, clearFields: clearFields, fieldErrors: fieldErrors,
    call: call, notice: notice, refusal: refusal, has: has, show: show,
    me: function () { return me; },
    onOpen: function (view, opener) { openers[view] = opener; },
    cell: function (tr, text) { var td = document.createElement('td'); td.textContent = text == null ? '' : text; tr.appendChild(td); return td; }
  };
}());
