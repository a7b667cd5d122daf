/* A sheet sent to a service with its progress shown, and a refusal's errors shown against the sheet's own rows:
   the services name each bad cell "row N: title" with N as the spreadsheet shows it (docs/contract.md §4.1.2,
   §4.6.1). Used by an organiser's signing sheet and an office's round sheet. */
var SheetUpload = (function () {
  'use strict';
  var W = Workbench;
  var XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  function contentType(file) {
    return /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
  }

  /**
   * Sends the file of the form's file input; the ids of its progress bar, status line and errors table are
   * prefix-progress, prefix-status and prefix-errors. XMLHttpRequest, not fetch: only it reports the upload's
   * progress. accepted(body, status) says what was taken.
   */
  function send(prefix, url, accepted) {
    var file = document.getElementById(prefix + '-file').files[0];
    if (!file) { return; }
    var progress = document.getElementById(prefix + '-progress');
    var status = document.getElementById(prefix + '-status');
    clear(prefix);
    progress.value = 0;
    status.textContent = W.t('sheet.sending');
    var request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType(file));
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-Requested-With', 'JavaScript');
    request.upload.onprogress = function (e) {
      if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); }
    };
    request.upload.onload = function () { progress.value = 100; status.textContent = W.t('sheet.checking'); };
    request.onload = function () {
      if (request.status === 499) { location.reload(); return; }
      var body = null;
      try { body = JSON.parse(request.responseText); } catch (notJson) { body = request.responseText; }
      if (request.status === 200 || request.status === 201) {
        accepted(body, status);
      } else if (body && body.errors && body.errors.length) {
        status.textContent = W.t('sheet.refused', body.errors.length);
        showErrors(prefix, body.errors);
      } else {
        status.textContent = W.refusal({status: request.status, body: body});
      }
    };
    request.send(file);
  }

  function clear(prefix) {
    var table = document.getElementById(prefix + '-errors');
    table.hidden = true;
    table.querySelector('tbody').textContent = '';
    document.getElementById(prefix + '-status').textContent = '';
  }

  function showErrors(prefix, errors) {
    var table = document.getElementById(prefix + '-errors');
    var body = table.querySelector('tbody');
    errors.forEach(function (error) {
      var where = /^row (\d+): (.*)$/.exec(error.field);
      var tr = document.createElement('tr');
      W.cell(tr, where ? where[1] : '');
      W.cell(tr, where ? where[2] : error.field);
      W.cell(tr, error.message);
      body.appendChild(tr);
    });
    table.hidden = false;
  }

  return {send: send, clear: clear};
}());
