/* The order list: filters kept in the address, server-side paging and sorting, live refresh, export to Excel. */
(function () {
  'use strict';
  var D = window.Desk;
  var form = document.getElementById('filters');

  function filters() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value) {
        params.set(key, value);
      }
    });
    return params;
  }

  new URLSearchParams(location.search).forEach(function (value, key) {
    var field = form.elements[key];
    if (field && field.type === 'checkbox') {
      field.checked = value === 'true';
    } else if (field) {
      field.value = value;
    }
  });
  var factory = D.picker(form.elements.factory, { allowEmptyOption: true });
  D.datePicker(form.elements.dueFrom);
  D.datePicker(form.elements.dueTo);

  var table = D.table(document.getElementById('orders'), {
    pageOf: function () { return '/api/orders?' + filters(); },
    initialSort: [{ column: 'dueDate', dir: 'asc' }],
    columns: [
      { title: D.t('js.orders.orderNo'), field: 'orderNo', minWidth: 130, formatter: function (cell) {
        var no = cell.getValue();
        return '<a href="/orders/' + encodeURIComponent(no) + '">' + D.escapeHtml(no) + '</a>';
      } },
      { title: D.t('js.orders.customer'), field: 'customer' },
      { title: D.t('js.orders.style'), field: 'style' },
      { title: D.t('js.orders.quantity'), field: 'quantity', hozAlign: 'right', width: 90 },
      { title: D.t('js.orders.factory'), field: 'factoryName', headerSort: false },
      { title: D.t('js.orders.stage'), field: 'stage', width: 100, formatter: function (cell) {
        var o = cell.getRow().getData();
        return D.escapeHtml(o.status === 'OPEN' ? D.label('Stage', o.stage) : D.label('OrderStatus', o.status));
      } },
      { title: D.t('js.orders.dueDate'), field: 'dueDate', width: 120 },
      { title: D.t('js.orders.forecast'), field: 'forecastDeliveryDate', width: 120 },
      { title: D.t('js.orders.delay'), field: 'delayDays', width: 100, formatter: function (cell) {
        var days = cell.getValue();
        return days > 0 ? '<span class="badge text-bg-danger">' + D.escapeHtml(D.t('js.orders.late', days)) + '</span>'
          : '<span class="badge text-bg-success">' + D.escapeHtml(D.t('js.orders.onTime')) + '</span>';
      } },
      { title: D.t('js.orders.risk'), field: 'risk', width: 80, headerSort: false, formatter: function (cell) {
        var risk = cell.getValue();
        if (!risk) {
          return '';
        }
        var kind = risk.high ? 'danger' : risk.probability >= 0.3 ? 'warning' : 'success';
        var tip = D.t('js.orders.riskTip', Math.round(risk.probability * 100) + '%')
          + (risk.reasons.length ? '：' + risk.reasons.join('；') : '');
        return '<span class="badge text-bg-' + kind + ' order-risk" title="' + D.escapeHtml(tip) + '">'
          + Math.round(risk.probability * 100) + '%</span>';
      } }
    ]
  });
  var tableEl = document.getElementById('orders');

  // The forecast's risk of the open orders on this page, asked for after the page's rows came
  function loadRisks() {
    var open = table.getData().filter(function (o) { return o.status === 'OPEN'; });
    tableEl.removeAttribute('data-risk-loaded');
    if (!open.length) {
      tableEl.setAttribute('data-risk-loaded', 'true');
      return;
    }
    var query = new URLSearchParams();
    open.forEach(function (o) { query.append('orderNo', o.orderNo); });
    D.api('GET', '/api/risk/orders?' + query).then(function (risks) {
      var byOrder = {};
      risks.forEach(function (r) { byOrder[r.orderNo] = r; });
      table.getRows().forEach(function (row) {
        var risk = byOrder[row.getData().orderNo];
        if (risk) {
          row.update({ risk: risk });
        }
      });
    }, function () { /* no forecast: the column stays empty */ }).then(function () {
      tableEl.setAttribute('data-risk-loaded', 'true');
    });
  }

  table.on('dataProcessed', function () {
    document.body.setAttribute('data-loaded', 'true');
    loadRisks();
  });

  // The export takes the list as it stands: its filters and its sort
  document.getElementById('export-orders').addEventListener('click', function (event) {
    var query = filters();
    table.getSorters().slice(0, 1).forEach(function (s) { query.set('sort', s.field + ',' + s.dir); });
    event.currentTarget.href = '/api/exports/orders.xlsx?' + query;
  });

  function reload() {
    history.replaceState(null, '', '?' + filters());
    table.setData();
  }

  form.addEventListener('submit', function (event) { event.preventDefault(); reload(); });
  // a choice applies at once; the search text applies with Enter or 查询
  form.addEventListener('change', function (event) {
    if (event.target.name !== 'q') {
      reload();
    }
  });
  form.addEventListener('reset', function () {
    setTimeout(function () { factory.clear(); reload(); }, 0);
  });
  var pending = null;
  D.live('order-changed', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { table.replaceData(); }, 300);
  });
})();
