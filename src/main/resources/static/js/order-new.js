/*
 * A new order: customer, factory and people picked by name, the quantity per colour and size (optional), material
 * lines with their suppliers and PO dates, and the T&A plan the template will make shown before saving. The server's field errors show beside their fields;
 * once saved, the order's own page opens.
 */
(function () {
  'use strict';
  var D = window.Desk;
  var P = window.PlanTable;
  var e = D.escapeHtml;
  var form = document.getElementById('order-form');

  D.picker(form.elements.customer, {
    create: true, createOnBlur: true, maxItems: 1,
    load: function (query) {
      return D.api('GET', '/api/customers?limit=20&q=' + encodeURIComponent(query)).then(function (list) {
        return list.map(function (c) { return { value: c.name, text: c.name }; });
      });
    }
  });
  D.picker(form.elements.factoryCode, { allowEmptyOption: false });
  // the people of a role are few: fetched once, then searched in the page as the user types
  ['merchandiser', 'businessOwner'].forEach(function (role) {
    var picker = D.picker(form.elements[role], { maxItems: 1 });
    D.api('GET', '/api/staff?role=' + role).then(function (people) {
      picker.addOptions(people.map(function (p) { return { value: p.login, text: p.name }; }));
    });
  });
  D.datePicker(form.elements.dueDate);

  // Colour × size: optional; once cells are filled the quantity is their total -----------------------------------

  var quantityInput = form.elements.quantity;
  var matrix = window.SizeMatrix.entry(document.getElementById('size-matrix'), {
    onChange: function (total) {
      quantityInput.readOnly = total > 0;
      if (total > 0) {
        quantityInput.value = total;
      }
    }
  });
  window.SizeMatrix.adders('', function () { return matrix; });

  // Material lines: inputs named materials[i].field, so the server's errors find them --------------------------

  var lines = document.getElementById('material-lines');

  function renumber() {
    lines.querySelectorAll('.material-line').forEach(function (line, i) {
      line.querySelectorAll('[data-name]').forEach(function (input) {
        input.name = 'materials[' + i + '].' + input.getAttribute('data-name');
      });
    });
  }

  var added = 0;

  function addLine() {
    var line = document.getElementById('material-line').content.firstElementChild.cloneNode(true);
    added += 1;
    line.querySelector('[data-name=supplierCode]').id = 'supplier-' + added;
    lines.appendChild(line);
    renumber();
    D.picker(line.querySelector('[data-name=supplierCode]'), { allowEmptyOption: false });
    D.datePicker(line.querySelector('[data-name=poDueDate]'));
    line.querySelector('[data-name=kind]').focus();
  }

  document.getElementById('add-material').addEventListener('click', addLine);
  lines.addEventListener('click', function (event) {
    var remove = event.target.closest('.remove-material');
    if (remove) {
      remove.closest('.material-line').remove();
      renumber();
    }
  });

  function materials() {
    return Array.prototype.map.call(lines.querySelectorAll('.material-line'), function (line) {
      function value(name) {
        var v = line.querySelector('[data-name=' + name + ']').value.trim();
        return v === '' ? null : v;
      }
      return { kind: value('kind'), description: value('description'), supplierCode: value('supplierCode'),
        quantity: value('quantity') === null ? null : Number(value('quantity')), unit: value('unit'),
        poDueDate: value('poDueDate') };
    });
  }

  function body() {
    var quantity = form.elements.quantity.value;
    var unitPrice = form.elements.unitPrice.value;
    return {
      orderNo: form.elements.orderNo.value.trim(), customer: form.elements.customer.value,
      style: form.elements.style.value.trim(), productType: form.elements.productType.value,
      quantity: quantity === '' ? null : Number(quantity), dueDate: form.elements.dueDate.value || null,
      factoryCode: form.elements.factoryCode.value, merchandiser: form.elements.merchandiser.value,
      businessOwner: form.elements.businessOwner.value, materials: materials(), sizeLines: matrix.lines(),
      unitPrice: unitPrice === '' ? null : Number(unitPrice)
    };
  }

  // The plan preview: asked again whenever product type, due date or factory change --------------------------------

  var previewFields = ['productType', 'dueDate', 'factoryCode'];
  var asked = 0;

  function showPreview(plan) {
    document.getElementById('preview-hint').hidden = true;
    document.getElementById('preview').hidden = false;
    document.getElementById('preview-summary').textContent = D.t('js.neworder.previewSummary', plan.milestones.length,
      plan.milestones[plan.milestones.length - 1].plannedDate)
      + (plan.planKeptPercent < 100 ? ' · ' + D.t('js.order.compressed', plan.planKeptPercent) : '');
    document.getElementById('preview-rows').innerHTML = P.rows(plan.milestones, 3, function (m) {
      return '<td>' + e(m.plannedDate) + '</td>';
    });
  }

  function preview() {
    var b = body();
    if (!b.dueDate || !b.factoryCode || !b.productType) {
      return;
    }
    var mine = ++asked;
    previewFields.forEach(function (name) { clearField(name); });
    D.api('POST', '/api/orders/plan-preview', { productType: b.productType, dueDate: b.dueDate,
      factoryCode: b.factoryCode }).then(function (plan) {
      if (mine === asked) {
        showPreview(plan);
      }
    }, function (problem) {
      if (mine !== asked) {
        return;
      }
      document.getElementById('preview').hidden = true;
      document.getElementById('preview-summary').textContent = '';
      var hint = document.getElementById('preview-hint');
      hint.hidden = false;
      hint.textContent = D.t('js.neworder.noPreview');
      D.showErrors(form, problem);
    });
  }

  /** Removes a server error shown beside one field, leaving the others. */
  function clearField(name) {
    var control = form.elements[name];
    var target = control.tomselect ? control.tomselect.wrapper : control;
    control.classList.remove('is-invalid');
    target.classList.remove('is-invalid');
    var next = target.nextElementSibling;
    if (next && next.matches('.invalid-feedback[data-from-server]')) {
      next.remove();
    }
  }

  var soon = null;
  previewFields.forEach(function (name) {
    form.elements[name].addEventListener('change', function () {
      clearTimeout(soon);
      soon = setTimeout(preview, 150);
    });
  });

  D.form(form, {
    url: '/api/orders',
    body: body,
    done: function (order) {
      window.location.href = '/orders/' + encodeURIComponent(order.orderNo) + '?created';
    }
  });
  document.body.setAttribute('data-loaded', 'true');
})();
