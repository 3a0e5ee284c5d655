/* The stock on hand: count one material (added the first time it is named); the list reloads after saving. */
(function () {
  'use strict';
  var D = window.Desk;
  D.form(document.getElementById('stock-form'), {
    method: 'PUT',
    url: '/api/stock',
    body: function (form) {
      return { material: form.elements.material.value, quantity: form.elements.quantity.value === '' ? null : Number(form.elements.quantity.value),
               unit: form.elements.unit.value || null };
    },
    done: function () {
      D.toast(D.t('js.stock.saved'));
      location.reload();
    }
  });
  document.body.setAttribute('data-loaded', 'true');
}());
