/* Reporting rounds (调度, docs/contract.md §4.6, §4.6.1): the rounds, latest due first, those open over the
   office's region offered for answering; a round's counts per region; its sheet downloaded and uploaded, a
   refusal's errors shown against the sheet's own rows. Projects answer one by one on their page (无变化 too). */
(function () {
  'use strict';
  var W = Workbench;
  var list = null;
  var current = null;

  function open() {
    list.page = 0;
    load();
  }

  /** A round over all, or over a region containing the person's (450000 contains 450100), is theirs to answer. */
  function covers(scope) {
    var region = W.me().region;
    if (scope === 'all' || !region) { return true; }
    return region.indexOf(scope.replace(/(00)+$/, '')) === 0;
  }

  function load() {
    W.call('GET', '/api/tracking/rounds?' + list.query({})).then(function (answer) {
      if (answer.status !== 200) { W.notice(W.refusal(answer)); return; }
      var body = document.querySelector('#rounds tbody');
      body.textContent = '';
      answer.body.items.forEach(function (round) {
        var tr = document.createElement('tr');
        tr.dataset.code = round.code;
        var answerable = round.status === 'OPEN' && covers(round.scope);
        W.cell(tr, round.code + (answerable ? W.t('rounds.mine') : ''));
        W.cell(tr, round.scope === 'all' ? W.t('rounds.all') : round.scope);
        W.cell(tr, round.opensOn + ' – ' + round.dueOn + ' ' + W.t('rounds.' + round.status));
        W.cell(tr, round.due);
        W.cell(tr, round.reported);
        W.cell(tr, percent(round.rate));
        W.rowButton(W.cell(tr, ''), W.t(answerable ? 'rounds.answer' : 'rounds.view'), round.code,
          function () { show(round.code); }).className = answerable ? 'answer' : 'view';
        body.appendChild(tr);
      });
      W.paged('rounds', answer.body, body, 7, 'rounds.empty');
    });
  }

  function percent(rate) {
    return Math.round(rate * 1000) / 10 + '%';
  }

  function show(code) {
    current = code;
    SheetUpload.clear('round-sheet');
    W.call('GET', '/api/tracking/rounds/' + encodeURIComponent(code)).then(function (answer) {
      var section = document.getElementById('round');
      section.hidden = false;
      if (answer.status !== 200) { document.getElementById('round-title').textContent = W.refusal(answer); return; }
      var r = answer.body;
      document.getElementById('round-title').textContent = W.t('rounds.round', r.code);
      W.facts(document.getElementById('round-facts'), [['rounds.scope', r.scope === 'all' ? W.t('rounds.all') : r.scope],
        ['rounds.dates', r.opensOn + ' – ' + r.dueOn], ['rounds.status', W.t('rounds.' + r.status)],
        ['rounds.due', r.due], ['rounds.reported', r.reported], ['rounds.rate', percent(r.rate)],
        ['rounds.missed', r.missed]]);
      var body = document.querySelector('#round-regions tbody');
      body.textContent = '';
      r.regions.forEach(function (region) {
        var tr = document.createElement('tr');
        W.cell(tr, region.region);
        W.cell(tr, region.due);
        W.cell(tr, region.reported);
        W.cell(tr, percent(region.rate));
        body.appendChild(tr);
      });
      document.getElementById('round-sheet-download').href = '/api/tracking/rounds/' + encodeURIComponent(r.code)
        + '/sheet';
      document.getElementById('round-sheet-form').hidden = r.status !== 'OPEN';
      if (r.status === 'OPEN') { document.getElementById('round-sheet-file').focus(); }
    });
  }

  function upload(submitted) {
    submitted.preventDefault();
    if (!current) { return; }
    var code = current;
    SheetUpload.send('round-sheet', '/api/tracking/rounds/' + encodeURIComponent(code) + '/sheet',
      function (body, status) {
        show(code);
        load();
        status.textContent = W.t('rounds.accepted', body.rows, body.reported, body.unchanged);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    list = W.pages('rounds', load);
    W.onOpen('rounds', open);
    document.getElementById('round-sheet-form').addEventListener('submit', upload);
  });
}());
