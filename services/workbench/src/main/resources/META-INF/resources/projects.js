/* A region's projects, filtered and paged by tracking: one page at a time, whatever the region holds. */
(function () {
  'use strict';
  var W = Workbench;
  var list = null;

  function open() {
    W.ownRegion('filter-region');
    list.page = 0;
    load();
  }

  function query() {
    return list.query({region: document.getElementById('filter-region').value.trim(),
      status: document.getElementById('filter-status').value,
      overdue: document.getElementById('filter-overdue').checked ? 'true' : ''});
  }

  function load() {
    W.call('GET', '/api/tracking/projects?' + query()).then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var found = answer.body;
      var body = document.querySelector('#projects tbody');
      body.textContent = '';
      found.items.forEach(function (p) {
        var tr = document.createElement('tr');
        tr.dataset.id = p.signingId;
        W.rowButton(W.cell(tr, ''), W.t('projects.open'), p.signingId, function () { ProjectPage.open(p.signingId); })
          .textContent = W.t('projects.open') + ' ' + p.signingId.slice(0, 8);
        W.cell(tr, p.eventCode);
        W.cell(tr, p.destinationRegion);
        W.cell(tr, W.t('status.' + p.status));
        W.cell(tr, p.overdue ? W.t('yes') : W.t('no'));
        W.cell(tr, p.cumulativeInvestmentYuan);
        W.cell(tr, (p.alerts || []).length);
        body.appendChild(tr);
      });
      W.paged('projects', found, body, 7, 'projects.empty');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    list = W.pages('projects', load);
    W.onOpen('projects', open);
    W.openProject = function (id) { W.show('projects'); ProjectPage.open(id); };
    ProjectPage.afterReport(load);
    document.getElementById('projects-filter').addEventListener('submit', function (e) {
      e.preventDefault(); list.page = 0; load();
    });
  });
}());
