/* The working calendars: pick the company's or a factory's, see its special days, edit them (editors only). */
(function () {
  'use strict';
  var D = window.Desk;
  var pageEl = document.getElementById('calendar-page');
  var canEdit = pageEl.getAttribute('data-can-edit') === 'true';
  var select = document.getElementById('calendar');
  var weekForm = document.getElementById('week');
  var daysForm = document.getElementById('days');
  var code = new URLSearchParams(location.search).get('code') || 'COMPANY';
  select.value = code;
  var picker = D.picker(select, {});

  var columns = [
    { title: D.t('js.calendars.date'), field: 'date', width: 130 },
    { title: D.t('js.calendars.weekday'), field: 'date', width: 90, headerSort: false, formatter: function (cell) {
      var day = new Date(cell.getValue() + 'T00:00:00Z').getUTCDay();
      return D.escapeHtml(D.t('js.calendars.weekday' + day));
    } },
    { title: D.t('js.calendars.kind'), field: 'kind', width: 130, formatter: function (cell) {
      var closed = cell.getValue() === 'CLOSED';
      return '<span class="badge ' + (closed ? 'text-bg-secondary' : 'text-bg-info') + '">'
        + D.escapeHtml(D.label('CalendarDayKind', cell.getValue())) + '</span>';
    } },
    { title: D.t('js.calendars.name'), field: 'name' }
  ];
  if (canEdit) {
    columns.push({ title: '', field: 'date', width: 90, headerSort: false, hozAlign: 'center', formatter: function () {
      return '<button type="button" class="btn btn-sm btn-outline-danger" data-action="remove">'
        + D.escapeHtml(D.t('js.calendars.remove')) + '</button>';
    }, cellClick: function (event, cell) {
      if (event.target.getAttribute('data-action') !== 'remove') {
        return;
      }
      var date = cell.getValue();
      D.api('DELETE', '/api/calendars/' + encodeURIComponent(code) + '/days/' + date).then(function () {
        D.toast(D.t('js.calendars.removed', date));
        load();
      }, function (problem) { D.toast(problem.message, 'danger'); });
    } });
  }
  var table = D.table(document.getElementById('calendar-days'), {
    data: [], columns: columns, initialSort: [{ column: 'date', dir: 'asc' }], pagination: true, paginationSize: 50
  });

  function show(calendar) {
    table.setData(calendar.days);
    if (weekForm) {
      weekForm.hidden = code !== 'COMPANY';
      weekForm.querySelectorAll('input[name=restDays]').forEach(function (box) {
        box.checked = calendar.restDays.indexOf(box.value) >= 0;
      });
      weekForm.elements.workStart.value = (calendar.workStart || '').slice(0, 5);
      weekForm.elements.workEnd.value = (calendar.workEnd || '').slice(0, 5);
    }
    document.body.setAttribute('data-loaded', 'true');
  }

  function load() {
    document.body.removeAttribute('data-loaded');
    return D.api('GET', '/api/calendars/' + encodeURIComponent(code)).then(show, function (problem) {
      D.toast(problem.message, 'danger');
    });
  }

  picker.on('change', function (value) {
    code = value || 'COMPANY';
    history.replaceState(null, '', '?code=' + encodeURIComponent(code));
    load();
  });

  if (weekForm) {
    D.form(weekForm, {
      method: 'PUT', url: function () { return '/api/calendars/' + encodeURIComponent(code) + '/week'; },
      body: function (form) {
        return { restDays: Array.prototype.filter.call(form.querySelectorAll('input[name=restDays]'),
          function (box) { return box.checked; }).map(function (box) { return box.value; }),
          workStart: form.elements.workStart.value, workEnd: form.elements.workEnd.value };
      },
      done: function (calendar) { D.toast(D.t('js.calendars.weekSaved')); show(calendar); }
    });
  }
  if (daysForm) {
    D.datePicker(daysForm.elements.from);
    D.datePicker(daysForm.elements.to);
    D.form(daysForm, {
      method: 'PUT', url: function () { return '/api/calendars/' + encodeURIComponent(code) + '/days'; },
      done: function (calendar) {
        D.toast(D.t('js.calendars.saved'));
        daysForm.reset();
        show(calendar);
      }
    });
  }
  load();
})();
