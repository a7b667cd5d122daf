/* A project's obstacle ledger (企业困难问题台账, docs/contract.md §4.7): its obstacles with their history, a new
   one recorded, one moved on (OPEN → IN_PROGRESS → RESOLVED, or WITHDRAWN). Tracking judges each move. */
(function () {
  'use strict';
  var W = Workbench;
  var NEW_FIELDS = ['obstacleId', 'description', 'department', 'openedOn'];
  var MOVE_FIELDS = ['on', 'note'];
  var moving = null;

  function show(project) {
    var body = document.querySelector('#project-obstacles tbody');
    body.textContent = '';
    document.getElementById('move-form').hidden = true;
    (project.obstacles || []).forEach(function (o) {
      var tr = document.createElement('tr');
      tr.dataset.id = o.obstacleId;
      W.cell(tr, o.obstacleId);
      W.cell(tr, W.t('category.' + o.category));
      W.cell(tr, o.description);
      W.cell(tr, o.department);
      W.cell(tr, W.t('obstacle.' + o.status));
      W.cell(tr, o.history.map(function (h) {
        return h.on + ' ' + W.t('obstacle.' + h.status) + (h.note ? '：' + h.note : '');
      }).join('；'));
      var actions = W.cell(tr, '');
      if (o.status === 'OPEN' || o.status === 'IN_PROGRESS') {
        W.rowButton(actions, W.t('obstacle.move'), o.obstacleId, function () { ask(o); });
      }
      body.appendChild(tr);
    });
    if (!(project.obstacles || []).length) {
      var tr = document.createElement('tr');
      W.cell(tr, W.t('obstacle.none')).colSpan = 7;
      body.appendChild(tr);
    }
  }

  function ask(obstacle) {
    moving = obstacle;
    document.getElementById('move-form').hidden = false;
    document.getElementById('move-title').textContent = W.t('obstacle.moving', obstacle.obstacleId);
    document.getElementById('move-status').value = obstacle.status === 'OPEN' ? 'IN_PROGRESS' : 'RESOLVED';
    W.clearFields('move', MOVE_FIELDS.concat(['status']));
    MOVE_FIELDS.forEach(function (name) { document.getElementById('move-' + name).value = ''; });
    document.getElementById('move-status').focus();
  }

  /** Sends a ledger's write; its answer in the status line, a 400 on the fields of the form. */
  function send(prefix, path, body, status, done) {
    status.textContent = '';
    W.call('POST', '/api/tracking/projects/' + encodeURIComponent(ProjectPage.current()) + path, body)
      .then(function (answer) {
        if (answer.status === 200 || answer.status === 201) {
          done(answer.body);
          ProjectPage.open(ProjectPage.current());
        } else if (answer.status === 400 && answer.body && answer.body.errors) {
          status.textContent = W.t('obstacle.invalid');
          W.fieldErrors(prefix, answer.body.errors, status);
        } else {
          status.textContent = W.refusal(answer);
        }
      });
  }

  function record(submitted) {
    submitted.preventDefault();
    W.clearFields('obstacle', NEW_FIELDS.concat(['category']));
    var body = {category: document.getElementById('obstacle-category').value};
    NEW_FIELDS.forEach(function (name) { body[name] = document.getElementById('obstacle-' + name).value.trim() || null; });
    var status = document.getElementById('obstacle-status');
    send('obstacle', '/obstacles', body, status, function (o) {
      status.textContent = W.t('obstacle.recorded', o.obstacleId);
      NEW_FIELDS.forEach(function (name) { document.getElementById('obstacle-' + name).value = ''; });
    });
  }

  function move(submitted) {
    submitted.preventDefault();
    if (!moving) { return; }
    W.clearFields('move', MOVE_FIELDS.concat(['status']));
    var body = {status: document.getElementById('move-status').value};
    MOVE_FIELDS.forEach(function (name) { body[name] = document.getElementById('move-' + name).value.trim() || null; });
    var status = document.getElementById('move-status-line');
    send('move', '/obstacles/' + encodeURIComponent(moving.obstacleId) + '/transitions', body, status, function (o) {
      status.textContent = W.t('obstacle.moved', o.obstacleId, W.t('obstacle.' + o.status));
      moving = null;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    W.fields(document.getElementById('obstacle-fields'), 'obstacle', NEW_FIELDS, 'obstacle.');
    W.fields(document.getElementById('move-fields'), 'move', MOVE_FIELDS, 'move.');
    ProjectPage.onShow(show);
    document.getElementById('obstacle-form').addEventListener('submit', record);
    document.getElementById('move-form').addEventListener('submit', move);
    document.getElementById('move-cancel').addEventListener('click', function () {
      document.getElementById('move-form').hidden = true;
      moving = null;
    });
  });
}());
