/* The order page's delivery-risk card: the forecast's probability of missing the due date and its top reasons. */
(function () {
  'use strict';
  var D = window.Desk;
  var page = document.getElementById('order-page');
  var card = document.getElementById('risk-card');
  var body = document.getElementById('risk');
  var orderNo = page.getAttribute('data-order-no');

  function percent(p) {
    return Math.round(p * 100) + '%';
  }

  function show(risk) {
    var kind = risk.high ? 'danger' : risk.probability >= 0.3 ? 'warning' : 'success';
    var reasons = risk.reasons.length
      ? '<ul class="mb-0" id="risk-reasons">' + risk.reasons.map(function (r) {
        return '<li>' + D.escapeHtml(r) + '</li>';
      }).join('') + '</ul>'
      : '<p class="mb-0 text-secondary" id="risk-reasons">' + D.escapeHtml(D.t('js.risk.noReasons')) + '</p>';
    body.innerHTML = '<div class="d-flex align-items-center gap-3 mb-2">'
      + '<span class="fs-4 badge text-bg-' + kind + '" id="risk-probability">'
      + D.escapeHtml(D.t('js.risk.probability', percent(risk.probability))) + '</span>'
      + (risk.high ? '<span class="text-danger small">' + D.escapeHtml(D.t('js.risk.high')) + '</span>' : '')
      + '<span class="text-secondary small ms-auto">' + D.escapeHtml(D.t('js.risk.model', risk.modelVersion))
      + '</span></div>'
      + '<div class="small fw-semibold">' + D.escapeHtml(D.t('js.risk.reasons')) + '</div>' + reasons
      + (risk.ruleFired ? '<p class="small text-secondary mt-2 mb-0">' + D.escapeHtml(D.t('js.risk.ruleFired'))
        + '</p>' : '');
    card.hidden = false;
  }

  function load() {
    D.api('GET', '/api/risk/orders/' + encodeURIComponent(orderNo))
      .then(show, function () { card.hidden = true; })
      .then(function () { card.setAttribute('data-risk-loaded', 'true'); });
  }

  load();
  var pending = null;
  D.live('order-changed', function (data) {
    if (!data || data.orderNo === orderNo) {
      clearTimeout(pending);
      pending = setTimeout(load, 500);
    }
  });
})();
