/* Share links on the order page: a merchandiser makes a link that opens this order's buyer page without a code
   for some hours and visits, sees the links made so far, and revokes one. Stands alone: it adds its own panel
   (into #share-links when the page has one) and needs no other script. */
(function () {
  'use strict';
  var orderNo = decodeURIComponent(location.pathname.split('/').pop());
  var base = '/api/orders/' + encodeURIComponent(orderNo) + '/share-links';
  var panel = document.getElementById('share-links');
  if (!panel) {
    panel = document.createElement('section');
    panel.className = 'panel';
    panel.id = 'share-links';
    (document.querySelector('main') || document.body).appendChild(panel);
  }
  panel.innerHTML = '<h6 class="mb-1">买家分享链接</h6>'
    + '<p class="small text-muted mb-2">链接打开这个订单的买家进度页（只有买家可见的节点和日期，没有价格、工厂和异常），'
    + '在有效期和访问次数内无需验证码；之后买家需要用验证码登录。</p>'
    + '<form class="row g-2 align-items-center mb-2" id="share-link-form">'
    + '<div class="col-auto"><div class="input-group input-group-sm"><span class="input-group-text">有效</span>'
    + '<input class="form-control" name="hours" type="number" min="1" max="720" value="72" style="width:5.5em">'
    + '<span class="input-group-text">小时</span></div></div>'
    + '<div class="col-auto"><div class="input-group input-group-sm"><span class="input-group-text">最多打开</span>'
    + '<input class="form-control" name="visits" type="number" min="1" max="100" value="10" style="width:5em">'
    + '<span class="input-group-text">次</span></div></div>'
    + '<div class="col-auto"><button class="btn btn-sm btn-outline-primary" type="submit" id="share-link-create">'
    + '<i class="bi bi-link-45deg"></i> 生成链接</button></div></form>'
    + '<div class="input-group input-group-sm mb-2" id="share-link-new" hidden>'
    + '<span class="input-group-text">新链接（只显示这一次，请复制发给买家）</span>'
    + '<input class="form-control" id="share-link-url" readonly>'
    + '<button class="btn btn-outline-secondary" type="button" id="share-link-copy">复制</button></div>'
    + '<div class="alert alert-danger py-1 small" id="share-link-error" hidden></div>'
    + '<table class="table table-sm small mb-0"><thead><tr><th>生成时间</th><th>生成人</th><th>有效至</th><th>已打开</th>'
    + '<th>状态</th><th></th></tr></thead><tbody id="share-link-list"></tbody></table>';

  function token() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function call(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin', headers: { 'Accept': 'application/json',
      'Content-Type': 'application/json', 'X-XSRF-TOKEN': token(), 'X-Client': 'pc-web' },
      body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.text().then(function (text) {
        var answer = text ? JSON.parse(text) : null;
        if (!response.ok) {
          throw answer || { detail: response.statusText };
        }
        return answer;
      });
    });
  }

  var time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  function when(iso) { return iso ? time.format(new Date(iso)).replace(/\//g, '-') : ''; }
  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function state(link) {
    if (link.revokedAt) { return '已撤销'; }
    if (new Date(link.expiresAt) <= new Date()) { return '已过期'; }
    if (link.visits >= link.maxVisits) { return '次数已用完'; }
    return '有效';
  }

  function showError(problem) {
    var el = document.getElementById('share-link-error');
    el.textContent = problem ? '未能完成：' + (problem.detail || problem.title || '') : '';
    el.hidden = !problem;
  }

  function load() {
    return call('GET', base).then(function (links) {
      document.getElementById('share-link-list').innerHTML = links.map(function (link) {
        var live = state(link) === '有效';
        return '<tr data-link="' + link.id + '"><td>' + esc(when(link.createdAt)) + '</td><td>' + esc(link.createdBy)
          + '</td><td>' + esc(when(link.expiresAt)) + '</td><td>' + link.visits + ' / ' + link.maxVisits + '</td><td>'
          + esc(state(link)) + '</td><td>' + (live ? '<button class="btn btn-sm btn-outline-danger py-0" type="button" data-revoke="' + link.id + '">撤销</button>'
          : '') + '</td></tr>';
      }).join('') || '<tr><td colspan="6" class="text-muted">还没有分享链接</td></tr>';
      panel.setAttribute('data-loaded', 'true');
    }, showError);
  }

  document.getElementById('share-link-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    call('POST', base, { hours: Number(form.elements.hours.value), visits: Number(form.elements.visits.value) })
      .then(function (link) {
        showError(null);
        document.getElementById('share-link-url').value = link.url;
        document.getElementById('share-link-new').hidden = false;
        return load();
      }, showError);
  });

  document.getElementById('share-link-copy').addEventListener('click', function () {
    var input = document.getElementById('share-link-url');
    input.select();
    if (navigator.clipboard) {
      navigator.clipboard.writeText(input.value);
    }
  });

  document.getElementById('share-link-list').addEventListener('click', function (event) {
    var id = event.target.getAttribute('data-revoke');
    if (id) {
      call('POST', base + '/' + id + '/revoke').then(load, showError);
    }
  });

  load();
}());
