/* The customers' contacts: add one to a customer, or edit one, in a dialog; the list reloads after saving. */
(function () {
  'use strict';
  var D = window.Desk;
  var formEl = document.getElementById('contact-form');
  var dialog = new bootstrap.Modal(document.getElementById('contact-dialog'));
  var target = null;
  var creditForm = document.getElementById('credit-form');
  var creditDialog = new bootstrap.Modal(document.getElementById('credit-dialog'));
  var creditOf = null;

  function number(text) {
    return text === '' ? null : Number(text);
  }

  function openCredit(button) {
    creditOf = button.getAttribute('data-customer-id');
    creditForm.reset();
    creditForm.elements.creditLimit.value = button.getAttribute('data-limit') || '';
    creditForm.elements.currency.value = button.getAttribute('data-currency') || 'CNY';
    creditForm.elements.overdueAmount.value = button.getAttribute('data-overdue') || '';
    document.getElementById('credit-title').textContent = button.getAttribute('data-customer-name');
    creditDialog.show();
  }

  D.form(creditForm, {
    method: 'PUT',
    url: function () { return '/api/customers/' + creditOf + '/credit'; },
    body: function (form) {
      return { creditLimit: number(form.elements.creditLimit.value), currency: form.elements.currency.value || null,
               overdueAmount: number(form.elements.overdueAmount.value) };
    },
    done: function () {
      creditDialog.hide();
      D.toast(D.t('js.customers.creditSaved'));
      location.reload();
    }
  });

  document.getElementById('customer-table').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    if (button.getAttribute('data-action') === 'credit') {
      openCredit(button);
      return;
    }
    var editing = button.getAttribute('data-action') === 'edit';
    target = { customerId: button.getAttribute('data-customer-id'),
               contactId: editing ? button.getAttribute('data-contact-id') : null };
    formEl.reset();
    formEl.elements.name.value = editing ? button.getAttribute('data-name') : '';
    formEl.elements.phone.value = editing ? button.getAttribute('data-phone') || '' : '';
    formEl.elements.email.value = editing ? button.getAttribute('data-email') || '' : '';
    formEl.elements.optIn.checked = editing && button.getAttribute('data-opt-in') === 'true';
    document.getElementById('contact-title').textContent = editing ? D.t('js.customers.edit')
      : D.t('js.customers.add', button.getAttribute('data-customer-name'));
    dialog.show();
  });

  D.form(formEl, {
    method: function () { return target.contactId ? 'PUT' : 'POST'; },
    url: function () {
      return '/api/customers/' + target.customerId + '/contacts' + (target.contactId ? '/' + target.contactId : '');
    },
    body: function (form) {
      return { name: form.elements.name.value, phone: form.elements.phone.value, email: form.elements.email.value,
               optIn: form.elements.optIn.checked };
    },
    done: function () {
      dialog.hide();
      D.toast(D.t('js.customers.saved'));
      location.reload();
    }
  });
  document.body.setAttribute('data-loaded', 'true');
}());
