/*
 * Importing orders: upload a file (checked whole by the server), confirm how its columns map to the order's fields,
 * choose the mode and start. The job runs on the server; this page follows its counters while it runs, also after
 * leaving and coming back, and lists the user's own imports with their failed rows to download.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var e = D.escapeHtml;
  var uploadForm = document.getElementById('upload-form');
  var startForm = document.getElementById('start-form');
  var current = document.getElementById('current');
  var job = null;
  var polling = null;

  function showError(form, problem) {
    var box = form.querySelector('[data-role=form-error]');
    var reasons = (problem.errors || []).map(function (err) { return err.reason; });
    box.textContent = reasons.length ? reasons.join('；') : problem.message;
    box.hidden = false;
  }

  function hideError(form) {
    form.querySelector('[data-role=form-error]').hidden = true;
  }

  uploadForm.addEventListener('submit', function (event) {
    event.preventDefault();
    hideError(uploadForm);
    var file = uploadForm.elements.file.files[0];
    if (!file) {
      return;
    }
    var body = new FormData();
    body.append('file', file);
    document.getElementById('upload').disabled = true;
    D.api('POST', '/api/imports/kinds/orders/files', body).then(showMapping, function (problem) {
      showError(uploadForm, problem);
    }).finally(function () {
      document.getElementById('upload').disabled = false;
    });
  });

  function showMapping(uploaded) {
    job = uploaded;
    current.hidden = true;
    startForm.hidden = false;
    document.getElementById('upload-summary').textContent = uploaded.fileName + ' · ' + D.t('js.import.rows',
      uploaded.totalRows);
    var rows = document.getElementById('mapping-rows');
    rows.innerHTML = '';
    uploaded.headers.forEach(function (header, i) {
      if (!header) {
        return;
      }
      var tr = document.createElement('tr');
      var options = '<option value="">' + e(D.t('js.import.ignore')) + '</option>' + uploaded.fields.map(function (f) {
        return '<option value="' + e(f.field) + '"' + (uploaded.mapping[header] === f.field ? ' selected' : '') + '>'
          + e(f.header) + (f.required && !f.perLine ? ' *' : '') + '</option>';
      }).join('');
      tr.innerHTML = '<td>' + e(header) + '</td><td><select class="form-select form-select-sm" id="map-' + i
        + '" data-header="' + e(header) + '">' + options + '</select></td>';
      rows.appendChild(tr);
    });
    rows.querySelectorAll('select').forEach(function (select) {
      D.picker(select, { allowEmptyOption: true, maxOptions: null });
    });
  }

  startForm.addEventListener('submit', function (event) {
    event.preventDefault();
    hideError(startForm);
    var mapping = {};
    startForm.querySelectorAll('select[data-header]').forEach(function (select) {
      if (select.value) {
        mapping[select.getAttribute('data-header')] = select.value;
      }
    });
    var mode = startForm.querySelector('input[name=mode]:checked').value;
    document.getElementById('start').disabled = true;
    D.api('POST', '/api/imports/jobs/' + job.id + '/start', { mode: mode, mapping: mapping }).then(function (started) {
      D.toast(D.t('js.import.started'), 'info');
      startForm.hidden = true;
      uploadForm.reset();
      follow(started.id);
      loadHistory();
    }, function (problem) {
      showError(startForm, problem);
    }).finally(function () {
      document.getElementById('start').disabled = false;
    });
  });

  var STATUS_CLASS = { SUCCESS: 'success', PARTIAL: 'warning', NOTHING_CHANGED: 'secondary', FAILED: 'danger',
    RUNNING: 'primary', UPLOADED: 'light' };

  function badge(j) {
    return '<span class="badge text-bg-' + STATUS_CLASS[j.status] + '" data-role="status">' + e(j.statusLabel)
      + '</span>';
  }

  function counts(j) {
    return D.t('js.import.counts', j.inserted, j.updated, j.unchanged, j.failed);
  }

  function percent(j) {
    return j.totalRows ? Math.floor(100 * j.processedRows / j.totalRows) : 0;
  }

  function render(j) {
    current.hidden = false;
    var html = '<div class="d-flex align-items-center mb-2"><strong class="me-2">' + e(j.fileName) + '</strong>'
      + badge(j) + '<span class="ms-2 text-body-secondary small">' + e(j.modeLabel || '') + '</span></div>'
      + '<div class="progress mb-2" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="'
      + percent(j) + '"><div class="progress-bar' + (j.finished ? '' : ' progress-bar-striped progress-bar-animated')
      + '" style="width:' + percent(j) + '%"></div></div>'
      + '<div class="small mb-2" id="progress-text">' + e(D.t('js.import.progress', j.processedRows, j.totalRows))
      + '</div><div class="mb-2" id="counts">' + e(counts(j)) + '</div>';
    if (j.message) {
      html += '<div class="alert alert-danger">' + e(j.message) + '</div>';
    }
    if (j.failed > 0 && j.finished) {
      html += '<a class="btn btn-outline-danger btn-sm mb-2" id="failed-rows" href="/api/imports/jobs/' + j.id
        + '/failed-rows"><i class="bi bi-download"></i> ' + e(D.t('js.import.failedRows')) + '</a>';
    }
    if (j.problems && j.problems.length) {
      html += '<h3 class="h6 mt-2">' + e(D.t('js.import.problems')) + '</h3>'
        + '<table class="table table-sm" id="problems"><thead><tr><th>' + e(D.t('js.import.line')) + '</th><th>'
        + e(D.t('js.import.column')) + '</th><th>' + e(D.t('js.import.reason')) + '</th></tr></thead><tbody>'
        + j.problems.map(function (p) {
          return '<tr><td>' + p.line + '</td><td>' + e(p.column) + '</td><td>' + e(p.reason) + '</td></tr>';
        }).join('') + '</tbody></table>';
      if (j.problems.length >= 200) {
        html += '<div class="small text-body-secondary">' + e(D.t('js.import.moreProblems', 200)) + '</div>';
      }
    }
    document.getElementById('current-body').innerHTML = html;
  }

  function follow(id) {
    if (polling) {
      clearTimeout(polling);
    }
    D.api('GET', '/api/imports/jobs/' + id).then(function (j) {
      if (j.status === 'UPLOADED') {
        showMapping(j);
        return;
      }
      startForm.hidden = true;
      render(j);
      if (!j.finished) {
        polling = setTimeout(function () { follow(id); }, 1000);
      } else {
        loadHistory();
      }
    });
  }

  function loadHistory() {
    D.api('GET', '/api/imports/jobs').then(function (jobs) {
      var list = document.getElementById('history');
      list.innerHTML = jobs.map(function (j) {
        return '<button type="button" class="list-group-item list-group-item-action" data-job="' + j.id + '">'
          + '<div class="d-flex"><span class="me-auto text-truncate">' + e(j.fileName) + '</span>' + badge(j) + '</div>'
          + '<div class="small text-body-secondary">' + e(D.dateTime(j.createdAt)) + ' · '
          + e(j.status === 'UPLOADED' ? D.t('js.import.rows', j.totalRows) : counts(j)) + '</div></button>';
      }).join('');
      var running = jobs.filter(function (j) { return j.status === 'RUNNING'; })[0];
      if (running && current.hidden) {
        follow(running.id);
      }
      document.body.setAttribute('data-loaded', 'true');
    });
  }

  document.getElementById('history').addEventListener('click', function (event) {
    var item = event.target.closest('[data-job]');
    if (item) {
      follow(item.getAttribute('data-job'));
    }
  });

  loadHistory();
})();
