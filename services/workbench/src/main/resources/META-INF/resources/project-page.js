/* A project's page: where it stands, milestones, investment history, reports with their evidence and verdicts,
   matching's verdict and its reasons, outcomes; and a form for each report type tracking takes
   (docs/contract.md §4.3, §4.4, §4.4.2), the API's 400 shown on each field it names. */
var ProjectPage = (function () {
  'use strict';
  var W = Workbench;
  var current = null;
  var reportId = null;
  var shown = [];
  var reported = function () {};
  var REPORT_FIELDS = ['on', 'cumulativeYuan', 'asOf', 'period', 'jobs', 'outputValueYuan', 'taxPaidYuan', 'note',
    'reason'];
  var NUMBERS = ['cumulativeYuan', 'jobs', 'outputValueYuan', 'taxPaidYuan'];
  /** What each report type asks for; which take evidence, which may correct an earlier report (§4.4). */
  var TYPES = {
    COMMENCED: {fields: ['on'], evidence: true},
    IN_PRODUCTION: {fields: ['on'], evidence: true},
    INVESTMENT: {fields: ['cumulativeYuan', 'asOf', 'reason'], evidence: true, correction: true},
    NO_CHANGE: {fields: ['on', 'note'], evidence: false},
    OUTCOME: {fields: ['period', 'jobs', 'outputValueYuan', 'taxPaidYuan', 'reason'], evidence: true, correction: true},
    CANCELLED: {fields: ['reason'], evidence: false}
  };
  /** Where tracking's names for the evidence are shown. */
  var EVIDENCE = {'evidence': 'reference', 'evidence[0].kind': 'kind', 'evidence[0].reference': 'reference',
    'evidence[0].issuedOn': 'issuedOn'};

  function open(id) {
    current = id;
    reportId = W.newId();
    var section = document.getElementById('project');
    clearReport();
    W.call('GET', '/api/tracking/projects/' + encodeURIComponent(id)).then(function (answer) {
      section.hidden = false;
      var readable = answer.status === 200;
      ['report-form', 'obstacle-form'].forEach(function (form) { document.getElementById(form).hidden = !readable; });
      if (!readable) {
        document.getElementById('project-title').textContent = W.refusal(answer);
        document.getElementById('project-facts').textContent = '';
        document.getElementById('project-milestones').textContent = '';
        return;
      }
      showProject(answer.body);
      shown.forEach(function (show) { show(answer.body); });
      showMatch(id);
      document.getElementById('report-type').focus();
    });
  }

  function showProject(p) {
    document.getElementById('project-title').textContent = p.signingId;
    var verified = p.verified || {};
    W.facts(document.getElementById('project-facts'), [['projects.event', p.eventCode],
      ['projects.destination', p.destinationRegion], ['project.industry', p.industryCode],
      ['signings.signedOn', p.signedOn], ['signings.yuan', p.investmentYuan],
      ['projects.status', W.t('status.' + p.status)], ['project.due', p.commencementDue],
      ['projects.overdueColumn', p.overdue ? W.t('yes') : W.t('no')], ['projects.invested', p.cumulativeInvestmentYuan],
      ['project.verdict', p.verdict ? W.t('verdict.' + p.verdict) : null],
      ['project.verifiedCommenced', verified.commencedOn], ['project.verifiedProduction', verified.inProductionOn],
      ['project.verifiedInvested', verified.cumulativeInvestmentYuan]]
      .concat(p.repeatOf ? [['project.repeatOf', p.repeatOf]] : []));
    var milestones = document.getElementById('project-milestones');
    milestones.textContent = '';
    p.milestones.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = W.t('status.' + m.milestone) + ' ' + m.on;
      milestones.appendChild(li);
    });
    rows('project-investments', p.investments || [], 4, function (tr, i) {
      W.cell(tr, i.asOf);
      W.cell(tr, i.cumulativeYuan);
      W.cell(tr, i.correction ? W.t('yes') : W.t('no'));
      W.cell(tr, i.reason);
    });
    rows('project-reports', p.reports || [], 4, function (tr, r) {
      W.cell(tr, W.t('type.' + r.type));
      W.cell(tr, r.on || r.cumulativeYuan || r.period || '');
      W.cell(tr, r.evidence.map(function (e) { return W.t('kind.' + e.kind) + ' ' + e.reference; }).join('；'));
      W.cell(tr, r.verdict ? W.t('verdict.' + r.verdict) + (r.verificationNote ? '：' + r.verificationNote : '')
        : (r.type === 'COMMENCED' || r.type === 'IN_PRODUCTION' || r.type === 'INVESTMENT'
          ? W.t('verdict.awaited') : W.t('verdict.none')));
    });
    rows('project-outcomes', p.outcomes || [], 5, function (tr, o) {
      W.cell(tr, o.period);
      W.cell(tr, o.jobs);
      W.cell(tr, o.outputValueYuan);
      W.cell(tr, o.taxPaidYuan);
      W.cell(tr, o.correction ? W.t('yes') + '：' + o.reason : W.t('no'));
    });
  }

  /** A table's rows, one per item; an empty table says so. */
  function rows(table, items, columns, fill) {
    var body = document.querySelector('#' + table + ' tbody');
    body.textContent = '';
    items.forEach(function (item) {
      var tr = document.createElement('tr');
      fill(tr, item);
      body.appendChild(tr);
    });
    if (!items.length) {
      var tr = document.createElement('tr');
      W.cell(tr, W.t('none')).colSpan = columns;
      body.appendChild(tr);
    }
  }

  /** matching's current result for the signing: its verdict, score, reasons and better regions (§5). */
  function showMatch(id) {
    var line = document.getElementById('project-match');
    line.textContent = '';
    W.call('GET', '/api/matching/matches/' + encodeURIComponent(id)).then(function (answer) {
      if (id !== current) { return; }
      var m = answer.status === 200 ? answer.body : null;
      if (m) {
        var better = (m.alternatives || []).map(function (a) { return a.region + '（' + a.score + '）'; }).join('、');
        line.textContent = W.t('match.says', W.t('verdict.' + m.verdict), m.score)
          + (better ? W.t('match.better', better) : '');
      } else {
        line.textContent = answer.status === 404 ? W.t('match.none') : W.refusal(answer);
      }
      rows('project-reasons', m ? m.reasons || [] : [], 3, function (tr, r) {
        W.cell(tr, W.t('reason.' + r.code));
        W.cell(tr, r.weight > 0 ? '+' + r.weight : r.weight);
        W.cell(tr, r.detail);
      });
    });
  }

  /** Only the fields the chosen type takes are shown; the others are neither shown nor sent. */
  function typeChosen() {
    var type = TYPES[document.getElementById('report-type').value];
    REPORT_FIELDS.forEach(function (name) {
      document.getElementById('report-' + name).parentNode.hidden = type.fields.indexOf(name) < 0;
    });
    document.getElementById('report-correcting').hidden = !type.correction;
    document.getElementById('report-evidence').hidden = !type.evidence;
  }

  function clearReport() {
    document.getElementById('report-status').textContent = '';
    W.clearFields('report', REPORT_FIELDS.concat(['type', 'correction', 'kind', 'reference', 'issuedOn']));
  }

  /** A number as JSON wants it; anything else goes as typed, for tracking to name. */
  function value(name) {
    var text = document.getElementById('report-' + name).value.trim();
    if (!text) { return null; }
    return NUMBERS.indexOf(name) >= 0 && /^-?\d+$/.test(text) ? Number(text) : text;
  }

  function report(submitted) {
    submitted.preventDefault();
    clearReport();
    var typeName = document.getElementById('report-type').value;
    var type = TYPES[typeName];
    var body = {reportId: reportId, type: typeName};
    type.fields.forEach(function (name) {
      var v = value(name);
      if (v !== null) { body[name] = v; }
    });
    if (type.correction && document.getElementById('report-correction').checked) { body.correction = true; }
    var reference = value('reference');
    var issuedOn = value('issuedOn');
    if (type.evidence && (reference || issuedOn)) {
      body.evidence = [{kind: document.getElementById('report-kind').value, reference: reference, issuedOn: issuedOn}];
    }
    W.call('POST', '/api/tracking/projects/' + encodeURIComponent(current) + '/progress', body).then(function (answer) {
      var status = document.getElementById('report-status');
      if (answer.status === 200 || answer.status === 201) {
        open(current);
        status.textContent = W.t('report.accepted.' + (type.evidence && typeName !== 'OUTCOME' ? 'checked' : 'plain'));
        reported();
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('report.invalid');
        W.fieldErrors('report', answer.body.errors, status, EVIDENCE);
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    W.fields(document.getElementById('report-fields'), 'report', REPORT_FIELDS, 'report.');
    // the arrow keys on a closed list may say 'input' before (or instead of) 'change'
    ['input', 'change'].forEach(function (e) { document.getElementById('report-type').addEventListener(e, typeChosen); });
    document.getElementById('report-form').addEventListener('submit', report);
    typeChosen();
  });

  return {
    open: open,
    current: function () { return current; },
    /** Called with the project each time its page shows it. */
    onShow: function (show) { shown.push(show); },
    afterReport: function (then) { reported = then; }
  };
}());
