/*
 * An alert's page: the exception, the one-click confirm, and each handling step the reader may take (plan,
 * measures, verification, closing) as the handling process waits for it; its measures and timeline, kept current
 * while the page is open.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var root = document.getElementById('alert');
  var id = root.getAttribute('data-id');
  var mayHandle = root.getAttribute('data-may-handle') === 'true';
  var GRADE_COLOURS = { P0: 'danger', P1: 'warning', P2: 'primary', P3: 'secondary' };
  var STEP_FORMS = { plan: 'Task_SubmitSolutionPlan', verify: 'Task_VerifyResolution', close: 'Task_ReviewException' };
  var SYSTEM = { system: true, monitor: true };
  var current = null;

  function $(name) {
    return document.getElementById(name);
  }

  function csrfToken() {
    var cookie = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return cookie ? decodeURIComponent(cookie[1]) : undefined;
  }

  function say(text) {
    $('message').textContent = text;
  }

  /** A person by name; the system's own steps as 系统. */
  function person(login) {
    if (!login) {
      return '';
    }
    if (SYSTEM[login]) {
      return D.t('js.alert.system');
    }
    return (current && current.names[login]) || login;
  }

  /** Logins inside a text (who was notified) as names. */
  function withNames(text) {
    return String(text || '').replace(/[A-Za-z0-9._@-]+/g, function (token) {
      return current && current.names[token] ? current.names[token] : token;
    });
  }

  function roles(ids) {
    return (ids || []).map(function (role) { return D.label('Role', role); }).join('、');
  }

  function eventLabel(kind) {
    var text = D.t('js.alert.event.' + kind);
    return text === 'js.alert.event.' + kind ? D.t('js.alert.event.other') : text;
  }

  function show(detail) {
    current = detail;
    var s = detail.summary;
    $('priority').textContent = s.priority || '';
    $('priority').className = 'badge fs-6 text-bg-' + (GRADE_COLOURS[s.priority] || 'secondary');
    $('status').textContent = D.label('ExceptionStatus', s.status);
    $('overdue').hidden = !s.overdue;
    $('title').textContent = s.title;
    document.title = s.title + ' · ' + D.t('js.alert.pageTitle');
    $('order-link').textContent = s.orderNo;
    $('order-link').href = '/orders/' + encodeURIComponent(s.orderNo);
    $('type').textContent = s.typeLabel;
    $('delay').textContent = s.delayDays > 0 ? D.t('js.alert.late', s.delayDays) : D.t('js.alert.notLate');
    $('delay').className = 'col-8 col-sm-9' + (s.delayDays > 0 ? ' text-danger fw-semibold' : '');
    $('deadline').textContent = s.responseDueAt ? D.dateTime(s.responseDueAt) : '—';
    $('roles').textContent = roles(detail.roles);
    $('state').textContent = state(detail);
    $('detail').textContent = detail.detail || '';

    $('confirm').disabled = s.status !== 'OPEN';
    $('confirm').textContent = s.status === 'OPEN' ? D.t('js.alert.confirm') : D.t('js.alert.confirmed');
    $('confirm').hidden = s.status === 'CLOSED';
    var review = $('review-link');
    review.hidden = s.status !== 'CLOSED' || root.getAttribute('data-staff') !== 'true';
    review.href = '/api/exceptions/' + id + '/review.html';

    Object.keys(STEP_FORMS).forEach(function (form) {
      $(form).hidden = !mayHandle || detail.waitingFor.indexOf(STEP_FORMS[form]) < 0;
    });
    $('action').hidden = s.status === 'OPEN' || s.status === 'CLOSED';
    $('close-decision').hidden = !detail.conditionHolds;
    window.AlertResponse.mount($('alert-response'), detail, { me: root.getAttribute('data-login'), closing: false,
      csrf: csrfToken(),
      changed: function (changed, text) { show(changed); say(text); } });

    solution(detail);
    measures(detail.actions);
    timeline(detail.timeline);
    $('exception').hidden = false;
    document.body.setAttribute('data-loaded', 'true');
  }

  function state(detail) {
    var s = detail.summary;
    var parts = [];
    if (detail.confirmedBy) {
      parts.push(D.t('js.alert.confirmedBy', person(detail.confirmedBy), D.dateTime(s.confirmedAt)));
    }
    if (detail.closedAt) {
      parts.push(D.t('js.alert.closedBy', person(detail.closedBy), D.dateTime(detail.closedAt)));
    } else if (detail.waitingFor.length) {
      parts.push(D.t('js.alert.waiting', detail.waitingFor.map(function (task) {
        return D.t('js.alert.task.' + task);
      }).join('、')));
    }
    return parts.join('；') || D.label('ExceptionStatus', s.status);
  }

  function solution(detail) {
    $('solution-card').hidden = !detail.solutionPlan;
    if (!detail.solutionPlan) {
      return;
    }
    $('solution').innerHTML = '<p class="mb-1 alert-detail">' + D.escapeHtml(detail.solutionPlan) + '</p>'
      + '<div class="small text-secondary">'
      + D.escapeHtml(D.t('js.alert.planBy', D.dateTime(detail.planSubmittedAt)))
      + (detail.expectedRecoveryDate ? ' · ' + D.escapeHtml(D.t('js.alert.recovery', detail.expectedRecoveryDate)) : '')
      + '</div>';
  }

  function measures(actions) {
    var list = $('measures');
    if (!actions.length) {
      list.innerHTML = '<li class="list-group-item text-secondary">' + D.escapeHtml(D.t('js.alert.noMeasures')) + '</li>';
      return;
    }
    list.innerHTML = actions.map(function (a) {
      return '<li class="list-group-item measure"><div class="fw-semibold">' + D.escapeHtml(D.label('ActionKind', a.kind))
        + '</div><div class="alert-detail">' + D.escapeHtml(a.description) + '</div>'
        + (a.newDate ? '<div class="small">' + D.escapeHtml(D.t('js.alert.newDate', a.newDate)) + '</div>' : '')
        + '<div class="small text-secondary">' + D.escapeHtml(person(a.takenBy) + ' · ' + D.dateTime(a.takenAt))
        + (a.evidenceUrl ? ' · <a href="' + D.escapeHtml(a.evidenceUrl) + '" target="_blank">'
          + D.escapeHtml(D.t('js.alert.evidence')) + '</a>' : '') + '</div></li>';
    }).join('');
  }

  function timeline(events) {
    $('timeline').innerHTML = events.slice().reverse().map(function (e) {
      return '<li class="list-group-item"><div class="d-flex justify-content-between gap-2"><span class="fw-semibold">'
        + D.escapeHtml(eventLabel(e.kind)) + '</span><span class="text-secondary text-nowrap">'
        + D.escapeHtml(D.dateTime(e.at)) + '</span></div><div class="text-secondary">'
        + D.escapeHtml(person(e.actor)) + '</div>'
        + (e.detail ? '<div class="alert-detail">' + D.escapeHtml(withNames(e.detail)) + '</div>' : '') + '</li>';
    }).join('');
  }

  function refresh() {
    return D.api('GET', '/api/exceptions/' + id).then(show, function (problem) {
      $('load-error').textContent = D.t('js.alert.loadFailed', problem.message);
      $('load-error').hidden = false;
      throw problem;
    });
  }

  function done(message) {
    return function (detail) {
      show(detail);
      say(message);
      D.toast(message);
    };
  }

  $('confirm').addEventListener('click', function () {
    $('confirm').disabled = true;
    D.api('POST', '/api/exceptions/' + id + '/confirm', {}).then(done(D.t('js.alert.confirmDone')), function (problem) {
      D.toast(problem.message, 'danger');
      refresh();
    });
  });

  D.datePicker($('plan-recovery'));
  D.form($('plan'), { url: '/api/exceptions/' + id + '/plan', done: done(D.t('js.alert.planDone')) });
  D.form($('verify'), {
    url: '/api/exceptions/' + id + '/verify',
    body: function (form) {
      return { resolved: form.elements.resolved.value === 'true', notes: form.elements.notes.value || undefined };
    },
    done: done(D.t('js.alert.verifyDone'))
  });
  D.form($('close'), {
    url: '/api/exceptions/' + id + '/close',
    body: function (form) {
      var values = D.values(form);
      if (!current.conditionHolds) {
        delete values.decision;
      }
      if (values.decision !== 'NEW_DUE_DATE') {
        delete values.newDueDate;
      }
      if (values.decision !== 'WATCH_FROM') {
        delete values.watchFrom;
      }
      if (values.deliveryImpactDays !== undefined) {
        values.deliveryImpactDays = Number(values.deliveryImpactDays);
      }
      return values;
    },
    done: done(D.t('js.alert.closeDone'))
  });

  /** A measure, with a photo or video as evidence when one is chosen (uploaded first, then linked). */
  $('action').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var button = form.querySelector('[type=submit]');
    var file = form.elements.evidence.files[0];
    button.disabled = true;
    D.clearErrors(form);
    var upload = Promise.resolve(undefined);
    if (file) {
      var body = new FormData();
      body.append('file', file);
      body.append('orderNo', current.summary.orderNo);
      body.append('purpose', 'ACTION');
      body.append('reference', id);
      body.append('uploadedBy', root.getAttribute('data-reader'));
      upload = D.api('POST', '/api/evidence', body).then(function (stored) { return '/api/evidence/' + stored.id; });
    }
    upload.then(function (evidenceUrl) {
      return D.api('POST', '/api/exceptions/' + id + '/actions', { kind: form.elements.kind.value,
        description: form.elements.description.value, evidenceUrl: evidenceUrl });
    }).then(function (detail) {
      form.reset();
      done(D.t('js.alert.actionDone'))(detail);
    }, function (problem) {
      D.showErrors(form, problem);
    }).then(function () { button.disabled = false; });
  });

  $('close-decision-kind').addEventListener('change', function (event) {
    $('close-new-due').hidden = event.target.value !== 'NEW_DUE_DATE';
    $('close-watch-from').hidden = event.target.value !== 'WATCH_FROM';
  });
  D.datePicker($('close').elements.newDueDate);
  D.datePicker($('close').elements.watchFrom);

  refresh().then(function () {
    D.api('POST', '/api/exceptions/' + id + '/opened');
  }, function () {});

  var pending = null;
  D.live('order-changed', function (change) {
    if (change && String(change.exceptionId) === String(id)) {
      clearTimeout(pending);
      pending = setTimeout(refresh, 300);
    }
  });
})();
