/* A region's projects, filtered and paged by tracking; a project's page; its commencement reported with evidence,
   the API's validation shown on each field. */
(function () {
  'use strict';
  var W = Workbench;
  var list = null;
  var current = null;
  /** Where tracking's field names are shown: the control and its message. */
  var FIELDS = {
    'on': 'report-on',
    'evidence[0].kind': 'evidence-kind',
    'evidence[0].reference': 'evidence-reference',
    'evidence[0].issuedOn': 'evidence-issued'
  };

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
        W.rowButton(W.cell(tr, ''), W.t('projects.open'), p.signingId, function () { openProject(p.signingId); })
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

  function openProject(id) {
    current = id;
    var section = document.getElementById('project');
    clearReport();
    W.call('GET', '/api/tracking/projects/' + encodeURIComponent(id)).then(function (answer) {
      section.hidden = false;
      if (answer.status !== 200) {
        document.getElementById('project-title').textContent = W.refusal(answer);
        document.getElementById('project-facts').textContent = '';
        document.getElementById('project-milestones').textContent = '';
        document.getElementById('report-form').hidden = true;
        return;
      }
      showProject(answer.body);
      document.getElementById('report-on').focus();
    });
  }

  function showProject(p) {
    document.getElementById('project-title').textContent = p.signingId;
    var verified = p.verified || {};
    W.facts(document.getElementById('project-facts'), [['projects.event', p.eventCode],
      ['projects.destination', p.destinationRegion], ['projects.status', W.t('status.' + p.status)],
      ['project.due', p.commencementDue], ['projects.invested', p.cumulativeInvestmentYuan],
      ['project.verdict', p.verdict], ['project.verifiedCommenced', verified.commencedOn],
      ['project.verifiedInvested', verified.cumulativeInvestmentYuan]]);
    var milestones = document.getElementById('project-milestones');
    milestones.textContent = '';
    p.milestones.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = W.t('status.' + m.milestone) + ' ' + m.on;
      milestones.appendChild(li);
    });
    showReports(p.reports || []);
    document.getElementById('report-form').hidden = p.status !== 'SIGNED';
  }

  /** Every report with its evidence and the verifier's verdict (awaited while there is none). */
  function showReports(reports) {
    var body = document.querySelector('#project-reports tbody');
    body.textContent = '';
    reports.forEach(function (r) {
      var tr = document.createElement('tr');
      W.cell(tr, W.t('type.' + r.type));
      W.cell(tr, r.on || r.cumulativeYuan || r.period || '');
      W.cell(tr, r.evidence.map(function (e) { return W.t('kind.' + e.kind) + ' ' + e.reference; }).join('；'));
      W.cell(tr, r.verdict ? W.t('verdict.' + r.verdict) + (r.verificationNote ? '：' + r.verificationNote : '')
        : W.t('verdict.awaited'));
      body.appendChild(tr);
    });
  }

  function clearReport() {
    document.getElementById('report-status').textContent = '';
    Object.keys(FIELDS).forEach(function (field) {
      var id = FIELDS[field];
      document.getElementById(id).removeAttribute('aria-invalid');
      document.getElementById(id + '-error').textContent = '';
    });
  }

  function report(submitted) {
    submitted.preventDefault();
    clearReport();
    var evidence = {kind: document.getElementById('evidence-kind').value,
      reference: document.getElementById('evidence-reference').value,
      issuedOn: document.getElementById('evidence-issued').value || null};
    var body = {reportId: 'WB-' + current + '-C', type: 'COMMENCED',
      on: document.getElementById('report-on').value || null, evidence: [evidence]};
    W.call('POST', '/api/tracking/projects/' + encodeURIComponent(current) + '/progress', body).then(function (answer) {
      var status = document.getElementById('report-status');
      if (answer.status === 200 || answer.status === 201) {
        status.textContent = W.t('report.accepted');
        openProject(current);
        status.textContent = W.t('report.accepted');
        load();
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('report.invalid');
        var first = null;
        answer.body.errors.forEach(function (error) {
          var id = FIELDS[error.field];
          if (!id) { status.textContent += '；' + error.field + '：' + error.message; return; }
          document.getElementById(id).setAttribute('aria-invalid', 'true');
          document.getElementById(id + '-error').textContent = error.message;
          first = first || id;
        });
        if (first) { document.getElementById(first).focus(); }
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    list = W.pages('projects', load);
    W.onOpen('projects', open);
    W.openProject = function (id) { W.show('projects'); openProject(id); };
    document.getElementById('projects-filter').addEventListener('submit', function (e) {
      e.preventDefault(); list.page = 0; load();
    });
    document.getElementById('report-form').addEventListener('submit', report);
  });
}());
