/*
 * Shared code of the Threadline phone pages: who is using the page, calls to the API, and the offline queue.
 * Plain ES2017 without modules, so it runs in the WeCom, DingTalk and Feishu in-app browsers.
 */
(function (global) {
  'use strict';

  var DB_NAME = 'threadline-m';
  var STORE = 'outbox';
  var RETRY_MS = 30000;
  // The audit trail names the client; a PC page sets window.THREADLINE_CLIENT before loading this file.
  var CLIENT = global.THREADLINE_CLIENT || 'mobile-h5';

  /**
   * The factory or supplier the page works for, and the name reports are signed with. Until login exists it comes
   * from the link (?factory=F001 or ?supplier=S001, &name=张三) and is remembered on the phone; later this one
   * function asks /api/me instead.
   */
  function currentParty() {
    var params = new URLSearchParams(global.location.search);
    ['factory', 'supplier', 'name'].forEach(function (key) {
      if (params.get(key)) {
        global.localStorage.setItem('threadline.' + key, params.get(key));
      }
    });
    var party = {
      factory: global.localStorage.getItem('threadline.factory'),
      supplier: global.localStorage.getItem('threadline.supplier'),
      name: global.localStorage.getItem('threadline.name')
    };
    party.name = party.name || party.factory || party.supplier;
    // A factory or supplier user is bound to one organisation: the server says which (staff may pass ?factory=).
    return global.fetch('/api/me', { credentials: 'same-origin', headers: { 'X-Client': CLIENT } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (me) {
        if (me && (me.factoryCode || me.supplierCode)) {
          party.factory = me.factoryCode || null;
          party.supplier = me.supplierCode || null;
          party.name = me.displayName;
        }
        return party;
      }, function () { return party; });
  }

  function cookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return match ? decodeURIComponent(match[1]) : null;
  }

  function newId() {
    if (global.crypto && typeof global.crypto.randomUUID === 'function') {
      return global.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    global.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  /** An answer of the server that says the input itself is wrong: resending it cannot help. */
  function Refused(status, problem) {
    this.status = status;
    this.problem = problem || {};
    var errors = this.problem.errors || [];
    this.message = errors.length
      ? errors.map(function (e) { return e.field + ' ' + e.reason; }).join('；')
      : (this.problem.detail || this.problem.title || ('HTTP ' + status));
  }

  /** One call to the API; resolves with the parsed body, rejects with Refused or, when offline, a TypeError. */
  async function api(method, path, body, idempotencyKey) {
    var headers = { 'Accept': 'application/json', 'X-Client': CLIENT };
    var xsrf = cookie('XSRF-TOKEN');
    if (xsrf) {
      headers['X-XSRF-TOKEN'] = xsrf;
    }
    if (idempotencyKey) {
      headers['Idempotency-Key'] = idempotencyKey;
    }
    var payload;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    var response = await fetch(path, { method: method, headers: headers, body: payload, credentials: 'same-origin' });
    var text = await response.text();
    var parsed = text ? JSON.parse(text) : null;
    if (response.status >= 500 || response.status === 409 && parsed && parsed.title === 'Request in progress') {
      throw new TypeError('server busy: HTTP ' + response.status);
    }
    if (!response.ok) {
      throw new Refused(response.status, parsed);
    }
    return parsed;
  }

  // The outbox: inputs not yet accepted by the server, oldest first, kept in IndexedDB (files included). ------

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = global.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  async function withStore(mode, work) {
    var db = await openDb();
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(STORE, mode);
      var result = work(tx.objectStore(STORE));
      tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : undefined); };
      tx.onerror = function () { db.close(); reject(tx.error); };
    });
  }

  function queued() {
    return withStore('readonly', function (store) { return store.getAll(); });
  }

  /**
   * Sends an input now, or keeps it for later when the phone is offline. An input is
   * {method, path, json} or {method, path, form: {field: value or File}}; it gets its client id here.
   * Resolves with {sent: body} or {queued: true}; rejects with Refused.
   */
  async function submit(input) {
    var entry = Object.assign({ key: newId(), createdAt: new Date().toISOString() }, input);
    if (!global.navigator.onLine) {
      return keep(entry);
    }
    try {
      return { sent: await send(entry) };
    } catch (e) {
      if (e instanceof Refused) {
        throw e;
      }
      return keep(entry);
    }
  }

  async function keep(entry) {
    await withStore('readwrite', function (store) { return store.add(entry); });
    announce();
    return { queued: true };
  }

  function send(entry) {
    var body = entry.json;
    if (entry.form) {
      body = new FormData();
      Object.keys(entry.form).forEach(function (field) {
        var value = entry.form[field];
        if (value instanceof Blob) {
          body.append(field, value, value.name || 'file');
        } else if (value !== null && value !== undefined) {
          body.append(field, value);
        }
      });
    }
    return api(entry.method, entry.path, body, entry.key);
  }

  var flushing = null;

  /** Sends what the outbox holds, oldest first, each with its own client id, so a resend never counts twice. */
  function flush() {
    if (!flushing) {
      flushing = flushOnce().then(function (result) { flushing = null; return result; },
        function (e) { flushing = null; throw e; });
    }
    return flushing;
  }

  async function flushOnce() {
    var sent = 0;
    var refused = [];
    var entries = await queued();
    for (var i = 0; i < entries.length; i++) {
      try {
        await send(entries[i]);
        sent++;
      } catch (e) {
        if (!(e instanceof Refused)) {
          break;
        }
        refused.push({ entry: entries[i], reason: e.message });
      }
      await withStore('readwrite', function (store) { return store.delete(entries[i].seq); });
    }
    announce();
    if (sent || refused.length) {
      global.dispatchEvent(new CustomEvent('threadline:flushed', { detail: { sent: sent, refused: refused } }));
    }
    return { sent: sent, refused: refused };
  }

  function announce() {
    queued().then(function (entries) {
      global.dispatchEvent(new CustomEvent('threadline:outbox', { detail: { count: entries.length } }));
    });
  }

  // Small page helpers ----------------------------------------------------------------------------------

  /** Today in the company's time zone, as yyyy-MM-dd. */
  function today() {
    var p = parts(new Date());
    return p.year + '-' + p.month + '-' + p.day;
  }

  function daysBetween(from, to) {
    return Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  }

  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  var toastTimer;
  function toast(message) {
    var box = document.getElementById('toast');
    box.textContent = message;
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { box.hidden = true; }, 3500);
  }

  /** Tells the person what became of an input: sent, kept for later, or refused and why. */
  function outcome(result, what) {
    toast(result.queued ? what + '已保存，联网后自动发送' : what + '已提交');
  }

  function showOutbox(badge) {
    global.addEventListener('threadline:outbox', function (e) {
      badge.hidden = e.detail.count === 0;
      badge.textContent = '待发送 ' + e.detail.count;
    });
    global.addEventListener('threadline:flushed', function (e) {
      if (e.detail.refused.length) {
        toast('有 ' + e.detail.refused.length + ' 条被退回：' + e.detail.refused[0].reason);
      } else {
        toast('离线时的 ' + e.detail.sent + ' 条记录已发送');
      }
    });
  }

  /**
   * Disables the form's button while {@code send(form)} runs; on success closes the form, on refusal shows why.
   * {@code send} resolves with the outcome of T.submit, or anything without {queued: true} once sent.
   */
  function guardSubmit(form, send, reload) {
    form.onsubmit = async function (e) {
      e.preventDefault();
      var button = form.querySelector('button[type=submit]');
      var error = form.querySelector('.error');
      button.disabled = true;
      error.textContent = '';
      try {
        var result = await send(form);
        form.reset();
        form.hidden = true;
        if (!result.queued) {
          reload();
        }
      } catch (err) {
        error.textContent = err instanceof Refused ? '未通过：' + err.message : '提交失败：' + err.message;
      } finally {
        button.disabled = false;
      }
    };
  }

  /**
   * Starts the page of {@code party} as a factory or a supplier ({@code partyKey}): the outbox badge, the title,
   * the first {@code load()} into {@code list}, a retry of what the outbox holds, and a reload after each replay.
   */
  function startPage(partyKey, title, list, party, load) {
    showOutbox(document.getElementById('outbox'));
    if (!party[partyKey]) {
      list.innerHTML = '<p class="empty">请从工作群里的链接打开本页（链接带 ?' + partyKey + '=代码）</p>';
      return;
    }
    global.addEventListener('threadline:flushed', function () { load().catch(function () {}); });
    document.getElementById('title').textContent = title + ' · ' + party[partyKey];
    announce();
    load().catch(function (e) {
      list.innerHTML = '<p class="empty">加载失败：' + escapeHtml(e.message) + '</p>';
    });
    if (global.navigator.onLine) {
      flush().catch(function () {});
    }
    followChanges(load);
  }

  /**
   * One end updates, all related know: when one of the user's orders changes elsewhere (order-changed on the
   * user's live stream), the list reloads, but not under the fingers of someone typing into it.
   */
  function followChanges(load) {
    var pending = null;
    live('order-changed', function () {
      clearTimeout(pending);
      pending = setTimeout(function reload() {
        var active = document.activeElement;
        if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) {
          pending = setTimeout(reload, 2000);
          return;
        }
        load().catch(function () {});
      }, 300);
    });
  }

  // The user's one live stream, shared by everything on the page ---------------------------------------

  var stream = null;

  /** Calls handler(data) for each live event of that name (order-changed, inbox-message, inbox-unread). */
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

  // Times in the company's zone, whatever the phone's ----------------------------------------------------

  var ZONE_KEY = 'threadline.zone';
  var zone = global.localStorage.getItem(ZONE_KEY) || 'Asia/Shanghai';
  var me = null;

  /** The signed-in user (/api/me), asked once per page; it also says the company's time zone. */
  function whoAmI() {
    if (!me) {
      me = api('GET', '/api/me').then(function (answer) {
        if (answer && answer.zone && answer.zone !== zone) {
          zone = answer.zone;
          global.localStorage.setItem(ZONE_KEY, zone);
        }
        return answer;
      });
    }
    return me;
  }

  function parts(date) {
    var result = {};
    new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date).forEach(function (p) {
      result[p.type] = p.value;
    });
    return result;
  }

  /** An instant as "2026-12-07 09:30" in the company's time zone. */
  function dateTime(iso) {
    if (!iso) {
      return '—';
    }
    var p = parts(new Date(iso));
    return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
  }

  // The header of every phone page (/m/…): the unread badge, live, and signing out --------------------------

  function header() {
    if (global.location.pathname.indexOf('/m/') !== 0) {
      return;
    }
    var bar = document.querySelector('header');
    if (!bar || bar.querySelector('.tools')) {
      return;
    }
    var tools = document.createElement('span');
    tools.className = 'tools';
    tools.innerHTML = '<a class="nav inbox" href="/inbox">消息 <span class="badge unread" id="inbox-badge" hidden>0</span></a>'
      + '<button type="button" class="sign-out" id="sign-out">退出</button>';
    bar.appendChild(tools);
    tools.querySelector('.sign-out').addEventListener('click', signOut);
    var badge = tools.querySelector('#inbox-badge');
    function show(data) {
      var count = (data && data.unread) || 0;
      badge.hidden = !count;
      badge.textContent = count > 99 ? '99+' : String(count);
      badge.setAttribute('data-unread', String(count));
    }
    live('inbox-unread', show);
    live('inbox-message', show);
    whoAmI().catch(function () {});
  }

  /** Signs out (a POST with the CSRF token, as Spring Security wants) and shows the sign-in page. */
  function signOut() {
    return fetch('/logout', { method: 'POST', credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': cookie('XSRF-TOKEN') || '' } })
      .then(function () { global.location.href = '/login.html?logout'; });
  }

  /**
   * Links marked data-guarded start hidden and are shown only if the server says the user may open their page
   * (factory users never see 我的审批, which is for staff).
   */
  function showOpenLinks() {
    var links = Array.prototype.slice.call(document.querySelectorAll('a[data-guarded]'));
    if (!links.length) {
      return Promise.resolve();
    }
    var query = links.map(function (a) { return 'path=' + encodeURIComponent(new URL(a.href).pathname); }).join('&');
    return api('GET', '/api/me/pages?' + query).then(function (open) {
      links.forEach(function (a) { a.hidden = open.indexOf(new URL(a.href).pathname) < 0; });
    }, function () {});
  }

  function ready() {
    header();
    showOpenLinks();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }

  global.addEventListener('online', function () { flush().catch(function () {}); });
  setInterval(function () {
    if (global.navigator.onLine) {
      flush().catch(function () {});
    }
  }, RETRY_MS);

  global.Threadline = {
    currentParty: currentParty,
    api: api,
    submit: submit,
    flush: flush,
    queued: queued,
    announce: announce,
    Refused: Refused,
    today: today,
    daysBetween: daysBetween,
    escapeHtml: escapeHtml,
    toast: toast,
    outcome: outcome,
    guardSubmit: guardSubmit,
    startPage: startPage,
    signOut: signOut,
    live: live,
    whoAmI: whoAmI,
    dateTime: dateTime
  };
})(window);
