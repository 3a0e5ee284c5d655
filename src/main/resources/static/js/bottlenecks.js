/*
 * The analysis page: the step × factory heat map of mean hours over the plan's norm (click a cell for its orders),
 * the worst cells as sentences, and the exception review statistics as bar charts whose bars list the closed
 * exceptions behind them, each with its review report.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var form = document.getElementById('window-form');
  var charts = {};
  var state = { heat: null, factories: {}, suppliers: {} };
  var cellTable = null;
  var reviewedTable = null;

  function e(value) { return D.escapeHtml(value); }
  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id));
      window.addEventListener('resize', function () { charts[id].resize(); });
    }
    return charts[id];
  }
  function rendered(id, instance) {
    var el = document.getElementById(id);
    el.removeAttribute('data-rendered');
    instance.off('finished');
    instance.on('finished', function () { el.setAttribute('data-rendered', 'true'); });
  }
  function windowQuery() {
    var query = new URLSearchParams();
    if (form.elements.from.value) { query.set('from', form.elements.from.value); }
    if (form.elements.to.value) { query.set('to', form.elements.to.value); }
    return query;
  }

  function stepName(code) {
    var step = state.heat.steps.find(function (s) { return s.code === code; });
    return step ? step.name : code;
  }
  function factoryName(id) {
    var factory = state.heat.factories.find(function (f) { return f.id === id; });
    return factory ? factory.name : String(id);
  }

  function heatMap(heat) {
    state.heat = heat;
    var instance = chart('heatmap-chart');
    rendered('heatmap-chart', instance);
    var xs = heat.factories.map(function (f) { return f.id; });
    var ys = heat.steps.map(function (s) { return s.code; });
    var el = document.getElementById('heatmap-chart');
    el.setAttribute('data-factories', xs.join(','));
    el.setAttribute('data-steps', ys.join(','));
    // the colour scale spans the worst wait (a day at least, a week at most) either way: steps done far quicker
    // than planned (samples approved early) would otherwise wash out the waits
    var extreme = 24;
    var data = heat.cells.map(function (c) {
      extreme = Math.min(168, Math.max(extreme, c.excessHours));
      return { value: [xs.indexOf(c.factoryId), ys.indexOf(c.code), c.excessHours], cell: c };
    });
    instance.setOption({
      animation: false,
      grid: { left: 100, right: 20, top: 10, bottom: 90 },
      tooltip: {
        formatter: function (p) {
          var c = p.data.cell;
          return e(D.t('js.analysis.cell', stepName(c.code), factoryName(c.factoryId), c.meanTookDays,
            c.meanNormDays, c.excessHours, c.steps, c.overran));
        }
      },
      xAxis: { type: 'category', data: heat.factories.map(function (f) { return f.name; }),
        axisLabel: { interval: 0, rotate: 30, fontSize: 11 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: heat.steps.map(function (s) { return s.name; }), inverse: true,
        axisLabel: { interval: 0, fontSize: 11 }, splitArea: { show: true } },
      visualMap: { type: 'continuous', min: -extreme, max: extreme, calculable: true, orient: 'horizontal',
        left: 'center', bottom: 0, text: [D.t('js.analysis.excessHours'), ''],
        inRange: { color: ['#2c7bb6', '#f7f7f7', '#d7191c'] } },
      series: [{ type: 'heatmap', data: data, label: { show: true, fontSize: 10,
        formatter: function (p) { return Math.round(p.data.cell.excessHours); } },
        emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }]
    }, true);
    instance.off('click');
    instance.on('click', function (p) { cellOrders(p.data.cell); });
    var list = document.getElementById('bottleneck-list');
    list.innerHTML = '';
    if (!heat.bottlenecks.length) {
      list.innerHTML = '<li class="list-unstyled">' + e(D.t('js.analysis.none')) + '</li>';
    }
    heat.bottlenecks.slice(0, 12).forEach(function (c) {
      var item = document.createElement('li');
      item.innerHTML = '<a href="#" class="bottleneck">' + e(D.t('js.analysis.bottleneck', stepName(c.code),
        factoryName(c.factoryId), c.excessHours, c.meanTookDays, c.meanNormDays, c.steps)) + '</a>';
      item.querySelector('a').addEventListener('click', function (event) {
        event.preventDefault();
        cellOrders(c);
      });
      list.appendChild(item);
    });
  }

  function cellOrders(c) {
    var query = windowQuery();
    query.set('milestone', c.code);
    query.set('factory', String(c.factoryId));
    var box = document.getElementById('cell-orders');
    box.removeAttribute('data-loaded');
    document.getElementById('cell-title').textContent = ' · ' + stepName(c.code) + ' @ ' + factoryName(c.factoryId);
    return D.api('GET', '/api/analysis/bottlenecks/orders?' + query).then(function (orders) {
      var data = orders.map(function (o) { return Object.assign({ over: o.tookDays - o.normDays }, o); });
      if (cellTable) {
        cellTable.destroy();
      }
      box.textContent = '';
      cellTable = D.table(box, {
        data: data, maxHeight: 420,
        columns: [
          { title: D.t('js.analysis.orderNo'), field: 'orderNo', formatter: function (cell) {
            var no = cell.getValue();
            return '<a class="order-link" href="/orders/' + encodeURIComponent(no) + '/diagnosis">' + e(no) + '</a>';
          } },
          { title: D.t('js.analysis.style'), field: 'style' },
          { title: D.t('js.analysis.finishedOn'), field: 'finishedOn' },
          { title: D.t('js.analysis.took'), field: 'tookDays', hozAlign: 'right' },
          { title: D.t('js.analysis.norm'), field: 'normDays', hozAlign: 'right' },
          { title: D.t('js.analysis.over'), field: 'over', hozAlign: 'right', formatter: function (cell) {
            var v = cell.getValue();
            return v > 0 ? '<b class="text-danger">' + v + '</b>' : String(v);
          } }
        ]
      });
      cellTable.on('tableBuilt', function () { box.setAttribute('data-loaded', String(data.length)); });
    }, function (problem) { D.toast(problem.message, 'danger'); });
  }

  var GROUPS = {
    type: { list: 'byType', title: 'js.analysis.byType', name: function (g) { return g.label || g.key; } },
    stage: { list: 'byStage', title: 'js.analysis.byStage', name: function (g) { return D.label('Stage', g.key); } },
    factory: { list: 'byFactory', title: 'js.analysis.byFactory',
      name: function (g) { return state.factories[g.key] || g.key; } },
    supplier: { list: 'bySupplier', title: 'js.analysis.bySupplier',
      name: function (g) { return state.suppliers[g.key] || g.key; } }
  };

  function statistics(stats) {
    Object.keys(GROUPS).forEach(function (group) {
      var spec = GROUPS[group];
      var id = 'stats-' + spec.list;
      var groups = stats[spec.list];
      var instance = chart(id);
      rendered(id, instance);
      instance.setOption({
        animation: false,
        title: { text: D.t(spec.title), left: 0, textStyle: { fontSize: 13 } },
        graphic: groups.length ? [] : [{ type: 'text', left: 'center', top: 'middle',
          style: { text: D.t('js.analysis.noExceptions'), fill: '#6c757d', fontSize: 13 } }],
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { right: 0, top: 0 },
        grid: { left: 150, right: 20, top: 40, bottom: 20 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: groups.map(function (g) {
          return g.key ? spec.name(g) : D.t('js.analysis.noneKey');
        }), axisLabel: { fontSize: 11 } },
        series: [
          { name: D.t('js.analysis.count'), type: 'bar', data: groups.map(function (g) { return g.count; }),
            itemStyle: { color: '#0d6efd' } },
          { name: D.t('js.analysis.meanResponse'), type: 'bar', data: groups.map(function (g) {
            return g.meanResponseMinutes; }), itemStyle: { color: '#adb5bd' } }
        ]
      }, true);
      instance.off('click');
      instance.on('click', function (p) {
        var g = groups[p.dataIndex];
        if (g && g.key) {
          reviewed(group, g.key, spec.name(g));
        }
      });
    });
  }

  function reviewed(group, key, name) {
    var query = windowQuery();
    query.set(group, key);
    var box = document.getElementById('reviewed-table');
    box.removeAttribute('data-loaded');
    document.getElementById('reviewed-title').textContent = name;
    return D.api('GET', '/api/analysis/reviewed-exceptions?' + query).then(function (list) {
      if (reviewedTable) {
        reviewedTable.destroy();
      }
      reviewedTable = D.table(box, {
        data: list, maxHeight: 400, placeholder: D.t('js.analysis.noExceptions'),
        columns: [
          { title: D.t('js.analysis.closedAt'), field: 'closedAt', width: 140, formatter: function (c) {
            return e(D.dateTime(c.getValue()));
          } },
          { title: D.t('js.analysis.orderNo'), field: 'orderNo', width: 150 },
          { title: D.t('js.analysis.type'), field: 'typeLabel', width: 110 },
          { title: D.t('js.analysis.title'), field: 'title' },
          { title: D.t('js.analysis.review'), field: 'review', width: 110, formatter: function (c) {
            return '<a target="_blank" href="' + e(c.getValue()) + '">' + e(D.t('js.analysis.review')) + '</a>';
          } }
        ]
      });
      reviewedTable.on('tableBuilt', function () { box.setAttribute('data-loaded', String(list.length)); });
    }, function (problem) { D.toast(problem.message, 'danger'); });
  }

  function load() {
    document.body.removeAttribute('data-loaded');
    var query = windowQuery();
    var error = document.getElementById('load-error');
    error.hidden = true;
    return Promise.all([D.api('GET', '/api/analysis/bottlenecks?' + query),
      D.api('GET', '/api/exceptions/statistics?' + query), D.api('GET', '/api/factories'),
      D.api('GET', '/api/suppliers')]).then(function (answers) {
      answers[2].forEach(function (f) { state.factories[f.code] = f.name; });
      answers[3].forEach(function (s) { state.suppliers[s.code] = s.name; });
      heatMap(answers[0]);
      statistics(answers[1]);
    }, function (problem) {
      D.showErrors(form, problem);
      error.textContent = problem.message;
      error.hidden = false;
    }).then(function () {
      document.body.setAttribute('data-loaded', 'true');
    });
  }

  document.getElementById('cell-orders').textContent = D.t('js.analysis.pick');
  var to = D.today();
  var from = new Date(Date.parse(to + 'T00:00:00Z') - 89 * 86400000).toISOString().slice(0, 10);
  form.elements.from.value = from;
  form.elements.to.value = to;
  D.datePicker(form.elements.from);
  D.datePicker(form.elements.to);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    D.clearErrors(form);
    load();
  });
  load();
}());
