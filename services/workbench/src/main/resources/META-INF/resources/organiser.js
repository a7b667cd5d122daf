/* An organiser's events: create one; upload a signing sheet to intake, see its errors against the sheet's own
   rows, list and search the event's signings page by page (paged by intake) with what may be done to each. */
(function () {
  'use strict';
  var W = Workbench;
  var PAGE_SIZE = 20;
  var EVENT_FIELDS = ['code', 'name', 'hostRegion', 'city', 'startDate', 'endDate'];
  var current = null;
  var page = 0;

  /** intake's POST /api/events: the organiser becomes the event's owner; its 400 is shown on each field. */
  function createEvent(submitted) {
    submitted.preventDefault();
    var status = document.getElementById('event-status');
    status.textContent = '';
    W.clearFields('event', EVENT_FIELDS);
    var event = {};
    EVENT_FIELDS.forEach(function (name) { event[name] = document.getElementById('event-' + name).value.trim() || null; });
    W.call('POST', '/api/intake/events', event).then(function (answer) {
      if (answer.status === 201 || answer.status === 200) {
        status.textContent = W.t('event.created', answer.body.code);
        loadEvents();
        openEvent(answer.body);
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('event.invalid');
        W.fieldErrors('event', answer.body.errors, status);
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  function loadEvents() {
    W.call('GET', '/api/intake/events?size=100').then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var body = document.querySelector('#events tbody');
      body.textContent = '';
      var org = W.me().org;
      answer.body.items.forEach(function (event) {
        var tr = document.createElement('tr');
        tr.dataset.code = event.code;
        W.cell(tr, event.code);
        W.cell(tr, event.name + (org && event.organiser === org ? W.t('events.mine') : ''));
        W.cell(tr, event.city);
        W.cell(tr, event.startDate + ' – ' + event.endDate);
        W.rowButton(W.cell(tr, ''), W.t('events.open'), event.name, function () { openEvent(event); });
        body.appendChild(tr);
      });
    });
  }

  function openEvent(event) {
    current = event;
    page = 0;
    document.getElementById('event-detail').hidden = false;
    document.getElementById('event-title').textContent = event.name + '（' + event.code + '）';
    document.getElementById('sheet-template').href = '/api/intake/events/' + encodeURIComponent(event.code)
      + '/signings/template';
    SheetUpload.clear('sheet');
    document.getElementById('signings-q').value = '';
    loadSignings();
    document.getElementById('sheet-file').focus();
  }

  function upload(submitted) {
    submitted.preventDefault();
    if (!current) { return; }
    SheetUpload.send('sheet', '/api/intake/events/' + encodeURIComponent(current.code) + '/signings/batch',
      function (body, status) {
        status.textContent = W.t('sheet.accepted', body.accepted, body.duplicates);
        page = 0;
        loadSignings();
      });
  }

  function loadSignings() {
    var q = document.getElementById('signings-q').value.trim();
    W.call('GET', '/api/intake/events/' + encodeURIComponent(current.code) + '/signings?page=' + page
      + '&size=' + PAGE_SIZE + (q ? '&q=' + encodeURIComponent(q) : '')).then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var list = answer.body;
      var body = document.querySelector('#signings tbody');
      body.textContent = '';
      var refs = {};
      list.items.forEach(function (s) { refs[s.id] = s.externalRef; });
      list.items.forEach(function (s) {
        var tr = document.createElement('tr');
        tr.dataset.id = s.id;
        tr.dataset.ref = s.externalRef;
        W.cell(tr, s.externalRef);
        W.cell(tr, s.projectName);
        W.cell(tr, s.investor.name);
        W.cell(tr, s.destinationRegion);
        W.cell(tr, s.investmentYuan);
        W.cell(tr, s.signedOn);
        W.cell(tr, W.t('signing.' + s.status));
        W.cell(tr, SigningActions.repeat(s, refs));
        SigningActions.buttons(W.cell(tr, ''), s);
        body.appendChild(tr);
      });
      W.paged('signings', list, body, 9, 'signings.empty');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    W.onOpen('events', loadEvents);
    W.fields(document.getElementById('event-fields'), 'event', EVENT_FIELDS, 'event.');
    document.getElementById('event-form').addEventListener('submit', createEvent);
    SigningActions.afterwards(function () { loadSignings(); });
    document.getElementById('sheet-form').addEventListener('submit', upload);
    document.getElementById('signings-search').addEventListener('submit', function (e) {
      e.preventDefault(); page = 0; loadSignings();
    });
    document.getElementById('signings-previous').addEventListener('click', function () { page--; loadSignings(); });
    document.getElementById('signings-next').addEventListener('click', function () { page++; loadSignings(); });
  });
}());
