/* Everyone's inbox: the alerts tracking raised about the projects that concern the person — of their region, or
   of an event their organisation runs — newest first, paged by tracking; and the way into the dashboard. */
(function () {
  'use strict';
  var W = Workbench;
  var list = null;
  var eventsRead = false;

  function open() {
    document.getElementById('inbox-dashboard').href = W.me().dashboard;
    W.ownRegion('inbox-region');
    list.page = 0;
    if (eventsRead) { load(); return; }
    events().then(load);
  }

  /** The events to choose from: an organiser's own first (and chosen), as intake lists them. */
  function events() {
    return W.call('GET', '/api/intake/events?size=500').then(function (answer) {
      if (answer.status !== 200) { return; }
      eventsRead = true;
      var org = W.me().org;
      var select = document.getElementById('inbox-event');
      var items = answer.body.items.slice().sort(function (a, b) {
        return (b.organiser === org) - (a.organiser === org);
      });
      items.forEach(function (event) {
        var option = document.createElement('option');
        option.value = event.code;
        option.textContent = event.code + ' ' + event.name + (org && event.organiser === org ? W.t('events.mine') : '');
        select.appendChild(option);
      });
      if (org && !W.me().region && items.length && items[0].organiser === org) { select.value = items[0].code; }
    });
  }

  function load() {
    var query = list.query({region: document.getElementById('inbox-region').value.trim(),
      event: document.getElementById('inbox-event').value});
    W.call('GET', '/api/tracking/alerts?' + query).then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var body = document.querySelector('#inbox tbody');
      body.textContent = '';
      answer.body.items.forEach(function (alert) {
        var tr = document.createElement('tr');
        tr.dataset.id = alert.signingId;
        tr.dataset.code = alert.code;
        W.cell(tr, W.beijing(alert.raisedAt));
        W.cell(tr, W.t('alert.' + alert.code));
        W.cell(tr, alert.projectName || alert.signingId.slice(0, 8));
        W.cell(tr, alert.eventCode);
        W.cell(tr, alert.destinationRegion);
        W.cell(tr, alert.detail);
        var action = W.cell(tr, '');
        if (!document.getElementById('nav-projects').hidden) {
          W.rowButton(action, W.t('inbox.open'), alert.projectName || alert.signingId,
            function () { W.openProject(alert.signingId); });
        }
        body.appendChild(tr);
      });
      W.paged('inbox', answer.body, body, 7, 'inbox.empty');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    list = W.pages('inbox', load);
    W.onOpen('inbox', open);
    document.getElementById('inbox-filter').addEventListener('submit', function (e) {
      e.preventDefault(); list.page = 0; load();
    });
  });
}());
