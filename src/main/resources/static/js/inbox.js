/* The inbox: my messages, unread first, paged on the server; a grade filter, marking read, live arrivals. */
(function () {
  'use strict';
  var D = window.Desk;
  var form = document.getElementById('filters');
  var GRADE_COLOURS = { P0: 'danger', P1: 'warning', P2: 'primary', P3: 'secondary' };

  function filters() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value) {
        params.set(key, value);
      }
    });
    return params;
  }

  new URLSearchParams(location.search).forEach(function (value, key) {
    var field = form.elements[key];
    if (field && field.type === 'checkbox') {
      field.checked = value === 'true';
    } else if (field) {
      field.value = value;
    }
  });

  /** Reading it marks it read first (an alert's page would too), so the badge is right when the reader returns. */
  function open(message) {
    var go = function () {
      if (message.href) {
        location.href = message.href;
      } else {
        table.replaceData();
      }
    };
    if (message.readAt) {
      go();
    } else {
      D.api('POST', '/api/inbox/' + message.id + '/read').then(go, function (problem) {
        D.toast(problem.message, 'danger');
      });
    }
  }

  var table = D.table(document.getElementById('messages'), {
    pageOf: function () { return '/api/inbox/messages?' + filters(); },
    paginationSize: 20,
    rowFormatter: function (row) {
      var element = row.getElement();
      element.classList.toggle('inbox-unread', !row.getData().readAt);
      element.setAttribute('data-id', row.getData().id);
    },
    columns: [
      { title: D.t('js.inbox.grade'), field: 'priority', width: 90, headerSort: false, formatter: function (cell) {
        var grade = cell.getValue();
        return grade ? '<span class="badge text-bg-' + (GRADE_COLOURS[grade] || 'secondary') + '">'
          + D.escapeHtml(grade) + '</span>' : '<span class="text-secondary">' + D.escapeHtml(D.t('js.inbox.notice'))
          + '</span>';
      } },
      { title: D.t('js.inbox.message'), field: 'title', headerSort: false, formatter: function (cell) {
        var m = cell.getRow().getData();
        return '<a href="' + D.escapeHtml(m.href || '#') + '" class="inbox-open">' + D.escapeHtml(m.title) + '</a>'
          + '<div class="small text-secondary text-truncate">' + D.escapeHtml((m.body || '').split('\n')[0]) + '</div>';
      }, cellClick: function (event, cell) {
        if (event.target.closest('a.inbox-open')) {
          event.preventDefault();
          open(cell.getRow().getData());
        }
      } },
      { title: D.t('js.inbox.time'), field: 'createdAt', width: 170, headerSort: false, formatter: function (cell) {
        return D.escapeHtml(D.dateTime(cell.getValue()));
      } },
      { title: D.t('js.inbox.state'), field: 'readAt', width: 120, headerSort: false, formatter: function (cell) {
        return cell.getValue() ? '<span class="text-secondary">' + D.escapeHtml(D.t('js.inbox.read')) + '</span>'
          : '<button type="button" class="btn btn-sm btn-outline-secondary mark-read">'
            + D.escapeHtml(D.t('js.inbox.markRead')) + '</button>';
      }, cellClick: function (event, cell) {
        if (!event.target.closest('.mark-read')) {
          return;
        }
        D.api('POST', '/api/inbox/' + cell.getRow().getData().id + '/read').then(function () {
          table.replaceData();
        }, function (problem) { D.toast(problem.message, 'danger'); });
      } }
    ]
  });
  table.on('dataProcessed', function () { document.body.setAttribute('data-loaded', 'true'); });

  function reload() {
    history.replaceState(null, '', '?' + filters());
    table.setData();
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); reload(); });
  form.addEventListener('change', reload);
  document.getElementById('read-all').addEventListener('click', function () {
    D.api('POST', '/api/inbox/read-all').then(function (answer) {
      D.toast(D.t('js.inbox.allRead', answer.marked));
      table.replaceData();
    }, function (problem) { D.toast(problem.message, 'danger'); });
  });

  var pending = null;
  function refresh() {
    clearTimeout(pending);
    pending = setTimeout(function () { table.replaceData(); }, 300);
  }
  D.live('inbox-message', refresh);
  D.live('inbox-unread', refresh);
})();
