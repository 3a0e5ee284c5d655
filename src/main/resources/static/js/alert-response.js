/*
 * The response to an exception beyond confirming it: snooze its reminders (only who confirmed; at most 7 days, a
 * P0 never past its plan deadline) and close it with its review, with a decision when the condition still holds
 * (a new due date through the change approval, or a date from which to watch again).
 *
 * AlertResponse.mount(container, detail, {me, csrf, changed, closing}) renders into container for the exception
 * detail of GET /api/exceptions/{id}; me is the signed-in login, changed(detail, text) is called with the answer of
 * each change and a line saying what was done (the page may mount again with it); closing false leaves the closing
 * form to a page that has its own (the desk's alert page).
 * Plain DOM and fetch, so it runs on the phone alert page and inside the desk's layout alike.
 */
(function (global) {
  'use strict';

  var ZONE = 'Asia/Shanghai';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') {
        node.textContent = attrs[key];
      } else {
        node.setAttribute(key, attrs[key]);
      }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function field(label, input) {
    return el('label', { 'class': 'response-field', 'data-field': input.getAttribute('name') },
      [el('span', { text: label }), input, el('small', { 'class': 'error', 'data-role': 'field-error' })]);
  }

  function companyTime(iso) {
    return iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: ZONE, hour12: false }) : '';
  }

  /** The company's wall clock now plus minutes, as yyyy-MM-ddTHH:mm for a datetime-local input. */
  function companyLocal(minutes) {
    var parts = {};
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(Date.now() + minutes * 60000))
      .forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + 'T' + parts.hour + ':' + parts.minute;
  }

  function send(path, body, csrf) {
    var headers = { 'Content-Type': 'application/json' };
    if (csrf) {
      headers['X-XSRF-TOKEN'] = csrf;
    }
    return fetch(path, { method: 'POST', headers: headers, body: JSON.stringify(body) }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        return response.ok ? answer : Promise.reject(answer);
      });
    });
  }

  /** Sends the form's body; a refusal's field errors show beside their fields, the rest in the form's box. */
  function wire(form, path, body, options, doneText) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      form.querySelectorAll('[data-role=field-error]').forEach(function (e) { e.textContent = ''; });
      var box = form.querySelector('[data-role=form-error]');
      box.textContent = '';
      var button = form.querySelector('button');
      button.disabled = true;
      send(path, body(form), options.csrf).then(function (detail) {
        box.textContent = doneText;
        box.className = 'done';
        options.changed(detail, doneText);
      }, function (problem) {
        var shown = false;
        (problem.errors || []).forEach(function (error) {
          var at = form.querySelector('[data-field="' + error.field + '"] [data-role=field-error]');
          if (at) {
            at.textContent = error.reason;
            shown = true;
          }
        });
        box.className = 'error';
        box.textContent = shown ? '' : (problem.detail || problem.title || '操作失败');
      }).then(function () { button.disabled = false; });
    });
  }

  function snoozeForm(detail, options) {
    var id = detail.summary.id;
    var until = el('input', { name: 'until', type: 'datetime-local', required: 'required', value: companyLocal(60) });
    var reason = el('input', { name: 'reason', maxlength: '200', required: 'required', placeholder: '例如：等工厂明早回复' });
    var limit = detail.summary.priority === 'P0' && detail.planDueAt
      ? 'P0 最晚暂停到方案截止 ' + companyTime(detail.planDueAt) : '最长暂停 7 天';
    var form = el('form', { 'class': 'card response', id: 'snooze' }, [
      el('h2', { text: '暂停提醒' }),
      el('p', { 'class': 'hint', text: '暂停期间方案超时不升级；到期后先提醒你本人，再继续跟进。' + limit + '。' }),
      field('暂停到（北京时间）', until), field('原因', reason),
      el('button', { type: 'submit', text: '暂停提醒' }), el('p', { 'data-role': 'form-error' })]);
    wire(form, '/api/exceptions/' + id + '/snooze', function () {
      return { until: until.value, reason: reason.value };
    }, options, '已暂停，到期会提醒你。');
    return form;
  }

  function closeForm(detail, options) {
    var id = detail.summary.id;
    var rootCause = el('textarea', { name: 'rootCause', rows: '2', maxlength: '2000', required: 'required' });
    var measures = el('textarea', { name: 'measures', rows: '2', maxlength: '2000', required: 'required' });
    var impact = el('input', { name: 'deliveryImpactDays', type: 'number', min: '0', max: '365', value: '0' });
    var lessons = el('textarea', { name: 'lessonsLearned', rows: '2', maxlength: '2000' });
    var children = [el('h2', { text: '复盘并关闭' }), field('根本原因', rootCause), field('采取的措施', measures),
      field('交期影响（天）', impact), field('经验教训', lessons)];
    var decision = null;
    var newDueDate = el('input', { name: 'newDueDate', type: 'date' });
    var watchFrom = el('input', { name: 'watchFrom', type: 'date' });
    if (detail.conditionHolds) {
      decision = el('select', { name: 'decision' }, [
        el('option', { value: '', text: '请选择' }),
        el('option', { value: 'NEW_DUE_DATE', text: '接受新交期（提交交期变更审批）' }),
        el('option', { value: 'WATCH_FROM', text: '从某日起重新观察' })]);
      children.push(el('p', { 'class': 'hint', text: '监控仍看到这个情况。关闭后，除非情况恶化、观察日期已到或交期变更未获批准，不会再为它开新的异常。' }),
        field('处理决定', decision), field('新交期', newDueDate), field('重新观察日期', watchFrom));
      var toggle = function () {
        newDueDate.parentNode.hidden = decision.value !== 'NEW_DUE_DATE';
        watchFrom.parentNode.hidden = decision.value !== 'WATCH_FROM';
      };
      decision.addEventListener('change', toggle);
      toggle();
    }
    children.push(el('button', { type: 'submit', text: '关闭异常' }), el('p', { 'data-role': 'form-error' }));
    var form = el('form', { 'class': 'card response', id: 'close' }, children);
    wire(form, '/api/exceptions/' + id + '/close', function () {
      var body = { rootCause: rootCause.value, measures: measures.value, lessonsLearned: lessons.value || null,
        deliveryImpactDays: impact.value === '' ? null : Number(impact.value) };
      if (decision) {
        body.decision = decision.value || null;
        body.newDueDate = decision.value === 'NEW_DUE_DATE' ? newDueDate.value || null : null;
        body.watchFrom = decision.value === 'WATCH_FROM' ? watchFrom.value || null : null;
      }
      return body;
    }, options, '已关闭。');
    return form;
  }

  function mount(container, detail, options) {
    container.textContent = '';
    var s = detail.summary;
    var snooze = detail.snooze || {};
    if (snooze.snoozedUntil && new Date(snooze.snoozedUntil) > new Date()) {
      container.appendChild(el('p', { 'class': 'snoozed', id: 'snoozed',
        text: '提醒已暂停至 ' + companyTime(snooze.snoozedUntil) + '：' + (snooze.snoozeReason || '') }));
    }
    if (s.status !== 'OPEN' && s.status !== 'CLOSED' && detail.confirmedBy === options.me) {
      container.appendChild(snoozeForm(detail, options));
    }
    if (options.closing !== false && (detail.waitingFor || []).indexOf('Task_ReviewException') >= 0) {
      container.appendChild(closeForm(detail, options));
    }
  }

  global.AlertResponse = { mount: mount };
})(window);
