/*
 * One order: its facts, the T&A plan by stage with progress recorded from its rows, materials, exceptions, change
 * requests and their levels, and its history in words. Editing saves what needs no approval at once and turns a
 * new due date or quantity into change requests. The page follows the order's own stream and reloads its parts
 * when anyone changes the order.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var P = window.PlanTable;
  var e = D.escapeHtml;
  var root = document.getElementById('order-page');
  var orderNo = root.getAttribute('data-order-no');
  var me = root.getAttribute('data-login');
  var path = '/api/orders/' + encodeURIComponent(orderNo);
  var order = null;
  var historyPage = 0;

  function modal(id) {
    return window.bootstrap.Modal.getOrCreateInstance(document.getElementById(id));
  }

  function named(login, names) {
    return login ? (names && names[login]) || login : '';
  }

  // Facts ---------------------------------------------------------------------------------------------------

  function fact(label, value, id) {
    return '<dt class="col-sm-2 text-secondary fw-normal">' + e(label) + '</dt><dd class="col-sm-4"'
      + (id ? ' id="' + id + '"' : '') + '>' + value + '</dd>';
  }

  var CREDIT_COLOURS = { PASSED: 'success', APPROVED: 'success', HELD: 'warning', REJECTED: 'danger' };

  /** The start checks' credit outcome in Chinese, with its reason and figures. */
  function creditCheck(o) {
    if (!o.creditCheck) {
      return '<span class="text-secondary">' + e(D.t('js.order.creditPending')) + '</span>';
    }
    return '<span class="badge text-bg-' + CREDIT_COLOURS[o.creditCheck] + '" id="credit-check">'
      + e(D.label('CreditCheck', o.creditCheck)) + '</span>'
      + (o.creditNote ? ' <span class="small text-secondary">' + e(o.creditNote) + '</span>' : '');
  }

  function showFacts(o) {
    var badge = document.getElementById('status-badge');
    badge.textContent = o.status === 'OPEN' ? D.label('Stage', o.stage) : D.label('OrderStatus', o.status);
    badge.className = 'badge ' + (o.status === 'OPEN' ? 'text-bg-primary' : o.status === 'CANCELLED'
      ? 'text-bg-danger' : 'text-bg-success');
    document.getElementById('order-actions').classList.toggle('d-none', o.status !== 'OPEN');
    var delay = o.delayDays > 0 ? '<span class="badge text-bg-danger">' + e(D.t('js.orders.late', o.delayDays)) + '</span>'
      : '<span class="badge text-bg-success">' + e(D.t('js.orders.onTime')) + '</span>';
    document.getElementById('facts').innerHTML = [
      fact(D.t('js.order.customer'), e(o.customer)),
      fact(D.t('js.order.style'), e(o.style), 'fact-style'),
      fact(D.t('js.order.productType'), e(D.label('ProductType', o.productType))),
      fact(D.t('js.order.quantity'), e(o.quantity), 'fact-quantity'),
      fact(D.t('js.order.factory'), e(o.factoryName)),
      fact(D.t('js.order.dueDate'), e(o.dueDate), 'fact-due'),
      fact(D.t('js.order.forecast'), e(o.forecastDeliveryDate || '') + ' ' + delay, 'fact-forecast'),
      fact(D.t('js.order.planStage'), '<span id="plan-stage">' + e(D.label('Stage', o.planStage)) + '</span>'),
      fact(D.t('js.order.merchandiser'), e(named(o.merchandiser, o.names))),
      fact(D.t('js.order.businessOwner'), e(named(o.businessOwner, o.names))),
      fact(D.t('js.order.currentSteps'), e(o.currentActivities.map(function (a) { return a.name || ''; })
        .filter(Boolean).join('、') || '—')),
      fact(D.t('js.order.remarks'), e(o.remarks || '—'), 'fact-remarks'),
      fact(D.t('js.order.creditCheck'), creditCheck(o), 'fact-credit-check')
    ].join('') + (o.cancelReason ? fact(D.t('js.order.cancelReason'), e(o.cancelReason), 'fact-cancel-reason') : '');
    document.getElementById('plan-compressed').textContent = o.planKeptPercent < 100
      ? D.t('js.order.compressed', o.planKeptPercent) : '';
  }

  // The plan and the materials -----------------------------------------------------------------------------------

  function showPlan(o) {
    var open = o.status === 'OPEN';
    document.getElementById('milestones').innerHTML = P.rows(o.milestones, 8, function (m) {
      return '<td>' + e(m.plannedDate) + '</td><td class="forecast">' + e(m.forecastDate) + '</td>'
        + '<td class="actual">' + e(m.actualDate || '') + '</td><td>' + P.slip(m.slipDays) + '</td>'
        + '<td class="small">' + e(m.slipReason || '') + '</td><td class="text-end">'
        + (open && !m.done ? '<button type="button" class="btn btn-sm btn-outline-primary record" data-code="'
          + e(m.code) + '">' + e(D.t('js.order.record')) + '</button>' : '') + '</td>';
    });
  }

  function showMaterials(o) {
    document.getElementById('materials').innerHTML = o.materials.map(function (m) {
      var late = m.expectedInHouse && m.neededBy && m.expectedInHouse > m.neededBy;
      return '<tr data-line="' + m.lineNo + '"><td>' + m.lineNo + '</td><td>' + e(D.label('MaterialKind', m.kind)) + ' '
        + e(m.description) + '</td><td>' + e(m.supplierName) + '</td><td>' + e(m.quantity || '') + ' ' + e(m.unit || '')
        + '</td><td class="po-due">' + e(m.poDueDate || '') + '</td><td>' + e(m.shippedDate || '') + '</td><td>'
        + e(m.eta || '') + '</td><td>' + e(m.arrivalDate || '') + '</td><td>' + e(m.neededBy || '') + '</td>'
        + '<td class="expected">' + (late ? '<span class="late text-danger fw-semibold">' + e(m.expectedInHouse) + '</span>'
          : e(m.expectedInHouse || '')) + '</td><td class="supply">' + e(D.label('MaterialSupply', m.supply)) + '</td></tr>';
    }).join('') || '<tr><td colspan="11" class="text-secondary">' + e(D.t('js.order.noMaterials')) + '</td></tr>';
  }

  // Exceptions and change requests ------------------------------------------------------------------------------

  function showExceptions(page) {
    document.getElementById('exceptions').innerHTML = page.items.length
      ? '<table class="table table-sm mb-0"><tbody>' + page.items.map(function (x) {
        return '<tr data-exception-id="' + x.id + '"><td>' + e(x.priority || '') + '</td><td><a href="/exceptions/'
          + x.id + '">' + e(x.title) + '</a></td><td>' + e(D.label('ExceptionStatus', x.status)) + '</td><td>'
          + e(D.dateTime(x.responseDueAt)) + (x.overdue ? ' <span class="badge text-bg-danger">'
          + e(D.t('js.order.overdue')) + '</span>' : '') + '</td></tr>';
      }).join('') + '</tbody></table>'
      : '<p class="text-secondary m-3">' + e(D.t('js.order.noExceptions')) + '</p>';
  }

  /** Each level of a request: its role, and who decided what, or that it waits. */
  function levels(a, names) {
    return a.levels.map(function (role, i) {
      var level = i + 1;
      var decided = a.decisions.filter(function (d) { return d.level === level; })[0];
      var text = D.label('Role', role) + '：';
      var css = 'text-secondary';
      if (decided) {
        text += named(decided.approver, names) + ' ' + D.label('Decision', decided.decision)
          + (decided.comment ? '（' + decided.comment + '）' : '');
        css = decided.decision === 'APPROVE' ? 'text-success' : 'text-danger';
      } else if (a.status === 'PENDING' && a.level === level) {
        text += D.t('js.order.waiting');
        css = 'text-warning-emphasis fw-semibold';
      } else {
        text += '—';
      }
      return '<li class="' + css + '" data-level="' + level + '">' + e(text) + '</li>';
    }).join('');
  }

  function newValue(a) {
    return a.newValue ? '：' + (a.kind === 'QUANTITY_CHANGE' ? D.t('js.order.pieces', a.newValue) : a.newValue) : '';
  }

  function showApprovals(list, names) {
    document.getElementById('approvals').innerHTML = list.length
      ? '<table class="table table-sm mb-0 align-top"><tbody>' + list.map(function (a) {
        return '<tr data-approval-id="' + a.id + '"><td><strong>' + e(D.label('ChangeKind', a.kind)) + e(newValue(a))
          + '</strong><div class="small">' + e(a.reason) + '</div><div class="small text-secondary">'
          + e(named(a.requestedBy, names)) + ' · ' + e(D.dateTime(a.requestedAt))
          + (Number(a.amount) > 0 ? ' · ' + e(D.t('js.order.amount', a.amount)) : '') + '</div></td>'
          + '<td class="status">' + e(D.label('ApprovalStatus', a.status)) + '</td><td><ol class="small mb-0 ps-3">'
          + levels(a, names) + '</ol></td><td class="text-end">'
          + (a.status === 'PENDING' && a.requestedBy === me ? '<button type="button" class="btn btn-sm btn-outline-secondary '
            + 'withdraw" data-id="' + a.id + '">' + e(D.t('js.order.withdraw')) + '</button>' : '') + '</td></tr>';
      }).join('') + '</tbody></table>'
      : '<p class="text-secondary m-3">' + e(D.t('js.order.noApprovals')) + '</p>';
  }

  function loadApprovals() {
    return D.api('GET', '/api/approvals?orderNo=' + encodeURIComponent(orderNo)).then(function (list) {
      var logins = {};
      list.forEach(function (a) {
        logins[a.requestedBy] = true;
        a.decisions.forEach(function (d) { logins[d.approver] = true; });
      });
      var wanted = Object.keys(logins);
      return (wanted.length ? D.api('GET', '/api/staff/names?logins=' + encodeURIComponent(wanted.join(',')))
        : Promise.resolve({})).then(function (names) { showApprovals(list, names); });
    });
  }

  document.getElementById('approvals').addEventListener('click', function (event) {
    var button = event.target.closest('button.withdraw');
    if (!button) {
      return;
    }
    button.disabled = true;
    D.api('POST', '/api/approvals/' + button.getAttribute('data-id') + '/withdraw').then(function () {
      D.toast(D.t('js.order.withdrawn'));
      loadApprovals();
    }, function (problem) {
      button.disabled = false;
      D.toast(problem.message, 'danger');
    });
  });

  // History -------------------------------------------------------------------------------------------------------

  function historyLine(line) {
    return '<li><strong>' + e(line.subject) + '</strong> ' + e(line.action) + (line.changes.length ? '：' : '')
      + line.changes.map(function (c) {
        return '<span class="history-change">' + e(c.field) + ' ' + (c.before ? e(c.before) + ' → ' : '')
          + e(c.after === null || c.after === undefined ? '—' : c.after) + '</span>';
      }).join('；') + '</li>';
  }

  function showHistory(page, append) {
    var list = document.getElementById('history');
    var items = page.items.map(function (entry) {
      return '<li class="list-group-item history-entry"><div class="small text-secondary">' + e(D.dateTime(entry.at))
        + ' · ' + e(entry.who) + '</div><ul class="mb-0 ps-3 history-lines">' + entry.lines.map(historyLine).join('')
        + '</ul></li>';
    }).join('');
    list.innerHTML = (append ? list.innerHTML : '') + (items || (append ? ''
      : '<li class="list-group-item text-secondary">' + e(D.t('js.order.noHistory')) + '</li>'));
    document.getElementById('history-more').hidden = (page.page + 1) * page.size >= page.total;
  }

  function loadHistory(append) {
    return D.api('GET', path + '/history?size=20&page=' + historyPage).then(function (page) {
      showHistory(page, append);
    });
  }

  document.getElementById('history-more').addEventListener('click', function () {
    historyPage += 1;
    loadHistory(true);
  });

  var rawTable = null;
  var rawToggle = document.getElementById('raw-toggle');
  if (rawToggle) {
    rawToggle.addEventListener('click', function () {
      var box = document.getElementById('raw-audit-box');
      box.hidden = !box.hidden;
      if (!box.hidden && !rawTable) {
        rawTable = D.table(document.getElementById('raw-audit'), {
          pageOf: path + '/audit', paginationSize: 20, columnDefaults: { headerSort: false },
          columns: [
            { title: D.t('js.audit.at'), field: 'at', width: 140, formatter: function (c) { return e(D.dateTime(c.getValue())); } },
            { title: D.t('js.audit.who'), field: 'who', width: 110 },
            { title: D.t('js.audit.client'), field: 'client', width: 110 },
            { title: D.t('js.audit.entity'), field: 'entity', width: 150, formatter: function (c) {
              return e(c.getValue() + ' #' + c.getRow().getData().entityId);
            } },
            { title: D.t('js.audit.action'), field: 'action', width: 80 },
            { title: D.t('js.audit.changes'), field: 'changes', formatter: function (c) {
              return '<code class="small">' + e(JSON.stringify(c.getValue())) + '</code>';
            } }
          ]
        });
      } else if (!box.hidden) {
        rawTable.setData();
      }
    });
  }

  // Colour × size ----------------------------------------------------------------------------------------------------

  var sizeView = null;

  function showSizes(matrix) {
    var none = !matrix.cells.length;
    document.getElementById('sizes-none').hidden = !none;
    document.getElementById('sizes-totals').textContent = D.t('js.order.sizesTotals', matrix.stageTotals.CUTTING,
      matrix.stageTotals.SEWING, matrix.stageTotals.PACKING);
    if (sizeView) {
      sizeView.destroy();
      sizeView = null;
    }
    if (!none) {
      sizeView = window.SizeMatrix.view(document.getElementById('size-matrix'), matrix);
    }
  }

  // Loading -----------------------------------------------------------------------------------------------------------

  function load() {
    historyPage = 0;
    return Promise.all([D.api('GET', path), D.api('GET', '/api/exceptions?size=100&orderNo=' + encodeURIComponent(orderNo)),
      loadApprovals(), loadHistory(false), D.api('GET', path + '/sizes')]).then(function (results) {
      order = results[0];
      showFacts(order);
      showPlan(order);
      showMaterials(order);
      showSizes(results[4]);
      showExceptions(results[1]);
      document.body.setAttribute('data-loaded', 'true');
    }, function (problem) {
      var box = document.getElementById('load-error');
      box.textContent = problem.status === 404 ? D.t('js.order.notFound') : D.t('js.order.loadFailed', problem.message);
      box.hidden = false;
    });
  }

  // Recording progress from the plan -------------------------------------------------------------------------------

  var milestoneForm = document.getElementById('milestone-form');
  var actualPicker = D.datePicker(milestoneForm.elements.actualDate, { maxDate: D.today() });
  var expectedPicker = D.datePicker(milestoneForm.elements.expectedDate, { minDate: D.today() });
  var recording = null;

  function mode() {
    return milestoneForm.querySelector('[name=mode]:checked').value;
  }

  milestoneForm.addEventListener('change', function (event) {
    if (event.target.name === 'mode') {
      milestoneForm.querySelectorAll('[data-mode]').forEach(function (box) {
        box.hidden = box.getAttribute('data-mode') !== mode();
      });
    }
  });

  document.getElementById('milestones').addEventListener('click', function (event) {
    var button = event.target.closest('button.record');
    if (!button) {
      return;
    }
    recording = order.milestones.filter(function (m) { return m.code === button.getAttribute('data-code'); })[0];
    D.clearErrors(milestoneForm);
    document.getElementById('milestone-title').textContent = recording.nameZh;
    milestoneForm.querySelector('#mode-actual').checked = true;
    milestoneForm.querySelectorAll('[data-mode]').forEach(function (box) {
      box.hidden = box.getAttribute('data-mode') !== 'actual';
    });
    actualPicker.setDate(D.today());
    expectedPicker.setDate(recording.expectedDate || recording.forecastDate);
    milestoneForm.elements.reason.value = recording.slipReason || '';
    modal('milestone-dialog').show();
  });

  D.form(milestoneForm, {
    url: function () {
      return path + '/milestones/' + encodeURIComponent(recording.code) + (mode() === 'actual' ? '/actual' : '/forecast');
    },
    body: function (form) {
      return mode() === 'actual' ? { actualDate: form.elements.actualDate.value || null }
        : { expectedDate: form.elements.expectedDate.value || null, reason: form.elements.reason.value };
    },
    done: function (answer) {
      modal('milestone-dialog').hide();
      D.toast(D.t(mode() === 'actual' ? 'js.order.recorded' : 'js.order.slipRecorded', recording.nameZh));
      order = answer;
      showFacts(answer);
      showPlan(answer);
      showMaterials(answer);
      historyPage = 0;
      loadHistory(false);
    }
  });

  // Editing -----------------------------------------------------------------------------------------------------------

  var editForm = document.getElementById('edit-form');
  var duePicker = D.datePicker(editForm.elements.dueDate, { minDate: D.today() });
  var materialPickers = [];
  var sizeEntry = null;
  var sizesEdited = false;

  document.getElementById('edit-dialog').addEventListener('shown.bs.modal', function () {
    if (sizeEntry) {
      sizeEntry.table.destroy();
    }
    sizesEdited = false;
    sizeEntry = window.SizeMatrix.entry(document.getElementById('edit-size-matrix'), {
      lines: order.sizeLines || [], onChange: function () { sizesEdited = true; }
    });
  });
  window.SizeMatrix.adders('edit-', function () { return sizeEntry; });

  document.getElementById('edit-dialog').addEventListener('show.bs.modal', function () {
    D.clearErrors(editForm);
    editForm.elements.style.value = order.style;
    editForm.elements.remarks.value = order.remarks || '';
    duePicker.setDate(order.dueDate);
    editForm.elements.quantity.value = order.quantity;
    editForm.elements.amount.value = 0;
    editForm.elements.reason.value = '';
    materialPickers.forEach(function (picker) { picker.destroy(); });
    document.getElementById('edit-materials-box').hidden = !order.materials.length;
    document.getElementById('edit-materials').innerHTML = order.materials.map(function (m, i) {
      return '<div class="col-md-6"><div class="input-group" data-field="materials[' + i + '].poDueDate">'
        + '<span class="input-group-text">' + e(m.lineNo + ' ' + m.description) + '</span>'
        + '<input class="form-control" name="materials[' + i + '].poDueDate" data-line="' + m.lineNo + '" value="'
        + e(m.poDueDate || '') + '"></div></div>';
    }).join('');
    materialPickers = Array.prototype.map.call(document.querySelectorAll('#edit-materials input'), function (input) {
      return D.datePicker(input);
    });
  });

  /** The change requests the form asks for: a new due date, a new quantity. */
  function requestedChanges(v) {
    var changes = [];
    if (v.dueDate && v.dueDate !== order.dueDate) {
      changes.push({ field: 'dueDate', kind: 'DELIVERY_DATE_CHANGE', newValue: v.dueDate });
    }
    if (v.quantity && Number(v.quantity) !== order.quantity) {
      changes.push({ field: 'quantity', kind: 'QUANTITY_CHANGE', newValue: String(v.quantity) });
    }
    return changes;
  }

  function request(change, v) {
    return D.api('POST', '/api/approvals', { orderNo: orderNo, kind: change.kind, newValue: change.newValue,
      amount: v.amount === '' || v.amount === undefined ? 0 : Number(v.amount), reason: v.reason || '' })
      .catch(function (problem) {
        problem.errors.forEach(function (error) {
          if (error.field === 'newValue') {
            error.field = change.field;
          }
        });
        throw problem;
      });
  }

  editForm.addEventListener('submit', function (event) {
    event.preventDefault();
    D.clearErrors(editForm);
    var v = {
      style: editForm.elements.style.value, remarks: editForm.elements.remarks.value,
      dueDate: editForm.elements.dueDate.value, quantity: editForm.elements.quantity.value,
      amount: editForm.elements.amount.value, reason: editForm.elements.reason.value.trim()
    };
    var changes = requestedChanges(v);
    if (changes.length && !v.reason) {
      D.showErrors(editForm, new D.Problem(400, { errors: [{ field: 'reason', reason: D.t('js.order.reasonNeeded') }] }));
      return;
    }
    var materials = Array.prototype.map.call(document.querySelectorAll('#edit-materials input[data-line]'),
      function (input) { return { lineNo: Number(input.getAttribute('data-line')), poDueDate: input.value || null }; })
      .filter(function (line) { return line.poDueDate; });
    var button = editForm.querySelector('[type=submit]');
    button.disabled = true;
    var edit = { style: v.style, remarks: v.remarks, materials: materials };
    if (sizesEdited) {
      edit.sizeLines = sizeEntry.lines();
    }
    D.api('PATCH', path, edit).then(function (answer) {
      order = answer;
      return changes.reduce(function (previous, change) {
        return previous.then(function () { return request(change, v); });
      }, Promise.resolve());
    }).then(function () {
      modal('edit-dialog').hide();
      D.toast(changes.length ? D.t('js.order.savedAndRequested', changes.length) : D.t('js.order.saved'));
      load();
    }, function (problem) {
      D.showErrors(editForm, problem);
    }).then(function () { button.disabled = false; });
  });

  // Change requests of any kind, and cancelling -----------------------------------------------------------------------

  var changeForm = document.getElementById('change-form');
  var changeDatePicker = null;

  function kindChanged() {
    var kind = changeForm.elements.kind.value;
    document.getElementById('change-new-value-label').textContent = D.t('js.order.newValue.' + kind);
    if (kind === 'DELIVERY_DATE_CHANGE' && !changeDatePicker) {
      changeDatePicker = D.datePicker(changeForm.elements.newValue, { minDate: D.today() });
    } else if (kind !== 'DELIVERY_DATE_CHANGE' && changeDatePicker) {
      changeDatePicker.destroy();
      changeDatePicker = null;
    }
  }

  changeForm.elements.kind.addEventListener('change', function () {
    changeForm.elements.newValue.value = '';
    kindChanged();
  });
  document.getElementById('change-dialog').addEventListener('show.bs.modal', function () {
    D.clearErrors(changeForm);
    changeForm.reset();
    kindChanged();
  });

  D.form(changeForm, {
    url: '/api/approvals',
    body: function (form) {
      return { orderNo: orderNo, kind: form.elements.kind.value, newValue: form.elements.newValue.value || null,
        amount: form.elements.amount.value === '' ? null : Number(form.elements.amount.value),
        reason: form.elements.reason.value };
    },
    done: function (answer) {
      modal('change-dialog').hide();
      D.toast(D.t('js.order.requested', D.label('ChangeKind', answer.kind)));
      loadApprovals();
    }
  });

  D.form(document.getElementById('cancel-form'), {
    url: path + '/cancel',
    done: function () {
      modal('cancel-dialog').hide();
      D.toast(D.t('js.order.cancelled'));
      load();
    }
  });

  load();
  if (window.EventSource) {
    var pending = null;
    new EventSource(path + '/stream').addEventListener('order-changed', function () {
      clearTimeout(pending);
      pending = setTimeout(load, 200);
    });
  }
})();
