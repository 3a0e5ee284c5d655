/* Alert analytics (GM and administrator): interruptions per person and week in working, off and sleep hours, voice
   calls and texts, and the share of alerts confirmed within their deadline by grade. */
(function () {
  'use strict';
  var D = window.Desk;
  var $ = function (id) { return document.getElementById(id); };
  var KINDS = [
    { key: 'working', color: '#0d6efd' },
    { key: 'off', color: '#fd7e14' },
    { key: 'sleep', color: '#6f42c1' }
  ];
  var charts = {};
  var table = null;

  function chart(id) {
    charts[id] = charts[id] || window.echarts.init($(id));
    return charts[id];
  }

  function sum(list, field) {
    return list.reduce(function (total, item) { return total + item[field]; }, 0);
  }

  function percent(share) {
    return share === null || share === undefined ? D.t('js.alertAnalytics.noDeadline')
      : Math.round(share * 1000) / 10 + '%';
  }

  function summary(report) {
    $('summary-interruptions').textContent = sum(report.people, 'total');
    $('summary-sleep').textContent = sum(report.people, 'sleep');
    $('summary-voice').textContent = sum(report.people, 'voiceCalls');
    $('summary-sms').textContent = sum(report.people, 'sms');
  }

  function stacked(categories, valuesOf, horizontal) {
    var series = KINDS.map(function (k) {
      return { name: D.t('js.alertAnalytics.col.' + k.key), type: 'bar', stack: 'load', itemStyle: { color: k.color },
               data: valuesOf(k.key), emphasis: { focus: 'series' } };
    });
    var category = { type: 'category', data: categories };
    var value = { type: 'value', name: D.t('js.alertAnalytics.axis.interruptions'), minInterval: 1 };
    if (horizontal) {
      category.inverse = true;
      value.nameLocation = 'middle';
      value.nameGap = 26;
    }
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: horizontal ? 28 : 8, containLabel: true },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series
    };
  }

  function peopleChart(report) {
    var people = report.people.filter(function (p) { return p.total > 0; }).slice(0, 15);
    chart('people-chart').setOption(stacked(people.map(function (p) { return p.name; }), function (key) {
      return people.map(function (p) { return p[key]; });
    }, true), true);
  }

  function weeksChart(report) {
    var weeks = report.weeks.map(function (w, i) {
      var totals = { working: 0, off: 0, sleep: 0 };
      report.people.forEach(function (p) {
        KINDS.forEach(function (k) { totals[k.key] += p.weekly[i][k.key]; });
      });
      return totals;
    });
    chart('weeks-chart').setOption(stacked(report.weeks.map(function (w) { return D.t('js.alertAnalytics.weekOf', w.slice(5)); }),
      function (key) { return weeks.map(function (w) { return w[key]; }); }, false), true);
  }

  function peopleTable(report) {
    var weeks = report.weeks.length || 1;
    var rows = report.people.map(function (p) {
      return Object.assign({ perWeek: Math.round(p.total * 10 / weeks) / 10 }, p);
    });
    if (table) {
      table.setData(rows);
      return;
    }
    function column(key, extra) {
      return Object.assign({ title: D.t('js.alertAnalytics.col.' + key), field: key, hozAlign: 'right',
                             headerHozAlign: 'right', sorter: 'number' }, extra);
    }
    table = D.table($('people'), {
      data: rows, index: 'login', layout: 'fitColumns', pagination: true, paginationSize: 20,
      initialSort: [{ column: 'total', dir: 'desc' }],
      columns: [
        { title: D.t('js.alertAnalytics.col.name'), field: 'name', sorter: 'string', minWidth: 120 },
        column('working'), column('off'), column('sleep'), column('total'), column('perWeek'),
        column('voiceCalls', { title: D.t('js.alertAnalytics.col.voice') }),
        column('sms')
      ]
    });
  }

  function grades(report) {
    var body = document.querySelector('#grades tbody');
    body.replaceChildren();
    report.grades.forEach(function (g) {
      var row = body.insertRow();
      row.setAttribute('data-grade', g.grade);
      [g.grade, g.alerts, g.withDeadline, g.confirmedInTime, percent(g.share)].forEach(function (value, i) {
        var cell = row.insertCell();
        cell.textContent = value;
        if (i > 0) {
          cell.className = 'text-end';
        }
      });
    });
    var withShare = report.grades.filter(function (g) { return g.share !== null && g.share !== undefined; });
    chart('grades-chart').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
                 valueFormatter: function (v) { return v + '%'; } },
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: withShare.map(function (g) { return g.grade; }) },
      yAxis: { type: 'value', max: 100, name: D.t('js.alertAnalytics.axis.share'),
               axisLabel: { formatter: '{value}%' } },
      series: [{ type: 'bar', name: D.t('js.alertAnalytics.axis.share'), barMaxWidth: 48,
                 label: { show: true, position: 'top', formatter: '{c}%' },
                 itemStyle: { color: function (p) { return p.value >= 90 ? '#198754' : p.value >= 70 ? '#ffc107' : '#dc3545'; } },
                 data: withShare.map(function (g) { return Math.round(g.share * 1000) / 10; }) }]
    }, true);
  }

  function load(from, to) {
    document.body.removeAttribute('data-loaded');
    D.clearErrors($('period'));
    var query = new URLSearchParams();
    if (from) {
      query.set('from', from);
    }
    if (to) {
      query.set('to', to);
    }
    history.replaceState(null, '', location.pathname + (query.toString() ? '?' + query : ''));
    return D.api('GET', '/api/alert-analytics' + (query.toString() ? '?' + query : '')).then(function (report) {
      $('from').value = report.from;
      $('to').value = report.to;
      $('hint').textContent = D.t('js.alertAnalytics.hint', report.sleepHours);
      summary(report);
      peopleChart(report);
      weeksChart(report);
      peopleTable(report);
      grades(report);
      document.body.setAttribute('data-loaded', 'true');
    }, function (problem) {
      D.showErrors($('period'), problem);
      document.body.setAttribute('data-loaded', 'true');
    });
  }

  D.datePicker($('from'));
  D.datePicker($('to'));
  $('period').addEventListener('submit', function (event) {
    event.preventDefault();
    load($('from').value.trim(), $('to').value.trim());
  });
  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });
  var initial = new URLSearchParams(location.search);
  load(initial.get('from'), initial.get('to'));
})();
