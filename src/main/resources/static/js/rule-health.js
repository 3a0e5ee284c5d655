/* Rule health (GM and administrator): each decision table's rules by how often they matched in 30 days, the inputs
   only the catch-all took, and the monitors that never fired. */
(function () {
  'use strict';
  var D = window.Desk;
  var $ = function (id) { return document.getElementById(id); };
  var chart = null;

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    return e;
  }

  function badge(kind) {
    var classes = { neverHit: 'text-bg-danger', alwaysHit: 'text-bg-warning', catchAll: 'text-bg-secondary',
                    silent: 'text-bg-danger', fired: 'text-bg-success' };
    return el('span', 'badge me-1 ' + classes[kind], D.t('js.ruleHealth.badge.' + kind));
  }

  function percent(part, whole) {
    return whole ? Math.round(part * 1000 / whole) / 10 + '%' : '–';
  }

  function summary(report) {
    var rules = [];
    report.decisions.forEach(function (d) { rules = rules.concat(d.rules); });
    var catchAllHits = 0;
    rules.forEach(function (r) { if (r.catchAll) { catchAllHits += r.hits; } });
    var figures = {
      decisions: report.decisions.length,
      evaluations: report.decisions.reduce(function (sum, d) { return sum + d.evaluations; }, 0),
      neverHit: rules.filter(function (r) { return r.neverHit; }).length,
      alwaysHit: rules.filter(function (r) { return r.alwaysHit; }).length,
      catchAll: catchAllHits,
      silentMonitors: report.monitors.filter(function (m) { return m.silent; }).length
    };
    Object.keys(figures).forEach(function (k) { $('summary-' + k).textContent = figures[k]; });
  }

  function overview(report) {
    var names = report.decisions.map(function (d) { return d.name; });
    function count(test) {
      return report.decisions.map(function (d) { return d.rules.filter(test).length; });
    }
    var series = [
      { key: 'sometimes', color: '#198754', test: function (r) { return !r.neverHit && !r.alwaysHit; } },
      { key: 'alwaysHit', color: '#ffc107', test: function (r) { return r.alwaysHit; } },
      { key: 'neverHit', color: '#dc3545', test: function (r) { return r.neverHit; } }
    ].map(function (s) {
      return { name: D.t('js.ruleHealth.series.' + s.key), type: 'bar', stack: 'rules', data: count(s.test),
               itemStyle: { color: s.color }, label: { show: true, formatter: function (p) { return p.value || ''; } } };
    });
    chartOf().setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: D.t('js.ruleHealth.axis.rules'), nameLocation: 'middle', nameGap: 26,
               minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true },
      series: series
    }, true);
  }

  /** The overview chart, made once; a click on a table's bar leads to its card. */
  function chartOf() {
    if (!chart) {
      chart = window.echarts.init($('overview-chart'));
      chart.on('click', function (p) {
        var card = document.querySelector('[data-decision-name="' + p.name + '"]');
        if (card) {
          card.scrollIntoView({ behavior: 'smooth' });
        }
      });
    }
    return chart;
  }

  function ruleTable(d) {
    var table = el('table', 'table table-sm align-middle mb-0');
    var head = table.createTHead().insertRow();
    ['number', 'annotation', 'hits', 'share', 'state'].forEach(function (k) {
      head.append(el('th', k === 'hits' || k === 'share' ? 'text-end text-nowrap' : 'text-nowrap',
        D.t('js.ruleHealth.col.' + k)));
    });
    var body = table.createTBody();
    d.rules.forEach(function (r) {
      var row = body.insertRow();
      row.setAttribute('data-rule', r.id);
      row.insertCell().textContent = D.t('js.ruleHealth.ruleNo', r.number);
      row.insertCell().textContent = r.annotation;
      var hits = row.insertCell();
      hits.className = 'text-end hits';
      hits.textContent = r.hits;
      var share = row.insertCell();
      share.className = 'text-end text-nowrap';
      share.textContent = percent(r.hits, d.evaluations);
      var state = row.insertCell();
      state.className = 'text-nowrap';
      if (r.neverHit) {
        state.append(badge('neverHit'));
        row.className = 'table-danger';
      }
      if (r.alwaysHit) {
        state.append(badge('alwaysHit'));
        row.className = 'table-warning';
      }
      if (r.catchAll) {
        state.append(badge('catchAll'));
      }
    });
    return table;
  }

  function catchAllInputs(d) {
    var box = el('div', 'mt-3 catch-all-inputs');
    box.append(el('h3', 'h6', D.t('js.ruleHealth.catchAllInputs')));
    var table = el('table', 'table table-sm mb-0');
    var head = table.createTHead().insertRow();
    head.append(el('th', '', D.t('js.ruleHealth.col.inputs')), el('th', 'text-end', D.t('js.ruleHealth.col.times')));
    var body = table.createTBody();
    d.catchAllInputs.forEach(function (i) {
      var row = body.insertRow();
      row.insertCell().textContent = i.inputs.map(function (v) { return v.label + '＝' + v.value; }).join('；');
      var n = row.insertCell();
      n.className = 'text-end';
      n.textContent = i.count;
    });
    box.append(table);
    return box;
  }

  function decisionCard(d) {
    var card = el('div', 'card mb-3 decision');
    card.setAttribute('data-decision', d.key);
    card.setAttribute('data-decision-name', d.name);
    var bodyEl = el('div', 'card-body table-responsive');
    var title = el('h2', 'h6 d-flex flex-wrap gap-3 align-items-baseline');
    title.append(el('span', 'fw-semibold', d.name),
      el('span', 'text-secondary small evaluations', D.t('js.ruleHealth.evaluations', d.evaluations)),
      el('span', 'text-secondary small', D.t('js.ruleHealth.version', d.version)),
      el('span', 'text-secondary small', D.t('js.ruleHealth.hitPolicy', D.label('HitPolicy', d.hitPolicy))));
    bodyEl.append(title, ruleTable(d));
    if (d.catchAllInputs.length) {
      bodyEl.append(catchAllInputs(d));
    }
    card.append(bodyEl);
    return card;
  }

  function monitors(report) {
    var body = document.querySelector('#monitors tbody');
    body.replaceChildren();
    report.monitors.forEach(function (m) {
      var row = body.insertRow();
      row.setAttribute('data-monitor', m.type);
      row.insertCell().textContent = m.name;
      var n = row.insertCell();
      n.className = 'text-end';
      n.textContent = m.firings;
      row.insertCell().textContent = m.lastFiredAt ? D.dateTime(m.lastFiredAt) : D.t('js.ruleHealth.neverFired');
      row.insertCell().append(badge(m.silent ? 'silent' : 'fired'));
      if (m.silent) {
        row.className = 'table-danger';
      }
    });
  }

  function load(to) {
    document.body.removeAttribute('data-loaded');
    var input = $('to');
    D.clearErrors($('window'));
    var query = to ? '?to=' + encodeURIComponent(to) : '';
    history.replaceState(null, '', location.pathname + query);
    return D.api('GET', '/api/rule-health' + query).then(function (report) {
      input.value = report.to;
      $('window').querySelector('.text-secondary').textContent =
        D.t('js.ruleHealth.window', report.from, report.to, report.days);
      summary(report);
      overview(report);
      $('decisions').replaceChildren.apply($('decisions'), report.decisions.map(decisionCard));
      monitors(report);
      document.body.setAttribute('data-loaded', 'true');
    }, function (problem) {
      D.showErrors($('window'), problem);
      document.body.setAttribute('data-loaded', 'true');
    });
  }

  D.datePicker($('to'));
  $('window').addEventListener('submit', function (event) {
    event.preventDefault();
    load($('to').value.trim());
  });
  window.addEventListener('resize', function () { if (chart) { chart.resize(); } });
  load(new URLSearchParams(location.search).get('to'));
})();
