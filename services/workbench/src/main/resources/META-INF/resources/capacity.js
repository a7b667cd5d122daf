/* A region's capacity profile (承载能力档案): what it has, what signings reserve and what remains; edited with the
   version read (If-Match), so a save over someone else's newer one is refused (412) and explained, the newer
   values shown beside the person's own. */
(function () {
  'use strict';
  var W = Workbench;
  var NUMBERS = ['gradientTier', 'landAvailableHa', 'labourAvailable', 'energyAvailableGwhPerYear', 'greenPowerShare',
    'infrastructureScore'];
  var LISTS = ['industrialBase', 'prioritisedIndustries', 'restrictedIndustries'];
  var region = null;
  var etag = null;

  var ALL = NUMBERS.concat(LISTS);

  function build() {
    W.fields(document.getElementById('profile-fields'), 'profile', ALL, 'profile.');
    NUMBERS.forEach(function (name) { document.getElementById('profile-' + name).inputMode = 'decimal'; });
  }

  function open() {
    var code = document.getElementById('capacity-region');
    if (!code.value && W.me().region) { code.value = W.me().region; }
    if (code.value) { load(code.value.trim()); }
  }

  function load(code) {
    clear();
    document.getElementById('capacity-conflict').hidden = true;
    read(code).then(function (answer) {
      if (!answer) { return; }
      fill(answer.body.profile);
      document.getElementById('profile-' + NUMBERS[0]).focus();
    });
  }

  /** The region as capacity has it now: shown, its version kept for the next save. */
  function read(code) {
    return W.call('GET', '/api/capacity/regions/' + encodeURIComponent(code)).then(function (answer) {
      var detail = document.getElementById('capacity-detail');
      detail.hidden = false;
      if (answer.status !== 200) {
        document.getElementById('capacity-name').textContent = W.refusal(answer);
        document.getElementById('profile-form').hidden = true;
        return null;
      }
      region = answer.body;
      etag = answer.headers.get('ETag');
      document.getElementById('profile-form').hidden = false;
      document.getElementById('capacity-name').textContent = region.name + '（' + region.code + '）';
      document.getElementById('capacity-version').textContent = region.profile
        ? W.t('capacity.version', region.profile.version, W.beijing(region.profile.updatedAt)) : W.t('capacity.none');
      amounts(region);
      return answer;
    });
  }

  function amounts(r) {
    var body = document.querySelector('#capacity-amounts tbody');
    body.textContent = '';
    var p = r.profile;
    [['capacity.land', p && p.landAvailableHa, 'landHa'], ['capacity.labour', p && p.labourAvailable, 'labour'],
      ['capacity.energy', p && p.energyAvailableGwhPerYear, 'energyGwhPerYear']].forEach(function (row) {
      var tr = document.createElement('tr');
      W.cell(tr, W.t(row[0]));
      W.cell(tr, row[1] == null ? '—' : row[1]);
      W.cell(tr, r.reserved ? r.reserved[row[2]] : '—');
      W.cell(tr, r.remaining ? r.remaining[row[2]] : '—');
      body.appendChild(tr);
    });
  }

  function fill(profile) {
    ALL.forEach(function (name) {
      var value = profile ? profile[name] : null;
      document.getElementById('profile-' + name).value = value == null ? '' : (LISTS.indexOf(name) >= 0 ? value.join(', ') : value);
    });
  }

  /** The form as the API takes it; what is not a number goes as typed, so capacity's 400 names it. */
  function body() {
    var profile = {};
    NUMBERS.forEach(function (name) {
      var text = document.getElementById('profile-' + name).value.trim();
      profile[name] = text === '' ? null : (isNaN(Number(text)) ? text : Number(text));
    });
    LISTS.forEach(function (name) {
      profile[name] = document.getElementById('profile-' + name).value.split(/[,，、\s]+/).filter(Boolean);
    });
    return profile;
  }

  function clear() {
    document.getElementById('profile-status').textContent = '';
    W.clearFields('profile', ALL);
  }

  function save(submitted) {
    submitted.preventDefault();
    if (!region) { return; }
    clear();
    var mine = body();
    W.call('PUT', '/api/capacity/regions/' + encodeURIComponent(region.code) + '/capacity', mine,
      etag ? {'If-Match': etag} : {}).then(function (answer) {
      var status = document.getElementById('profile-status');
      if (answer.status === 200 || answer.status === 201) {
        document.getElementById('capacity-conflict').hidden = true;
        read(region.code).then(function () { status.textContent = W.t('capacity.saved', region.profile.version); });
      } else if (answer.status === 412 || answer.status === 428) {
        conflict(mine, answer);
      } else if (answer.status === 400 && answer.body && answer.body.errors) {
        status.textContent = W.t('capacity.invalid');
        W.fieldErrors('profile', answer.body.errors, status);
      } else {
        status.textContent = W.refusal(answer);
      }
    });
  }

  /**
   * Someone saved first: nothing of this save was stored. The newer values are read and shown beside the person's
   * own, which stay in the form; saving again now replaces the newer version knowingly.
   */
  function conflict(mine, answer) {
    var status = document.getElementById('profile-status');
    status.textContent = W.t('capacity.notSaved', answer.status);
    read(region.code).then(function (newer) {
      if (!newer) { return; }
      var theirs = newer.body.profile || {};
      document.getElementById('capacity-conflict-text').textContent = W.t('capacity.conflict',
        theirs.version, W.beijing(theirs.updatedAt));
      var rows = document.querySelector('#capacity-newer tbody');
      rows.textContent = '';
      ALL.forEach(function (name) {
        var now = LISTS.indexOf(name) >= 0 ? (theirs[name] || []).join(', ') : theirs[name];
        var typed = LISTS.indexOf(name) >= 0 ? mine[name].join(', ') : mine[name];
        var tr = document.createElement('tr');
        tr.dataset.field = name;
        if (String(now) !== String(typed)) { tr.className = 'differs'; }
        W.cell(tr, W.t('profile.' + name));
        W.cell(tr, now);
        W.cell(tr, typed);
        rows.appendChild(tr);
      });
      var box = document.getElementById('capacity-conflict');
      box.hidden = false;
      box.setAttribute('tabindex', '-1');
      box.focus();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    build();
    W.onOpen('capacity', open);
    document.getElementById('capacity-find').addEventListener('submit', function (e) {
      e.preventDefault();
      load(document.getElementById('capacity-region').value.trim());
    });
    document.getElementById('profile-form').addEventListener('submit', save);
  });
}());
