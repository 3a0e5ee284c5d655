/*
 * The capacity board: each factory's sewing capacity against its open orders' sewing, week by week. A cell (or a
 * bar of the chart) opens the orders behind it; planners change a factory's daily capacity in its row.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var page = document.getElementById('capacity-page');
  var canEdit = page.getAttribute('data-can-edit') === 'true';
  var weeksSelect = document.getElementById('capacity-weeks');
  var chart = echarts.init(document.getElementById('capacity-chart'));
  var board = null;

  function shortDate(iso) {
    return iso.substring(5, 7) + '/' + iso.substring(8, 10);
  }

  function percent(cell) {
    return cell.capacity > 0 ? Math.round(cell.load * 100 / cell.capacity) : (cell.load > 0 ? 999 : 0);
  }

  function level(cell) {
    if (cell.capacity === 0 && cell.load === 0) {
      return 'capacity-closed';
    }
    if (cell.overloaded) {
      return 'capacity-over';
    }
    return percent(cell) >= 85 ? 'capacity-busy' : 'capacity-ok';
  }

  function render() {
    var head = document.getElementById('capacity-head');
    var body = document.getElementById('capacity-body');
    head.innerHTML = '<th>' + D.escapeHtml(D.t('js.capacity.factory')) + '</th><th class="text-nowrap">'
      + D.escapeHtml(D.t('js.capacity.daily')) + '</th>' + board.weeks.map(function (monday) {
        return '<th class="text-center small text-nowrap">' + D.escapeHtml(D.t('js.capacity.week', shortDate(monday))) + '</th>';
      }).join('');
    body.innerHTML = board.factories.map(function (row) {
      var daily = canEdit
        ? '<form class="d-flex gap-1 capacity-daily" data-factory="' + D.escapeHtml(row.factoryCode) + '" novalidate>'
          + '<input class="form-control form-control-sm" name="dailyPieces" type="number" min="1" style="width: 6rem" value="'
          + row.dailyPieces + '" aria-label="' + D.escapeHtml(D.t('js.capacity.daily')) + '">'
          + '<button class="btn btn-sm btn-outline-primary text-nowrap" type="submit">' + D.escapeHtml(D.t('js.capacity.save'))
          + '</button></form>'
        : String(row.dailyPieces);
      return '<tr data-factory="' + D.escapeHtml(row.factoryCode) + '"><th class="text-nowrap">'
        + D.escapeHtml(row.factoryName) + (row.ownCapacity ? '' : ' <span class="small text-secondary">'
        + D.escapeHtml(D.t('js.capacity.default')) + '</span>') + '</th><td>' + daily + '</td>'
        + row.weeks.map(function (cell) {
          return '<td class="week ' + level(cell) + '" data-factory="' + D.escapeHtml(row.factoryCode) + '" data-week="'
            + cell.monday + '" data-overloaded="' + cell.overloaded + '" title="'
            + D.escapeHtml(D.t('js.capacity.cellTitle', row.factoryName, shortDate(cell.monday))) + '">'
            + cell.load + ' / ' + cell.capacity + '<br><span class="small">' + percent(cell) + '%'
            + (cell.overloaded ? ' ' + D.escapeHtml(D.t('js.capacity.over')) : '') + '</span></td>';
        }).join('') + '</tr>';
    }).join('');
    body.querySelectorAll('form.capacity-daily').forEach(function (form) {
      D.form(form, {
        method: 'PUT',
        url: '/api/capacity/factories/' + encodeURIComponent(form.getAttribute('data-factory')),
        body: function (f) {
          return { dailyPieces: f.elements.dailyPieces.value === '' ? null : Number(f.elements.dailyPieces.value) };
        },
        done: function () {
          D.toast(D.t('js.capacity.saved'));
          load();
        }
      });
    });
    renderChart();
  }

  function renderChart() {
    var container = document.getElementById('capacity-chart');
    container.removeAttribute('data-rendered');
    chart.off('finished');
    chart.on('finished', function () {
      container.setAttribute('data-rendered', 'true');
    });
    chart.setOption({
      title: { text: D.t('js.capacity.chartTitle'), left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
      legend: { top: 24 },
      grid: { top: 60, left: 50, right: 60, bottom: 30 },
      xAxis: { type: 'category', data: board.weeks.map(function (m) { return D.t('js.capacity.week', shortDate(m)); }) },
      yAxis: { type: 'value', name: D.t('js.capacity.loadAxis'), axisLabel: { formatter: '{value}%' } },
      series: board.factories.map(function (row, i) {
        return {
          name: row.factoryName, type: 'bar',
          data: row.weeks.map(function (cell) {
            return { value: percent(cell), itemStyle: cell.overloaded ? { color: '#dc3545' } : undefined };
          }),
          markLine: i === 0 ? { symbol: 'none', silent: true, lineStyle: { color: '#dc3545', type: 'dashed' },
                                label: { formatter: D.t('js.capacity.full') }, data: [{ yAxis: 100 }] } : undefined
        };
      })
    }, true);
  }

  chart.on('click', function (params) {
    var row = board.factories[params.seriesIndex];
    if (row) {
      openCell(row.factoryCode, board.weeks[params.dataIndex]);
    }
  });

  function openCell(factoryCode, monday) {
    document.querySelectorAll('td.week.selected').forEach(function (td) { td.classList.remove('selected'); });
    var td = document.querySelector('td.week[data-factory="' + factoryCode + '"][data-week="' + monday + '"]');
    if (td) {
      td.classList.add('selected');
    }
    var box = document.getElementById('capacity-cell');
    box.removeAttribute('data-loaded');
    D.api('GET', '/api/capacity/board/' + encodeURIComponent(factoryCode) + '/' + monday).then(function (cell) {
      document.getElementById('capacity-cell-title').textContent = D.t('js.capacity.cellHeading', cell.factoryName,
        shortDate(cell.monday), cell.load, cell.capacity);
      box.querySelector('tbody').innerHTML = cell.orders.length ? cell.orders.map(function (o) {
        return '<tr data-order="' + D.escapeHtml(o.orderNo) + '"><td><a href="/orders/' + encodeURIComponent(o.orderNo) + '">'
          + D.escapeHtml(o.orderNo) + '</a></td><td>' + D.escapeHtml(o.customer) + '</td><td>'
          + D.escapeHtml(o.merchandiser) + '</td><td class="text-end">' + o.pieces + '</td><td class="text-end">'
          + o.quantity + '</td><td>' + o.sewingStart + ' – ' + o.sewingEnd + '</td><td>' + o.dueDate + '</td></tr>';
      }).join('') : '<tr><td colspan="7" class="text-secondary">' + D.escapeHtml(D.t('js.capacity.noOrders')) + '</td></tr>';
      box.hidden = false;
      box.setAttribute('data-loaded', 'true');
    }, function (problem) {
      D.toast(problem.message, 'danger');
    });
  }

  document.getElementById('capacity-body').addEventListener('click', function (event) {
    var td = event.target.closest('td.week');
    if (td) {
      openCell(td.getAttribute('data-factory'), td.getAttribute('data-week'));
    }
  });

  function load() {
    document.body.removeAttribute('data-loaded');
    D.api('GET', '/api/capacity/board?weeks=' + weeksSelect.value).then(function (answer) {
      board = answer;
      render();
      document.body.setAttribute('data-loaded', 'true');
    }, function (problem) {
      D.toast(problem.message, 'danger');
    });
  }

  weeksSelect.addEventListener('change', load);
  window.addEventListener('resize', function () { chart.resize(); });
  load();
}());
