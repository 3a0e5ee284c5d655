/* The delivery log (GM and administrator): each notification's deliveries and their attempts, and a test message. */
(function () {
  'use strict';
  var D = window.Desk;
  var $ = function (id) { return document.getElementById(id); };

  function say(element, text, isProblem) {
    element.textContent = text;
    element.className = 'mt-2 ' + (isProblem ? 'text-danger' : 'text-secondary');
  }

  function cell(row, text, className) {
    var td = row.insertCell();
    td.textContent = text === null || text === undefined ? '' : text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function status(value) {
    return D.label('DeliveryStatus', value);
  }

  /** Every call to the provider, oldest first, in a row under the delivery that opens and closes. */
  function attemptsToggle(row, d) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-link btn-sm p-0 link';
    button.textContent = D.t('js.notifications.attempts', d.attempts) + (d.attemptLog.length ? ' ▸' : '');
    button.disabled = !d.attemptLog.length;
    var detail = null;
    button.addEventListener('click', function () {
      if (detail) {
        detail.remove();
        detail = null;
        button.textContent = D.t('js.notifications.attempts', d.attempts) + ' ▸';
        return;
      }
      detail = $('rows').insertRow(row.sectionRowIndex + 1);
      detail.className = 'attempts table-light';
      var td = detail.insertCell();
      td.colSpan = row.cells.length;
      td.append(attemptTable(d.attemptLog));
      button.textContent = D.t('js.notifications.attempts', d.attempts) + ' ▾';
    });
    row.insertCell().append(button);
  }

  function attemptTable(attempts) {
    var table = document.createElement('table');
    table.className = 'table table-sm mb-0 w-auto';
    var head = table.createTHead().insertRow();
    ['no', 'started', 'duration', 'result', 'providerId', 'error'].forEach(function (key) {
      var th = document.createElement('th');
      th.textContent = D.t('js.notifications.attempt.' + key);
      head.append(th);
    });
    var body = table.createTBody();
    attempts.forEach(function (a) {
      var row = body.insertRow();
      cell(row, D.t('js.notifications.attemptNo', a.attemptNo));
      cell(row, D.dateTime(a.startedAt));
      cell(row, D.t('js.notifications.ms', a.durationMs));
      cell(row, status(a.status), a.status === 'FAILED' ? 'text-danger' : 'text-success');
      cell(row, a.providerMessageId);
      cell(row, a.error, 'text-danger text-wrap');
    });
    return table;
  }

  function load(exceptionId, recipient) {
    var query = new URLSearchParams();
    if (exceptionId) {
      query.set('exceptionId', exceptionId);
    }
    if (recipient) {
      query.set('recipient', recipient);
    }
    history.replaceState(null, '', '?' + query);
    return D.api('GET', '/api/notifications/deliveries?' + query).then(function (deliveries) {
      $('rows').replaceChildren();
      deliveries.forEach(function (d) {
        var row = $('rows').insertRow();
        cell(row, D.dateTime(d.lastAttemptAt));
        cell(row, d.exceptionId === 0 ? D.t('js.notifications.test') : d.exceptionId);
        cell(row, d.round);
        cell(row, d.recipient);
        cell(row, D.label('Channel', d.channel));
        cell(row, status(d.status), d.status === 'FAILED' ? 'text-danger' : 'text-success');
        attemptsToggle(row, d);
        cell(row, d.providerMessageId);
        cell(row, d.readAt ? D.dateTime(d.readAt) + ' · ' + D.label('ReadVia', d.readVia) : D.t('js.notifications.unread'));
        cell(row, d.error, 'text-danger text-wrap');
      });
      say($('status'), D.t('js.notifications.count', deliveries.length));
    }, function (problem) {
      say($('status'), D.t('js.notifications.searchFailed', problem.message), true);
    });
  }

  $('filter').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target.elements;
    load(form.exceptionId.value.trim(), form.recipient.value.trim());
  });

  $('test').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target.elements;
    var body = { channel: form.channel.value, userId: form.userId.value.trim() };
    D.api('POST', '/api/notifications/test', body).then(function (row) {
      say($('testResult'), row.status === 'SENT'
        ? D.t('js.notifications.sent', D.label('Channel', row.channel), row.attempts)
        : D.t('js.notifications.failed', D.label('Channel', row.channel), row.error), row.status !== 'SENT');
      $('filter').elements.exceptionId.value = '';
      $('filter').elements.recipient.value = body.userId;
      load('', body.userId);
    }, function (problem) {
      var fields = problem.errors.map(function (e) { return e.field + ' ' + e.reason; }).join('；');
      say($('testResult'), D.t('js.notifications.failedToSend', fields || problem.message), true);
    });
  });

  var initial = new URLSearchParams(location.search);
  if (initial.get('exceptionId') || initial.get('recipient')) {
    $('filter').elements.exceptionId.value = initial.get('exceptionId') || '';
    $('filter').elements.recipient.value = initial.get('recipient') || '';
    load(initial.get('exceptionId'), initial.get('recipient'));
  }
})();
