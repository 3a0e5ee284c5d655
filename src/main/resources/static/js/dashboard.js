/*
 * The GM's dashboard: filters kept in the address, one API call per chart, ECharts for the charts, a click on any
 * figure lists the orders behind it, and a reload (debounced) whenever an order changes anywhere.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var form = document.getElementById('filters');
  var charts = {};
  var pickers = {};
  var dates = {};
  var loads = 0;
  var pending = null;
  var COLORS = { onTime: '#198754', late: '#dc3545', open: '#0d6efd', openLate: '#fd7e14', line: '#6f42c1',
    grey: '#adb5bd' };

  function selection() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value) {
        params.set(key, value);
      }
    });
    return params;
  }

  function get(path, extra) {
    var params = selection();
    Object.keys(extra || {}).forEach(function (key) { params.set(key, extra[key]); });
    return D.api('GET', '/api/dashboard/' + path + '?' + params);
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = window.echarts.init(document.getElementById(id));
    }
    return charts[id];
  }

  /** Draws a chart and marks it rendered with its number of points, for whoever waits for it. */
  function draw(id, option, points, onClick) {
    var c = chart(id);
    c.setOption(Object.assign({ animation: false, textStyle: { fontFamily: 'inherit' } }, option), true);
    c.off('click');
    if (onClick) {
      c.on('click', onClick);
    }
    document.getElementById(id).setAttribute('data-points', String(points));
  }

  function percent(value) {
    return value == null ? '–' : value.toFixed(1) + '%';
  }

  function label(text) {
    return D.t(text);
  }

  // The figures -----------------------------------------------------------------------------------------------

  function showDelivery(d) {
    var delivered = document.getElementById('kpi-delivered');
    delivered.querySelector('[data-value]').textContent = percent(d.onTimeRate);
    delivered.querySelector('[data-detail]').textContent = D.t('js.dash.rateDetail', d.closed, d.closedOnTime);
    var open = document.getElementById('kpi-open');
    open.querySelector('[data-value]').textContent = percent(d.forecastOnTimeRate);
    open.querySelector('[data-detail]').textContent = D.t('js.dash.forecastDetail', d.open, d.open - d.openOnTime);
    open.setAttribute('data-open-late', String(d.open - d.openOnTime));
    delivered.setAttribute('data-closed-late', String(d.closed - d.closedOnTime));
  }

  function showCycle(c) {
    var card = document.getElementById('kpi-cycle');
    card.querySelector('[data-value]').textContent = c.meanDays == null ? '–' : D.t('js.dash.cycleValue', c.meanDays);
    card.querySelector('[data-detail]').textContent = c.p90Days == null ? D.t('js.dash.none')
      : D.t('js.dash.cycleDetail', c.p90Days, c.orders);
    draw('chart-cycle', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: c.factories.map(function (f) { return f.name; }) },
      yAxis: { type: 'value', name: D.t('js.dash.days', '') },
      series: [
        { name: label('js.dash.meanDays'), type: 'bar', color: COLORS.open,
          data: c.factories.map(function (f) { return f.meanDays; }) },
        { name: label('js.dash.p90Days'), type: 'bar', color: COLORS.line,
          data: c.factories.map(function (f) { return f.p90Days; }) }
      ]
    }, c.factories.length, function (p) {
      var f = c.factories[p.dataIndex];
      drill('cycle', f.code, 'all', D.t('js.dash.drill.cycle', f.name));
    });
  }

  function showStages(stages) {
    draw('chart-stages', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: stages.map(function (s) { return D.label('Stage', s.stage); }) },
      yAxis: { type: 'value', name: label('js.dash.orders'), minInterval: 1 },
      series: [
        { name: label('js.dash.openOnTime'), type: 'bar', stack: 'orders', color: COLORS.open,
          data: stages.map(function (s) { return s.orders - s.late; }) },
        { name: label('js.dash.openLate'), type: 'bar', stack: 'orders', color: COLORS.openLate,
          data: stages.map(function (s) { return s.late; }) }
      ]
    }, stages.length, function (p) {
      var s = stages[p.dataIndex];
      drill('stage', s.stage, p.seriesIndex === 1 ? 'late' : 'onTime',
        D.t('js.dash.drill.stage', D.label('Stage', s.stage)) + ' · ' + p.seriesName);
    });
  }

  function showLate(id, figure, groups) {
    var shown = groups.slice(0, 10).reverse();
    draw(id, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) {
        var g = shown[items[0].dataIndex];
        return D.escapeHtml(g.name) + '<br>' + D.escapeHtml(label('js.dash.closedLate')) + '：' + g.closedLate + ' / '
          + g.closed + (g.closed ? '（' + percent(100 * g.closedLate / g.closed) + '）' : '') + '<br>'
          + D.escapeHtml(label('js.dash.openLate')) + '：' + g.openLate + ' / ' + g.open;
      } },
      legend: { top: 0 },
      grid: { left: 10, right: 20, top: 30, bottom: 20, containLabel: true },
      yAxis: { type: 'category', data: shown.map(function (g) {
        return g.closed ? g.name + ' ' + percent(100 * g.closedLate / g.closed) : g.name;
      }), axisLabel: { width: 130, overflow: 'truncate' } },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: label('js.dash.closedLate'), type: 'bar', stack: 'late', color: COLORS.late,
          data: shown.map(function (g) { return g.closedLate; }) },
        { name: label('js.dash.openLate'), type: 'bar', stack: 'late', color: COLORS.openLate,
          data: shown.map(function (g) { return g.openLate; }) }
      ]
    }, shown.length, function (p) {
      var g = shown[p.dataIndex];
      var series = p.seriesIndex === 0 ? 'closedLate' : 'openLate';
      drill(figure, g.key, series, D.t('js.dash.drill.group', g.name, p.seriesName));
    });
  }

  function minutes(mean, p90) {
    return mean == null ? '–' : D.t('js.dash.minutes', mean) + ' / ' + D.t('js.dash.minutes', p90);
  }

  function inTime(done, count, deadline) {
    return deadline == null ? D.t('js.dash.noDeadline') : D.t('js.dash.inTime', done, count);
  }

  function showExceptions(grades) {
    var names = grades.map(function (g) { return g.priority; });
    function deadline(key) {
      return grades.map(function (g) { return g[key]; });
    }
    draw('chart-exceptions', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 10, top: 50, bottom: 30 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', name: D.t('js.dash.minutes', '') },
      series: [
        { name: label('js.dash.confirmMean'), type: 'bar', color: '#6ea8fe',
          data: grades.map(function (g) { return g.confirmMeanMinutes; }) },
        { name: label('js.dash.confirmP90'), type: 'bar', color: COLORS.open,
          data: grades.map(function (g) { return g.confirmP90Minutes; }) },
        { name: label('js.dash.planMean'), type: 'bar', color: '#c29ffa',
          data: grades.map(function (g) { return g.planMeanMinutes; }) },
        { name: label('js.dash.planP90'), type: 'bar', color: COLORS.line,
          data: grades.map(function (g) { return g.planP90Minutes; }) },
        { name: label('js.dash.confirmDeadline'), type: 'scatter', symbol: 'rect', symbolSize: [36, 3],
          color: COLORS.late, data: deadline('confirmDeadlineMinutes') },
        { name: label('js.dash.planDeadline'), type: 'scatter', symbol: 'rect', symbolSize: [36, 3],
          color: '#842029', data: deadline('planDeadlineMinutes') }
      ]
    }, grades.length, function (p) {
      drill('grade', names[p.dataIndex], 'all', D.t('js.dash.drill.grade', names[p.dataIndex]));
    });
    var body = document.querySelector('#exception-table tbody');
    body.innerHTML = '';
    grades.forEach(function (g) {
      var row = document.createElement('tr');
      row.setAttribute('role', 'button');
      row.setAttribute('data-grade', g.priority);
      [g.priority, String(g.exceptions), minutes(g.confirmMeanMinutes, g.confirmP90Minutes),
        inTime(g.confirmedInTime, g.exceptions, g.confirmDeadlineMinutes), minutes(g.planMeanMinutes, g.planP90Minutes),
        inTime(g.plannedInTime, g.exceptions, g.planDeadlineMinutes)].forEach(function (text, i) {
        var cell = document.createElement('td');
        cell.textContent = text;
        if (i > 0) {
          cell.className = 'text-end';
        }
        row.appendChild(cell);
      });
      row.addEventListener('click', function () {
        drill('grade', g.priority, 'all', D.t('js.dash.drill.grade', g.priority));
      });
      body.appendChild(row);
    });
  }

  function showWeeks(weeks) {
    draw('chart-weeks', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 45, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: weeks.map(function (w) { return w.monday.substring(5); }) },
      yAxis: [{ type: 'value', name: label('js.dash.orders'), minInterval: 1 },
        { type: 'value', name: label('js.dash.onTimeRate'), min: 0, max: 100,
          axisLabel: { formatter: '{value}%' }, splitLine: { show: false } }],
      series: [
        { name: label('js.dash.closedOnTime'), type: 'bar', stack: 'closed', color: COLORS.onTime,
          data: weeks.map(function (w) { return w.closed - w.late; }) },
        { name: label('js.dash.closedLate'), type: 'bar', stack: 'closed', color: COLORS.late,
          data: weeks.map(function (w) { return w.late; }) },
        { name: label('js.dash.exceptions'), type: 'line', color: COLORS.openLate,
          data: weeks.map(function (w) { return w.exceptions; }) },
        { name: label('js.dash.onTimeRate'), type: 'line', yAxisIndex: 1, color: COLORS.line,
          data: weeks.map(function (w) { return w.onTimeRate; }) }
      ]
    }, weeks.length, function (p) {
      var w = weeks[p.dataIndex];
      var series = ['onTime', 'late', 'exceptions', 'all'][p.seriesIndex];
      drill('week', w.monday, series, D.t('js.dash.drill.week', w.monday, p.seriesName));
    });
  }

  function showRisk(r) {
    var card = document.getElementById('kpi-risk');
    card.querySelector('[data-value]').textContent = r.trained ? D.t('js.dash.riskValue', r.high) : '–';
    card.querySelector('[data-detail]').textContent = r.trained
      ? D.t('js.dash.riskDetail', r.scored, Math.round(r.threshold * 100)) : D.t('js.dash.riskUntrained');
    var list = card.querySelector('[data-riskiest]');
    list.innerHTML = '';
    r.riskiest.forEach(function (o) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '/orders/' + encodeURIComponent(o.orderNo);
      link.textContent = D.t('js.dash.riskOrder', o.orderNo, o.factory, Math.round(o.probability * 100));
      item.appendChild(link);
      if (o.reason) {
        item.title = o.reason;
      }
      list.appendChild(item);
    });
    card.setAttribute('data-high', String(r.high));
  }

  // Loading ---------------------------------------------------------------------------------------------------

  function load() {
    document.body.setAttribute('data-loaded', 'false');
    D.clearErrors(form);
    history.replaceState(null, '', location.pathname + (selection().toString() ? '?' + selection() : ''));
    return Promise.all([get('delivery'), get('stages'), get('late'), get('exceptions'), get('cycle'), get('weeks'),
      get('risk')])
      .then(function (answers) {
        showDelivery(answers[0]);
        showStages(answers[1]);
        showLate('chart-factories', 'factory', answers[2].factories);
        showLate('chart-suppliers', 'supplier', answers[2].suppliers);
        showLate('chart-customers', 'customer', answers[2].customers);
        showExceptions(answers[3]);
        showCycle(answers[4]);
        showWeeks(answers[5]);
        showRisk(answers[6]);
        loads++;
        document.getElementById('updated').textContent = D.t('js.dash.updated', D.dateTime(new Date().toISOString()));
        document.body.setAttribute('data-loads', String(loads));
        document.body.setAttribute('data-loaded', 'true');
      }, function (error) {
        if (error instanceof D.Problem) {
          D.showErrors(form, error);
        } else {
          D.toast(error.message || String(error), 'danger');
        }
        document.body.setAttribute('data-loaded', 'true');
      });
  }

  /** Many changes in a burst (a batch import, the monitors' round) make one reload a second later. */
  function reloadSoon() {
    clearTimeout(pending);
    pending = setTimeout(load, 1000);
  }

  // The orders behind a figure --------------------------------------------------------------------------------

  var drillTable = null;
  var drillDialog = null;

  function drill(figure, key, series, title) {
    var box = document.getElementById('drill');
    box.setAttribute('data-loaded', 'false');
    get('orders', { figure: figure, key: key, series: series }).then(function (answer) {
      document.getElementById('drill-title').textContent = title;
      document.getElementById('drill-count').textContent = D.t('js.dash.drillCount', answer.total,
        answer.total > answer.items.length ? D.t('js.dash.drillLimited', answer.items.length) : '');
      drillDialog = drillDialog || new window.bootstrap.Modal(box);
      drillDialog.show();
      if (!drillTable) {
        drillTable = D.table(document.getElementById('drill-orders'), {
          data: answer.items,
          columns: [
            { title: D.t('js.orders.orderNo'), field: 'orderNo', minWidth: 130, formatter: function (cell) {
              var no = cell.getValue();
              return '<a href="/orders/' + encodeURIComponent(no) + '">' + D.escapeHtml(no) + '</a>';
            } },
            { title: D.t('js.orders.customer'), field: 'customer' },
            { title: D.t('js.orders.factory'), field: 'factoryName' },
            { title: D.t('js.dash.col.merchandiser'), field: 'merchandiser', width: 100 },
            { title: D.t('js.dash.col.status'), field: 'status', width: 90, formatter: function (cell) {
              var o = cell.getRow().getData();
              return D.escapeHtml(o.status === 'OPEN' ? D.label('Stage', o.stage) : D.label('OrderStatus', o.status));
            } },
            { title: D.t('js.orders.dueDate'), field: 'dueDate', width: 110 },
            { title: D.t('js.orders.forecast'), field: 'forecastDeliveryDate', width: 110 },
            { title: D.t('js.orders.delay'), field: 'delayDays', width: 90, formatter: function (cell) {
              var days = cell.getValue();
              return days > 0 ? '<span class="badge text-bg-danger">' + D.escapeHtml(D.t('js.orders.late', days))
                + '</span>' : '<span class="badge text-bg-success">' + D.escapeHtml(D.t('js.orders.onTime')) + '</span>';
            } }
          ]
        });
        drillTable.on('tableBuilt', function () { markDrill(box, answer.total); });
      } else {
        drillTable.setData(answer.items).then(function () { markDrill(box, answer.total); });
      }
    }, function (error) {
      D.toast(error.message || String(error), 'danger');
    });
  }

  function markDrill(box, total) {
    box.setAttribute('data-total', String(total));
    box.setAttribute('data-loaded', 'true');
  }

  // Wiring ----------------------------------------------------------------------------------------------------

  function fill(select, options) {
    options.forEach(function (o) {
      var option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.label;
      select.appendChild(option);
    });
  }

  function setPeriod(from, to) {
    dates.from.setDate(from, false);
    dates.to.setDate(to, false);
  }

  D.api('GET', '/api/dashboard/options').then(function (options) {
    fill(form.elements.customer, options.customers);
    fill(form.elements.factory, options.factories);
    fill(form.elements.merchandiser, options.merchandisers);
    var given = new URLSearchParams(location.search);
    ['customer', 'factory', 'merchandiser'].forEach(function (name) {
      form.elements[name].value = given.get(name) || '';
      pickers[name] = D.picker(form.elements[name], { allowEmptyOption: true, onChange: load });
    });
    dates.from = D.datePicker(form.elements.from, { onChange: function () { load(); } });
    dates.to = D.datePicker(form.elements.to, { onChange: function () { load(); } });
    setPeriod(given.get('from') || options.defaultPeriod.from, given.get('to') || options.defaultPeriod.to);
    document.querySelectorAll('#presets [data-weeks]').forEach(function (button) {
      button.addEventListener('click', function () {
        var to = new Date(options.defaultPeriod.to + 'T00:00:00');
        var from = new Date(to.getTime() - (Number(button.getAttribute('data-weeks')) * 7 - 1) * 86400000);
        setPeriod(from, to);
        load();
      });
    });
    form.addEventListener('reset', function (event) {
      event.preventDefault();
      ['customer', 'factory', 'merchandiser'].forEach(function (name) { pickers[name].setValue('', true); });
      setPeriod(options.defaultPeriod.from, options.defaultPeriod.to);
      load();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    document.getElementById('kpi-delivered').addEventListener('click', function () {
      drill('delivered', '', 'late', D.t('js.dash.drill.deliveredLate'));
    });
    document.getElementById('kpi-open').addEventListener('click', function () {
      drill('open', '', 'late', D.t('js.dash.drill.openLate'));
    });
    document.getElementById('kpi-cycle').addEventListener('click', function () {
      drill('delivered', '', 'all', D.t('js.dash.drill.delivered'));
    });
    D.live('orders-changed', reloadSoon);
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });
    load();
  });
})();
