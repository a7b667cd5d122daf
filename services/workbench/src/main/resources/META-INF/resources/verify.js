/* A verifier's queue (核查): the reports awaiting a verdict in their region, oldest first (tracking's order); a
   report with its evidence; verified, or rejected with a note. Tracking decides who may: its refusal is shown. */
(function () {
  'use strict';
  var W = Workbench;
  var list = null;
  var current = null;

  function open() {
    W.ownRegion('verify-region');
    list.page = 0;
    load();
  }

  function load() {
    var query = list.query({region: document.getElementById('verify-region').value.trim()});
    W.call('GET', '/api/tracking/verifications?' + query).then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var body = document.querySelector('#verifications tbody');
      body.textContent = '';
      answer.body.items.forEach(function (report) {
        var tr = document.createElement('tr');
        tr.dataset.report = report.reportId;
        W.cell(tr, report.waitingDays);
        W.cell(tr, report.signingId.slice(0, 8));
        W.cell(tr, W.t('type.' + report.type));
        W.cell(tr, says(report));
        W.cell(tr, report.evidence.length);
        W.cell(tr, report.reportedBy);
        W.rowButton(W.cell(tr, ''), W.t('verify.check'), report.reportId, function () { show(report); });
        body.appendChild(tr);
      });
      W.paged('verifications', answer.body, body, 7, 'verify.empty');
    });
  }

  /** What a report says in one line: its date or its cumulative investment. */
  function says(report) {
    if (report.type === 'INVESTMENT') { return W.t('verify.cumulative', report.cumulativeYuan, report.asOf); }
    return report.on || '';
  }

  function show(report) {
    current = report;
    document.getElementById('check').hidden = false;
    document.getElementById('check-title').textContent = W.t('type.' + report.type) + ' · ' + report.signingId;
    W.facts(document.getElementById('check-facts'), [['verify.reportId', report.reportId],
      ['verify.says', says(report)], ['verify.reportedBy', report.reportedBy],
      ['verify.reportedAt', W.beijing(report.reportedAt)], ['verify.waited', report.waitingDays]]);
    var evidence = document.querySelector('#check-evidence tbody');
    evidence.textContent = '';
    report.evidence.forEach(function (e) {
      var tr = document.createElement('tr');
      W.cell(tr, W.t('kind.' + e.kind));
      W.cell(tr, e.reference);
      W.cell(tr, e.issuedOn);
      evidence.appendChild(tr);
    });
    if (!report.evidence.length) {
      var none = document.createElement('tr');
      W.cell(none, W.t('verify.noEvidence')).colSpan = 3;
      evidence.appendChild(none);
    }
    clear();
    document.getElementById('verdict-note').value = '';
    document.getElementById('verdict-note').focus();
  }

  function clear() {
    document.getElementById('verdict-status').textContent = '';
    W.clearFields('verdict', ['note']);
  }

  function decide(submitted) {
    submitted.preventDefault();
    if (!current) { return; }
    clear();
    var verdict = submitted.submitter ? submitted.submitter.value : 'VERIFIED';
    var note = document.getElementById('verdict-note').value;
    var body = {verdict: verdict};
    if (note) { body.note = note; }
    W.call('POST', '/api/tracking/projects/' + encodeURIComponent(current.signingId) + '/reports/'
      + encodeURIComponent(current.reportId) + '/verification', body).then(function (answer) {
      var status = document.getElementById('verdict-status');
      if (answer.status === 200 || answer.status === 201) {
        status.textContent = W.t(verdict === 'VERIFIED' ? 'verify.verified' : 'verify.rejected');
        load();
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('verify.invalid');
        W.fieldErrors('verdict', answer.body.errors, status);
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    list = W.pages('verifications', load);
    W.onOpen('verify', open);
    document.getElementById('verify-filter').addEventListener('submit', function (e) {
      e.preventDefault(); list.page = 0; load();
    });
    document.getElementById('verdict-form').addEventListener('submit', decide);
  });
}());
