/* The duty roster: who is on duty per role on a day; rotations, leaves and overrides (GM and administrator edit). */
(function () {
  'use strict';
  var D = window.Desk;
  var canEdit = document.getElementById('roster-page').getAttribute('data-can-edit') === 'true';
  var dayInput = document.getElementById('day');
  var day = new URLSearchParams(location.search).get('date') || D.today();
  dayInput.value = day;
  var roster = null;

  function names(people) {
    return (people || []).map(function (p) { return D.escapeHtml(p.name); }).join('、');
  }

  var dutyTable = D.table(document.getElementById('duty'), {
    data: [], index: 'role', columns: [
      { title: D.t('js.roster.role'), field: 'role', width: 130, formatter: function (cell) {
        return D.escapeHtml(D.label('Role', cell.getValue()));
      } },
      { title: D.t('js.roster.onDuty'), field: 'onDuty', formatter: function (cell) {
        var row = cell.getRow().getData();
        var away = row.away.length ? ' <span class="text-secondary small">' + D.escapeHtml(
          D.t('js.roster.standsInFor', names(row.away))) + '</span>' : '';
        return '<strong>' + names(cell.getValue()) + '</strong>' + away;
      } },
      { title: D.t('js.roster.basis'), field: 'basis', width: 150, formatter: function (cell) {
        return '<span class="badge text-bg-light">' + D.escapeHtml(D.label('DutyBasis', cell.getValue())) + '</span>';
      } },
      { title: D.t('js.roster.deputy'), field: 'deputy', width: 130, formatter: function (cell) {
        return cell.getValue() ? D.escapeHtml(cell.getValue().name) : '';
      } },
      { title: D.t('js.roster.rotation'), field: 'rotation', formatter: function (cell) {
        var r = cell.getValue();
        return r ? D.escapeHtml(D.t('js.roster.rotationText', names(r.members), r.shiftDays, r.nextHandover)) : '';
      } }
    ]
  });

  function removeColumn(kind) {
    return { title: '', field: 'id', width: 90, headerSort: false, hozAlign: 'center', formatter: function () {
      return '<button type="button" class="btn btn-sm btn-outline-danger">' + D.escapeHtml(D.t('js.roster.remove'))
        + '</button>';
    }, cellClick: function (event, cell) {
      if (event.target.tagName !== 'BUTTON') {
        return;
      }
      D.api('DELETE', '/api/roster/' + kind + '/' + cell.getValue()).then(function () {
        D.toast(D.t('js.roster.removed'));
        load();
      }, function (problem) { D.toast(problem.message, 'danger'); });
    } };
  }

  var leaveColumns = [
    { title: D.t('js.roster.person'), field: 'person.name', width: 120 },
    { title: D.t('js.roster.from'), field: 'from', width: 120 },
    { title: D.t('js.roster.to'), field: 'to', width: 120 },
    { title: D.t('js.roster.leaveDeputy'), field: 'deputy.name', width: 120 },
    { title: D.t('js.roster.reason'), field: 'reason' }
  ];
  var overrideColumns = [
    { title: D.t('js.roster.role'), field: 'role', width: 130, formatter: function (cell) {
      return D.escapeHtml(D.label('Role', cell.getValue()));
    } },
    { title: D.t('js.roster.person'), field: 'person.name', width: 120 },
    { title: D.t('js.roster.from'), field: 'from', width: 120 },
    { title: D.t('js.roster.to'), field: 'to', width: 120 },
    { title: D.t('js.roster.reason'), field: 'reason' }
  ];
  if (canEdit) {
    leaveColumns.push(removeColumn('leaves'));
    overrideColumns.push(removeColumn('overrides'));
  }
  var leaveTable = D.table(document.getElementById('leaves'), { data: [], columns: leaveColumns });
  var overrideTable = D.table(document.getElementById('overrides'), { data: [], columns: overrideColumns });

  function show(answer) {
    roster = answer;
    dutyTable.setData(answer.roles);
    leaveTable.setData(answer.leaves);
    overrideTable.setData(answer.overrides);
    showRotation();
    document.body.setAttribute('data-loaded', 'true');
  }

  function load() {
    document.body.removeAttribute('data-loaded');
    return D.api('GET', '/api/roster?date=' + encodeURIComponent(day)).then(show, function (problem) {
      D.toast(problem.message, 'danger');
    });
  }

  D.datePicker(dayInput, { onChange: function (dates, text) {
    if (text && text !== day) {
      day = text;
      history.replaceState(null, '', '?date=' + encodeURIComponent(day));
      load();
    }
  } });

  var rotationForm = document.getElementById('rotation');
  var pickers = {};
  function showRotation() {
    if (!rotationForm || !roster) {
      return;
    }
    var role = rotationForm.elements.role.value;
    var duty = roster.roles.filter(function (r) { return r.role === role; })[0];
    var rotation = duty && duty.rotation;
    pickers.members.setValue(rotation ? rotation.members.map(function (p) { return p.userId; }) : [], true);
    pickers.deputy.setValue(duty && duty.deputy ? duty.deputy.userId : '', true);
    rotationForm.elements.shiftDays.value = rotation ? rotation.shiftDays : 7;
    rotationForm.elements.startsOn._flatpickr.setDate(rotation ? rotation.startsOn : day);
  }

  if (canEdit) {
    D.api('GET', '/api/roster/people').then(function (people) {
      var options = people.map(function (p) { return { value: p.userId, text: p.name }; });
      pickers.members = D.picker(document.getElementById('rotation-members'), { options: options, plugins: ['remove_button'] });
      pickers.deputy = D.picker(document.getElementById('rotation-deputy'), { options: options, allowEmptyOption: true });
      D.picker(document.getElementById('leave-userId'), { options: options });
      D.picker(document.getElementById('leave-deputy'), { options: options });
      D.picker(document.getElementById('override-userId'), { options: options });
      ['rotation-startsOn', 'leave-from', 'leave-to', 'override-from', 'override-to'].forEach(function (id) {
        D.datePicker(document.getElementById(id));
      });
      rotationForm.elements.role.addEventListener('change', showRotation);
      D.form(rotationForm, {
        method: 'PUT', url: function (form) { return '/api/roster/rotations/' + encodeURIComponent(form.elements.role.value); },
        body: function (form) {
          return { members: pickers.members.getValue(), shiftDays: Number(form.elements.shiftDays.value),
            startsOn: form.elements.startsOn.value, deputy: pickers.deputy.getValue() || null };
        },
        done: function () { D.toast(D.t('js.roster.saved')); load(); }
      });
      ['leave', 'override'].forEach(function (kind) {
        var form = document.getElementById(kind);
        D.form(form, {
          method: 'POST', url: '/api/roster/' + kind + 's',
          done: function () { D.toast(D.t('js.roster.saved')); form.reset(); load(); }
        });
      });
      load();
    });
  } else {
    load();
  }
})();
