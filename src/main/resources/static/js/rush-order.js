/*
 * Rush-order assessment (插单评估): the planner enters a candidate order, sees what taking it in as it is would push
 * back, and three options side by side (overtime, outsourcing, resequencing) with their extra cost and the orders
 * they move; accepting one opens the order and moves those plans in one step.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var form = document.getElementById('rush-form');
  var canAccept = document.getElementById('rush-page').getAttribute('data-can-accept') === 'true';
  var result = document.getElementById('rush-result');

  function candidate() {
    var v = D.values(form);
    return { customer: v.customer || null, productType: v.productType || null,
             quantity: v.quantity ? Number(v.quantity) : null, dueDate: v.dueDate || null,
             factoryCode: v.factoryCode || null };
  }

  function money(value) {
    return '¥' + Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  /** The orders an option pushes back; {@code compact} (in an option's card) shows the order, customer and days only. */
  function movedTable(moved, compact) {
    if (!moved.length) {
      return '<p class="text-success small mb-0">' + D.escapeHtml(D.t('js.rush.noneMoved')) + '</p>';
    }
    var columns = compact ? ['order', 'customer', 'days', 'late']
      : ['order', 'customer', 'factory', 'merchandiser', 'days', 'newEnd', 'due', 'late'];
    var cells = {
      order: function (m) {
        return '<a href="/orders/' + encodeURIComponent(m.orderNo) + '">' + D.escapeHtml(m.orderNo) + '</a>';
      },
      customer: function (m) { return D.escapeHtml(m.customer); },
      factory: function (m) { return D.escapeHtml(m.factoryName); },
      merchandiser: function (m) { return D.escapeHtml(m.merchandiser); },
      days: function (m) { return D.escapeHtml(D.t('js.rush.daysLater', m.days)); },
      newEnd: function (m) { return m.newSewingEnd; },
      due: function (m) { return m.dueDate; },
      late: function (m) {
        return '<span class="' + (m.lateDays > 0 ? 'text-danger fw-semibold' : 'text-success') + '">'
          + D.escapeHtml(m.lateDays > 0 ? D.t('js.rush.lateBy', m.lateDays) : D.t('js.rush.onTime')) + '</span>';
      }
    };
    return '<div class="table-responsive"><table class="table table-sm mb-0 rush-moved' + (compact ? ' small' : '')
      + '"><thead><tr>' + columns.map(function (k) {
        return '<th class="text-nowrap">' + D.escapeHtml(D.t('js.rush.col.' + k)) + '</th>';
      }).join('') + '</tr></thead><tbody>' + moved.map(function (m) {
        return '<tr data-order="' + D.escapeHtml(m.orderNo) + '">' + columns.map(function (k) {
          return '<td class="text-nowrap">' + cells[k](m) + '</td>';
        }).join('') + '</tr>';
      }).join('') + '</tbody></table></div>';
  }

  function how(option) {
    if (option.option === 'OVERTIME') {
      return option.extraPieces > 0 ? D.t('js.rush.how.OVERTIME', option.overtimePerDay, option.extraPieces)
        : D.t('js.rush.how.none');
    }
    if (option.option === 'OUTSOURCE') {
      return !option.available ? D.t('js.rush.how.noFactory') : option.extraPieces > 0
        ? D.t('js.rush.how.OUTSOURCE', option.extraPieces, option.outsourceFactoryName) : D.t('js.rush.how.none');
    }
    return D.t('js.rush.how.RESEQUENCE');
  }

  function card(option) {
    var accept = canAccept && option.available
      ? '<button class="btn btn-success btn-sm rush-accept" type="button" data-option="' + option.option + '">'
        + D.escapeHtml(D.t('js.rush.accept')) + '</button>' : '';
    return '<div class="col-xl-4"><div class="card h-100 rush-option" data-option="' + option.option + '">'
      + '<div class="card-header d-flex justify-content-between align-items-center"><strong>'
      + D.escapeHtml(option.label) + '</strong>' + accept + '</div><div class="card-body">'
      + '<p class="small text-secondary">' + D.escapeHtml(how(option)) + '</p>'
      + '<dl class="row small mb-2">'
      + '<dt class="col-7">' + D.escapeHtml(D.t('js.rush.cost')) + '</dt><dd class="col-5 rush-cost">' + money(option.cost) + '</dd>'
      + '<dt class="col-7">' + D.escapeHtml(D.t('js.rush.moved')) + '</dt><dd class="col-5 rush-moved-count">' + option.movedOrders + '</dd>'
      + '<dt class="col-7">' + D.escapeHtml(D.t('js.rush.late')) + '</dt><dd class="col-5">' + option.lateOrders + '</dd>'
      + '<dt class="col-7">' + D.escapeHtml(D.t('js.rush.rushLate')) + '</dt><dd class="col-5">'
      + D.escapeHtml(option.rushLateDays > 0 ? D.t('js.rush.lateBy', option.rushLateDays) : D.t('js.rush.onTime')) + '</dd>'
      + '</dl>' + movedTable(option.moved, true) + '</div></div></div>';
  }

  function render(assessment) {
    document.getElementById('rush-summary').textContent = D.t('js.rush.summary', assessment.quantity,
      assessment.factoryName, assessment.sewingStart, assessment.sewingEnd, assessment.dueDate);
    var asIs = assessment.asIs;
    document.getElementById('rush-asis').innerHTML = '<h2 class="h6">' + D.escapeHtml(D.t('js.rush.asIsTitle')) + '</h2>'
      + '<p class="small">' + D.escapeHtml(D.t('js.rush.asIsSummary', asIs.movedOrders, asIs.lateOrders,
        asIs.rushLateDays > 0 ? D.t('js.rush.lateBy', asIs.rushLateDays) : D.t('js.rush.onTime'))) + '</p>'
      + movedTable(asIs.moved, false);
    document.getElementById('rush-options').innerHTML = assessment.options.map(card).join('');
    result.hidden = false;
    result.setAttribute('data-loaded', 'true');
  }

  D.form(form, {
    url: '/api/capacity/rush/simulate',
    body: candidate,
    done: function (assessment) {
      document.getElementById('rush-accepted').hidden = true;
      render(assessment);
    }
  });
  form.addEventListener('submit', function () {
    result.removeAttribute('data-loaded');
  });

  document.getElementById('rush-options').addEventListener('click', function (event) {
    var button = event.target.closest('.rush-accept');
    if (!button) {
      return;
    }
    var body = candidate();
    var v = D.values(form);
    body.orderNo = v.orderNo || null;
    body.style = v.style || null;
    body.merchandiser = v.merchandiser || null;
    body.businessOwner = v.businessOwner || null;
    body.option = button.getAttribute('data-option');
    button.disabled = true;
    D.clearErrors(form);
    D.api('POST', '/api/capacity/rush/accept', body).then(function (accepted) {
      var box = document.getElementById('rush-accepted');
      box.innerHTML = D.escapeHtml(D.t('js.rush.accepted', accepted.orderNo, accepted.label, accepted.moved.length))
        + ' <a href="/orders/' + encodeURIComponent(accepted.orderNo) + '">' + D.escapeHtml(D.t('js.rush.open')) + '</a>';
      box.hidden = false;
      box.setAttribute('data-order', accepted.orderNo);
      result.hidden = true;
      D.toast(D.t('js.rush.acceptedToast', accepted.orderNo));
    }, function (problem) {
      D.showErrors(form, problem);
      button.disabled = false;
    });
  });

  var settings = document.getElementById('rush-settings');
  if (settings) {
    D.form(settings, {
      method: 'PUT',
      url: '/api/capacity/settings',
      body: function (f) {
        var body = {};
        ['defaultDailyPieces', 'overtimeCostPerPiece', 'overtimeMaxPercent', 'outsourceCostPerPiece', 'finishingDays']
          .forEach(function (name) {
            body[name] = f.elements[name].value === '' ? null : Number(f.elements[name].value);
          });
        return body;
      },
      done: function () {
        D.toast(D.t('js.rush.settingsSaved'));
      }
    });
  }

  document.body.setAttribute('data-loaded', 'true');
}());
