/*
 * A page's own import (customers' credit, stock): the file goes to the import engine as its kind, runs as
 * "新增或更新" with the columns it proposes, and the page shows the outcome's counts, the failed rows' file to fix
 * and upload again, and reloads when something changed.
 */
(function () {
  'use strict';
  var D = window.Desk;

  function wait(jobId, done) {
    D.api('GET', '/api/imports/jobs/' + jobId).then(function (job) {
      if (job.finished) {
        done(job);
      } else {
        setTimeout(function () { wait(jobId, done); }, 1000);
      }
    }, function (problem) {
      D.toast(problem.message, 'danger');
    });
  }

  function show(form, job) {
    var outcome = form.querySelector('[data-role=import-outcome]');
    outcome.hidden = false;
    outcome.innerHTML = '<span class="badge text-bg-' + (job.failed ? 'warning' : 'success') + '">'
      + D.escapeHtml(job.statusLabel) + '</span> '
      + D.escapeHtml(D.t('js.import.counts', job.inserted, job.updated, job.unchanged, job.failed))
      + (job.failed ? ' <a href="/api/imports/jobs/' + job.id + '/failed-rows">'
        + D.escapeHtml(D.t('js.import.failedRows') + '（' + D.t('js.kindImport.fixAndRetry') + '）') + '</a>' : '')
      + (job.message ? '<div class="small text-secondary">' + D.escapeHtml(job.message) + '</div>' : '');
  }

  document.querySelectorAll('form.import-upload').forEach(function (form) {
    var kind = form.getAttribute('data-kind');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = form.elements.file.files[0];
      if (!file) {
        return;
      }
      var button = form.querySelector('[type=submit]');
      button.disabled = true;
      var data = new FormData();
      data.append('file', file);
      D.api('POST', '/api/imports/kinds/' + kind + '/files', data).then(function (job) {
        return D.api('POST', '/api/imports/jobs/' + job.id + '/start', { mode: 'UPSERT', mapping: job.mapping || {} });
      }).then(function (job) {
        wait(job.id, function (finished) {
          button.disabled = false;
          show(form, finished);
          form.setAttribute('data-job-status', finished.status);
          if (finished.inserted + finished.updated > 0) {
            D.toast(D.t('js.kindImport.done', finished.inserted + finished.updated));
          }
        });
      }, function (problem) {
        button.disabled = false;
        var outcome = form.querySelector('[data-role=import-outcome]');
        outcome.hidden = false;
        outcome.textContent = problem.message;
      });
    });
  });
}());
