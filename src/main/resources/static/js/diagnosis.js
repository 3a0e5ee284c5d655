/*
 * One order's diagnosis: the verdict (the late chain in a sentence), the milestones as a Gantt-like chart (planned
 * span grey above, the real or forecast span below, red where the step added days, orange where it was pushed),
 * the records along the top row, then the steps and the whole story as tables. Days are drawn as UTC midnights and
 * times shifted into the company's zone, so that both fall on the company's calendar days.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var page = document.getElementById('diagnosis-page');
  var orderNo = page.getAttribute('data-order-no');
  var DAY = 86400000;
  var COLORS = { blamed: '#dc3545', pushed: '#fd7e14', done: '#198754', open: '#6ea8fe', planned: '#c9ced6' };
  var KIND_COLORS = { REPORT: '#0d6efd', EXCEPTION: '#dc3545', NOTIFICATION: '#6f42c1', READ: '#20c997',
    APPROVAL: '#fd7e14', ACTION: '#6c757d' };

  function day(date) { return date ? Date.parse(date + 'T00:00:00Z') : null; }
  function zoned(instant) { return Date.parse(D.dateTime(instant).replace(' ', 'T') + ':00Z'); }
  function dayText(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function e(value) { return D.escapeHtml(value); }

  function slipText(days) {
    return days > 0 ? D.t('js.diagnosis.late', days) : days < 0 ? D.t('js.diagnosis.early', -days)
      : D.t('js.diagnosis.onPlan');
  }

  function colorOf(step) {
    if (step.addedDays > 0) { return COLORS.blamed; }
    if (step.onChain) { return COLORS.pushed; }
    return step.actual ? COLORS.done : COLORS.open;
  }

  function renderItem(params, api) {
    var y = api.value(0);
    var height = api.size([0, 1])[1];
    var plannedFrom = api.coord([api.value(1), y]);
    var plannedTo = api.coord([api.value(2), y]);
    var from = api.coord([api.value(3), y]);
    var to = api.coord([api.value(4), y]);
    var done = api.value(6) === 1;
    return {
      type: 'group',
      children: [
        { type: 'rect', shape: { x: plannedFrom[0], y: y === 0 ? 0 : plannedFrom[1] - height * 0.38,
          width: Math.max(plannedTo[0] - plannedFrom[0], 3), height: height * 0.26 },
          style: { fill: COLORS.planned } },
        { type: 'rect', shape: { x: from[0], y: from[1] - height * 0.08, width: Math.max(to[0] - from[0], 4),
          height: height * 0.42 },
          style: { fill: api.value(5), stroke: done ? null : '#0d6efd', lineDash: done ? null : [4, 3],
            opacity: done ? 1 : 0.7 } }
      ]
    };
  }

  function chart(d) {
    var el = document.getElementById('timeline-chart');
    var categories = [D.t('js.diagnosis.records')].concat(d.steps.map(function (s) { return s.name; }));
    var bars = d.steps.map(function (s, i) {
      var end = day(s.actual || s.forecast);
      var planned = day(s.planned);
      var start = s.tookDays == null ? end : end - s.tookDays * DAY;
      var plannedStart = s.normDays == null ? planned : planned - s.normDays * DAY;
      return { value: [i + 1, plannedStart, planned, start, end, colorOf(s), s.actual ? 1 : 0], step: s };
    });
    var events = d.story.map(function (entry) {
      return { value: [zoned(entry.at), 0], entry: entry, itemStyle: { color: KIND_COLORS[entry.kind] } };
    });
    var instance = echarts.init(el);
    instance.on('finished', function () { el.setAttribute('data-rendered', 'true'); });
    instance.setOption({
      animation: false,
      grid: { left: 110, right: 30, top: 20, bottom: 40 },
      tooltip: {
        confine: true,
        formatter: function (p) {
          if (p.data.entry) {
            var x = p.data.entry;
            return e(D.dateTime(x.at)) + ' · ' + e(D.t('js.diagnosis.kind.' + x.kind)) + '<br>' + e(x.who) +
              '<br>' + e(x.text);
          }
          var s = p.data.step;
          return '<b>' + e(s.name) + '</b> · ' + e(slipText(s.slipDays)) + '<br>' +
            e(D.t('js.diagnosis.planned')) + ' ' + e(s.planned) + '<br>' +
            e(D.t(s.actual ? 'js.diagnosis.actual' : 'js.diagnosis.forecast')) + ' ' + e(s.actual || s.forecast) +
            (s.tookDays == null ? '' : '<br>' + e(D.t('js.diagnosis.took')) + ' ' + s.tookDays + ' / ' +
              e(D.t('js.diagnosis.norm')) + ' ' + s.normDays) +
            (s.reason ? '<br><span style="white-space:normal">' + e(s.reason) + '</span>' : '');
        }
      },
      xAxis: { type: 'time', axisLabel: { formatter: function (v) { return dayText(v).slice(5); } },
        splitLine: { show: true, lineStyle: { color: '#eee' } } },
      yAxis: { type: 'category', data: categories, inverse: true, axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 11 } },
      series: [
        { type: 'custom', name: 'steps', renderItem: renderItem, encode: { x: [1, 2, 3, 4], y: 0 }, data: bars,
          markLine: { symbol: 'none', silent: true, lineStyle: { color: '#adb5bd', type: 'dashed' },
            label: { formatter: D.t('js.diagnosis.today') },
            data: [{ xAxis: day(D.today()) }] } },
        { type: 'scatter', name: 'story', symbolSize: 9, data: events }
      ]
    });
    window.addEventListener('resize', function () { instance.resize(); });
  }

  function tables(d) {
    D.table(document.getElementById('steps-table'), {
      data: d.steps, index: 'code', layout: 'fitDataStretch',
      rowFormatter: function (row) {
        var s = row.getData();
        row.getElement().setAttribute('data-code', s.code);
        if (s.addedDays > 0) {
          row.getElement().classList.add('step-blamed');
          row.getElement().setAttribute('data-blamed', 'true');
        } else if (s.onChain) {
          row.getElement().classList.add('step-on-chain');
        }
      },
      columns: [
        { title: D.t('js.diagnosis.step'), field: 'name' },
        { title: D.t('js.diagnosis.stage'), field: 'stage', formatter: function (c) {
          return e(D.label('Stage', c.getValue()));
        } },
        { title: D.t('js.diagnosis.planned'), field: 'planned' },
        { title: D.t('js.diagnosis.forecast'), field: 'forecast' },
        { title: D.t('js.diagnosis.actual'), field: 'actual' },
        { title: D.t('js.diagnosis.slip'), field: 'slipDays', hozAlign: 'right' },
        { title: D.t('js.diagnosis.took'), field: 'tookDays', hozAlign: 'right' },
        { title: D.t('js.diagnosis.norm'), field: 'normDays', hozAlign: 'right' },
        { title: D.t('js.diagnosis.added'), field: 'addedDays', hozAlign: 'right', formatter: function (c) {
          var s = c.getRow().getData();
          return s.addedDays > 0 ? '<b class="text-danger">' + s.addedDays + ' · ' + e(D.t('js.diagnosis.blamed')) +
            '</b>' : s.onChain ? e(D.t('js.diagnosis.onChain')) : '';
        } },
        { title: D.t('js.diagnosis.reason'), field: 'reason', formatter: 'textarea', minWidth: 260 }
      ]
    });
    D.table(document.getElementById('story-table'), {
      data: d.story.slice().reverse(), maxHeight: 520,
      columns: [
        { title: D.t('js.diagnosis.at'), field: 'at', width: 160, formatter: function (c) {
          return e(D.dateTime(c.getValue()));
        } },
        { title: D.t('js.diagnosis.kind'), field: 'kind', width: 80, formatter: function (c) {
          return '<span class="badge" style="background:' + KIND_COLORS[c.getValue()] + '">' +
            e(D.t('js.diagnosis.kind.' + c.getValue())) + '</span>';
        } },
        { title: D.t('js.diagnosis.who'), field: 'who', width: 110 },
        { title: D.t('js.diagnosis.what'), field: 'text', formatter: function (c) {
          var x = c.getRow().getData();
          return x.href ? '<a href="' + e(x.href) + '">' + e(x.text) + '</a>' : e(x.text);
        }, variableHeight: true }
      ]
    });
  }

  function render(d) {
    document.getElementById('diagnosis-facts').textContent = D.t('js.diagnosis.status', D.label('OrderStatus', d.status),
      d.factory, d.dueDate, d.forecastDelivery || '—');
    var verdict = document.getElementById('verdict');
    if (d.chain.late) {
      verdict.textContent = d.chain.sentence;
      verdict.classList.add('text-danger', 'fw-semibold');
      verdict.setAttribute('data-first-slip', d.chain.firstSlip);
    } else {
      verdict.textContent = verdict.getAttribute('data-on-time-text');
      verdict.classList.add('text-success');
    }
    chart(d);
    tables(d);
    document.body.setAttribute('data-loaded', 'true');
  }

  D.api('GET', '/api/orders/' + encodeURIComponent(orderNo) + '/diagnosis').then(render, function (problem) {
    var box = document.getElementById('load-error');
    box.textContent = problem.message || problem.detail || String(problem);
    box.hidden = false;
    document.body.setAttribute('data-loaded', 'true');
  });
}());
