/* The risk model page: the model's particulars, its accuracy on held-back history, retraining on demand. */
(function () {
  'use strict';
  var D = window.Desk;
  var page = document.getElementById('risk-model-page');
  var reliabilityChart = echarts.init(document.getElementById('reliability-chart'));
  var importanceChart = echarts.init(document.getElementById('importance-chart'));
  var pct = function (v) { return v === null || v === undefined ? '' : Math.round(v * 1000) / 10 + '%'; };
  var num = function (v, digits) { return v === null || v === undefined ? '—' : v.toFixed(digits); };

  var risky = D.table(document.getElementById('risky-orders'), {
    layout: 'fitColumns', pagination: true, paginationSize: 10,
    columns: [
      { title: D.t('js.risk.orderNo'), field: 'orderNo', formatter: function (cell) {
        var no = cell.getValue();
        return '<a href="/orders/' + encodeURIComponent(no) + '">' + D.escapeHtml(no) + '</a>';
      } },
      { title: D.t('js.risk.factory'), field: 'factory' },
      { title: D.t('js.risk.dueDate'), field: 'dueDate', width: 120 },
      { title: D.t('js.orders.risk'), field: 'probability', width: 90, formatter: function (cell) {
        return '<span class="badge text-bg-danger">' + Math.round(cell.getValue() * 100) + '%</span>';
      } },
      { title: D.t('js.risk.reasons'), field: 'reasons', widthGrow: 3, formatter: function (cell) {
        return D.escapeHtml(cell.getValue().join('；'));
      } }
    ]
  });

  function fact(name, text) {
    page.querySelector('[data-fact="' + name + '"]').textContent = text;
  }

  function show(model) {
    document.getElementById('not-trained').hidden = model.trained;
    fact('version', model.trained ? String(model.version) : '—');
    fact('trainedAt', model.trained ? D.dateTime(model.trainedAt) : '—');
    fact('trainedBy', model.trainedBy || '—');
    fact('took', model.trained ? (model.tookMs / 1000).toFixed(1) + ' 秒' : '—');
    fact('orders', model.trained ? model.trainingOrders + ' + ' + model.holdoutOrders + '（留出检验）' : '—');
    fact('lateShare', model.trained ? pct(model.lateShare) : '—');
    fact('auc', num(model.auc, 3));
    fact('brier', model.brier === null || model.brier === undefined ? '—'
      : num(model.brier, 3) + '（基准 ' + num(model.baseBrier, 3) + '）');
    fact('threshold', pct(model.threshold));
    fact('schedule', model.schedule);

    var deciles = model.reliability || [];
    var rows = deciles.map(function (d) {
      return '<tr><td>' + D.escapeHtml(D.t('js.risk.decile', d.decile)) + '</td><td class="text-end">' + d.orders
        + '</td><td class="text-end">' + pct(d.predicted) + '</td><td class="text-end">' + pct(d.observed) + '</td></tr>';
    });
    document.querySelector('#reliability-table tbody').innerHTML = rows.join('');
    reliabilityChart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return pct(v); } },
      legend: { data: [D.t('js.risk.predicted'), D.t('js.risk.observed')] },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: deciles.map(function (d) { return D.t('js.risk.decile', d.decile); }) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      series: [
        { name: D.t('js.risk.predicted'), type: 'line', data: deciles.map(function (d) { return d.predicted; }) },
        { name: D.t('js.risk.observed'), type: 'bar', data: deciles.map(function (d) { return d.observed; }) }
      ]
    }, true);
    var weights = (model.importance || []).slice().reverse();
    importanceChart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v.toFixed(3); } },
      grid: { left: 130, right: 30, top: 20, bottom: 50 },
      xAxis: { type: 'value', name: D.t('js.risk.weight'), nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'category', data: weights.map(function (w) { return w.label; }) },
      series: [{ type: 'bar', data: weights.map(function (w) { return w.weight; }) }]
    }, true);
    page.setAttribute('data-version', model.trained ? String(model.version) : '0');
  }

  function load() {
    page.removeAttribute('data-loaded-model');
    return Promise.all([D.api('GET', '/api/risk/model'), D.api('GET', '/api/risk/orders')])
      .then(function (answers) {
        show(answers[0]);
        return risky.setData(answers[1].filter(function (r) { return r.high; }));
      })
      .catch(function (problem) { D.toast(problem.message, 'danger'); })
      .then(function () {
        page.setAttribute('data-loaded-model', 'true');
        document.body.setAttribute('data-loaded', 'true');
      });
  }

  var retrain = document.getElementById('retrain');
  if (retrain) {
    retrain.addEventListener('click', function () {
      retrain.disabled = true;
      D.api('POST', '/api/risk/model/retrain')
        .then(function (model) {
          D.toast(D.t('js.risk.retrained', model.version), 'success');
          return load();
        }, function (problem) { D.toast(problem.message, 'danger'); })
        .then(function () { retrain.disabled = false; });
    });
  }
  window.addEventListener('resize', function () { reliabilityChart.resize(); importanceChart.resize(); });
  load();
})();
