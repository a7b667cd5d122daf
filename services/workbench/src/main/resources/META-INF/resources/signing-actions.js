/* What an organiser does to a signing of their event: withdraw it with a reason; confirm or remove a suspected
   repeat of an earlier signing (docs/contract.md §4.1, §4.1.1). intake decides who may: its refusal is shown. */
var SigningActions = (function () {
  'use strict';
  var W = Workbench;
  var pending = null;
  var done = function () {};

  /** Each action: the call, the note's field in intake's answer, and its words. */
  var ACTIONS = {
    withdraw: {field: 'reason', call: function (s, note) {
      return W.call('POST', '/api/intake/signings/' + s.id + '/withdraw', {reason: note});
    }},
    confirm: {field: 'note', call: function (s, note) {
      var body = {signingId: s.repeatOf.signingId};
      if (note) { body.note = note; }
      return W.call('PUT', '/api/intake/signings/' + s.id + '/repeat-of', body);
    }},
    unlink: {field: 'note', call: function (s, note) {
      return W.call('DELETE', '/api/intake/signings/' + s.id + '/repeat-of'
        + (note ? '?note=' + encodeURIComponent(note) : ''));
    }}
  };

  /** The repeat column's words: the link's status and the earlier signing (its reference when on this page). */
  function repeat(s, refs) {
    if (!s.repeatOf) { return ''; }
    var earlier = refs[s.repeatOf.signingId] || s.repeatOf.signingId.slice(0, 8);
    return W.t('repeat.' + s.repeatOf.status, earlier);
  }

  /** The buttons a signing's row offers: withdraw while registered, confirm or remove a link it has. */
  function buttons(cell, s) {
    if (s.status !== 'REGISTERED') { return; }
    var offered = ['withdraw'];
    if (s.repeatOf) { offered = (s.repeatOf.status === 'SUSPECTED' ? ['confirm', 'unlink'] : ['unlink']).concat(offered); }
    offered.forEach(function (action) {
      W.rowButton(cell, W.t('action.' + action), s.externalRef, function () { ask(action, s); }).className = action;
    });
  }

  function ask(action, s) {
    pending = {action: action, signing: s};
    var form = document.getElementById('signing-action');
    form.hidden = false;
    document.getElementById('action-title').textContent = W.t('action.' + action) + '：' + s.externalRef + ' '
      + s.projectName;
    document.getElementById('action-label').textContent = W.t('action.' + action + '.note');
    document.getElementById('action-submit').textContent = W.t('action.' + action);
    document.getElementById('action-status').textContent = '';
    clear();
    var note = document.getElementById('action-note');
    note.value = '';
    note.focus();
  }

  function clear() {
    W.clearFields('action', ['note']);
  }

  function submit(submitted) {
    submitted.preventDefault();
    if (!pending) { return; }
    clear();
    var action = ACTIONS[pending.action];
    var status = document.getElementById('action-status');
    action.call(pending.signing, document.getElementById('action-note').value).then(function (answer) {
      if (answer.status === 200) {
        status.textContent = W.t('action.' + pending.action + '.done', pending.signing.externalRef);
        document.getElementById('signing-action').hidden = true;
        pending = null;
        done();
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('action.invalid');
        W.fieldErrors('action', answer.body.errors, status, {reason: 'note'});
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('signing-action').addEventListener('submit', submit);
    document.getElementById('action-cancel').addEventListener('click', function () {
      document.getElementById('signing-action').hidden = true;
      pending = null;
    });
  });

  return {repeat: repeat, buttons: buttons, afterwards: function (reload) { done = reload; }};
}());
