/*
 * Shared code of the desk's pages: texts, calls to the API, field errors beside their fields, toasts, and the
 * libraries (Tabulator, Tom Select, flatpickr) set up once in Chinese and the company's time zone. A page's own
 * script only wires them to our API.
 */
(function (global) {
  'use strict';

  var config = global.DESK || { zone: 'Asia/Shanghai', texts: {} };

  /** A text of the desk's bundle (keys js.* and enum.*), with {0}, {1}… filled in. */
  function t(key) {
    var text = config.texts[key];
    if (text === undefined) {
      return key;
    }
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (match, i) { return args[i] === undefined ? match : args[i]; });
  }

  /** The Chinese name of an enum value (bundle key enum.{Type}.{VALUE}), or the value when there is none. */
  function label(type, value) {
    if (value === null || value === undefined || value === '') {
      return '';
    }
    var text = config.texts['enum.' + type + '.' + value];
    return text === undefined ? value : text;
  }

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  /** The server refused a call: {status, problem} with the problem's errors[] of {field, reason}. */
  function Problem(status, problem) {
    this.status = status;
    this.problem = problem || {};
    this.errors = this.problem.errors || [];
    this.message = this.problem.detail || this.problem.title || t('js.error.status', status);
  }

  /** One call to our API; resolves with the parsed body, rejects with a Problem. */
  function api(method, url, body) {
    var headers = { 'Accept': 'application/json', 'X-Client': 'pc-web' };
    var token = cookie('XSRF-TOKEN');
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    var payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return fetch(url, { method: method, headers: headers, body: payload, credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var parsed = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch (e) {
            parsed = null;
          }
          if (!response.ok) {
            throw new Problem(response.status, parsed);
          }
          return parsed;
        });
      }, function () {
        throw new Problem(0, { detail: t('js.error.offline') });
      });
  }

  // Toasts ---------------------------------------------------------------------------------------------

  /** A short message in the top corner; kind is success, danger, warning or info. */
  function toast(message, kind) {
    var box = document.createElement('div');
    box.className = 'toast align-items-center border-0 text-bg-' + (kind || 'success');
    box.setAttribute('role', kind === 'danger' ? 'alert' : 'status');
    box.setAttribute('aria-live', 'polite');
    box.innerHTML = '<div class="d-flex"><div class="toast-body"></div>'
      + '<button type="button" class="btn-close btn-close-white me-2 m-auto" data-bs-dismiss="toast"></button></div>';
    box.querySelector('.toast-body').textContent = message;
    box.querySelector('.btn-close').setAttribute('aria-label', t('js.close'));
    document.getElementById('toasts').appendChild(box);
    box.addEventListener('hidden.bs.toast', function () { box.remove(); });
    global.bootstrap.Toast.getOrCreateInstance(box, { delay: kind === 'danger' ? 8000 : 4000 }).show();
  }

  // Forms: the server's field errors beside their fields --------------------------------------------

  function clearErrors(form) {
    form.querySelectorAll('.is-invalid').forEach(function (el) { el.classList.remove('is-invalid'); });
    form.querySelectorAll('.invalid-feedback[data-from-server]').forEach(function (el) { el.remove(); });
    var summary = form.querySelector('[data-role=form-error]');
    if (summary) {
      summary.hidden = true;
      summary.textContent = '';
    }
  }

  /** The form control for a problem's field: name="field" or data-field="field", else the field's root name. */
  function controlFor(form, field) {
    var candidates = [field, field.replace(/\[\d+\]/g, '[]'), field.split(/[.[]/)[0]];
    for (var i = 0; i < candidates.length; i++) {
      var name = candidates[i].replace(/"/g, '');
      var control = form.querySelector('[name="' + name + '"], [data-field="' + name + '"]');
      if (control) {
        return control;
      }
    }
    return null;
  }

  /**
   * Shows a refusal on a form: each error beside its field (Bootstrap's is-invalid), the rest in the form's
   * [data-role=form-error] box or a toast. Returns true when something could be placed.
   */
  function showErrors(form, problem) {
    clearErrors(form);
    var unplaced = [];
    problem.errors.forEach(function (error) {
      var control = controlFor(form, error.field);
      if (!control) {
        unplaced.push(error.reason);
        return;
      }
      var target = control.tomselect ? control.tomselect.wrapper : control;
      control.classList.add('is-invalid');
      target.classList.add('is-invalid');
      var feedback = document.createElement('div');
      feedback.className = 'invalid-feedback';
      feedback.setAttribute('data-from-server', '');
      feedback.textContent = error.reason;
      (target.closest('.input-group') || target).insertAdjacentElement('afterend', feedback);
    });
    if (!problem.errors.length) {
      unplaced.push(problem.message);
    }
    if (unplaced.length) {
      var summary = form.querySelector('[data-role=form-error]');
      if (summary) {
        summary.textContent = unplaced.join('；');
        summary.hidden = false;
      } else {
        toast(unplaced.join('；'), 'danger');
      }
    }
    var first = form.querySelector('.is-invalid');
    if (first) {
      first.focus();
    }
  }

  /** The form's named fields as an object; empty fields are left out, numbers stay strings for the server. */
  function values(form) {
    var result = {};
    new FormData(form).forEach(function (value, key) {
      if (value !== '' && !(value instanceof File)) {
        result[key] = value;
      }
    });
    return result;
  }

  /**
   * Sends a form to the API on submit: options.method and options.url (or functions of the form), options.body
   * (a function of the form, default its values), then options.done(answer). Field errors show beside their
   * fields; the submit button is disabled while the call runs.
   */
  function form(formEl, options) {
    formEl.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = formEl.querySelector('[type=submit]');
      if (button) {
        button.disabled = true;
      }
      clearErrors(formEl);
      var url = typeof options.url === 'function' ? options.url(formEl) : options.url;
      var body = options.body ? options.body(formEl) : values(formEl);
      var method = typeof options.method === 'function' ? options.method(formEl) : options.method;
      api(method || 'POST', url, body).then(function (answer) {
        if (options.done) {
          options.done(answer);
        }
      }, function (problem) {
        showErrors(formEl, problem);
      }).then(function () {
        if (button) {
          button.disabled = false;
        }
      });
    });
  }

  // Dates and times: always the company's zone -----------------------------------------------------------

  var dateTimeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: config.zone, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  /** An instant (ISO 8601 with offset) as "2026-12-07 09:30" in the company's time zone. */
  function dateTime(iso) {
    if (!iso) {
      return '';
    }
    var parts = {};
    dateTimeFormat.formatToParts(new Date(iso)).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + parts.hour + ':' + parts.minute;
  }

  /** Today in the company's time zone, as yyyy-MM-dd. */
  function today() {
    return dateTime(new Date().toISOString()).slice(0, 10);
  }

  // The libraries, set up once ------------------------------------------------------------------------------

  var TABLE_TEXTS = {
    'zh-cn': {
      data: { loading: t('js.table.loading'), error: t('js.table.error') },
      pagination: {
        page_size: t('js.table.pageSize'), page_title: t('js.table.page'),
        first: t('js.table.first'), first_title: t('js.table.first'), last: t('js.table.last'),
        last_title: t('js.table.last'), prev: t('js.table.prev'), prev_title: t('js.table.prev'),
        next: t('js.table.next'), next_title: t('js.table.next'), all: t('js.table.all'),
        counter: { showing: t('js.table.showing'), of: '/', rows: t('js.table.rows'), pages: t('js.table.pages') }
      },
      headerFilters: { 'default': t('js.table.filter') }
    }
  };

  /**
   * A Tabulator table in Chinese. With options.pageOf = url or function returning the url, it pages and sorts on
   * the server through our PageOf answers ({items, page, size, total}; page from 0, sort=field,asc|desc).
   */
  function table(el, options) {
    var settings = Object.assign({
      layout: 'fitColumns', locale: 'zh-cn', langs: TABLE_TEXTS, placeholder: t('js.table.empty'),
      columnDefaults: { headerSortTristate: false }
    }, options);
    if (options.pageOf) {
      delete settings.pageOf;
      Object.assign(settings, {
        pagination: true, paginationMode: 'remote', sortMode: 'remote', paginationSize: options.paginationSize || 50,
        paginationCounter: 'rows', ajaxURL: 'pageOf',
        ajaxRequestFunc: function (ignored, config, params) {
          var base = typeof options.pageOf === 'function' ? options.pageOf() : options.pageOf;
          var query = new URLSearchParams({ page: String(params.page - 1), size: String(params.size) });
          (params.sort || []).slice(0, 1).forEach(function (s) { query.set('sort', s.field + ',' + s.dir); });
          return api('GET', base + (base.indexOf('?') < 0 ? '?' : '&') + query);
        },
        ajaxResponse: function (url, params, answer) {
          return { last_page: Math.max(1, Math.ceil(answer.total / answer.size)), last_row: answer.total,
                   data: answer.items };
        }
      });
    }
    return new global.Tabulator(el, settings);
  }

  /**
   * A Tom Select picker. options.load = function(query) returning a promise of options ({value, text}) makes it
   * search the server as the user types; options.create = true lets the user add a new value.
   */
  function picker(el, options) {
    options = options || {};
    // Tom Select writes its own bookkeeping (order, id, rendered element) into each option object: pickers that were
    // handed the same objects would show and select each other's elements, so each gets copies.
    var own = function (list) { return (list || []).map(function (option) { return Object.assign({}, option); }); };
    var settings = Object.assign({
      maxOptions: 50, valueField: 'value', labelField: 'text', searchField: ['text', 'value'], closeAfterSelect: true,
      render: {
        no_results: function () { return '<div class="no-results">' + t('js.picker.none') + '</div>'; },
        option_create: function (data, escape) {
          return '<div class="create">' + t('js.picker.add', '<strong>' + escape(data.input) + '</strong>') + '</div>';
        },
        loading: function () { return '<div class="spinner-border spinner-border-sm m-2"></div>'; }
      }
    }, options);
    if (options.options) {
      settings.options = own(options.options);
    }
    if (options.load) {
      settings.load = function (query, callback) {
        options.load(query).then(function (list) { callback(own(list)); }, function () { callback(); });
      };
      settings.preload = 'focus';
    }
    return new global.TomSelect(el, settings);
  }

  /** A flatpickr date picker in Chinese that keeps yyyy-MM-dd in the input. */
  function datePicker(el, options) {
    return global.flatpickr(el, Object.assign({ locale: 'zh', dateFormat: 'Y-m-d', allowInput: true }, options));
  }

  // Live updates: one stream per page ------------------------------------------------------------------------

  var stream = null;

  /** Calls handler(data) for each live event of that name (order-changed, inbox-message, inbox-unread…). */
  function live(eventName, handler) {
    if (!global.EventSource) {
      return;
    }
    if (!stream) {
      stream = new global.EventSource('/api/inbox/stream');
    }
    stream.addEventListener(eventName, function (event) {
      var data = null;
      try {
        data = event.data ? JSON.parse(event.data) : null;
      } catch (e) {
        data = null;
      }
      handler(data);
    });
  }

  function showUnread(count) {
    var badge = document.getElementById('inbox-badge');
    if (!badge) {
      return;
    }
    badge.hidden = !count;
    badge.textContent = count > 99 ? '99+' : String(count);
    badge.setAttribute('data-unread', String(count));
  }

  function signOut() {
    return fetch('/logout', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' } })
      .then(function () { global.location.href = '/login.html?logout'; });
  }

  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var out = document.getElementById('sign-out');
    if (out) {
      out.addEventListener('click', signOut);
    }
    live('inbox-unread', function (data) { showUnread(data && data.unread); });
    live('inbox-message', function (data) { showUnread(data && data.unread); });
  });

  global.Desk = {
    t: t,
    label: label,
    api: api,
    Problem: Problem,
    toast: toast,
    form: form,
    values: values,
    showErrors: showErrors,
    clearErrors: clearErrors,
    dateTime: dateTime,
    today: today,
    table: table,
    picker: picker,
    datePicker: datePicker,
    live: live,
    escapeHtml: escapeHtml,
    signOut: signOut
  };
})(window);
