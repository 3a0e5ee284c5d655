/* The buyer's progress page: sign in with a one-time code (or arrive from a share link), then each order's
   buyer-facing steps with planned and forecast dates and the photos the company shared, in English or Chinese.
   Orders come a page at a time (newest due date first); "More orders" asks for the next page. */
(function () {
  'use strict';
  var TEXTS = {
    en: { title: 'Order progress', signOut: 'Sign out', contactLabel: 'Your phone number or email',
      sendCode: 'Send me a code', codeLabel: 'Code', signIn: 'Sign in', again: 'Use another phone or email',
      codeSent: 'If this phone number or email is registered with us, a 6-digit code is on its way. '
        + 'It is valid for 5 minutes.',
      linkEnded: 'This link has expired or been used up. Sign in with a code.',
      footer: 'Dates are planned by our team and updated as production moves.',
      wrongCode: 'The code is wrong, used or expired. Ask for a new one if needed.',
      tooMany: 'Too many attempts. Please wait a few minutes.', failed: 'Something went wrong. Please try again.',
      noOrders: 'No orders to show.', pieces: 'pcs', due: 'Due', forecast: 'Forecast', planned: 'Planned',
      done: 'Done', shared: 'You are viewing one order from a shared link.', photos: 'Photos',
      more: 'More orders', close: 'Close',
      ON_TIME: 'On time', AT_RISK: 'At risk', LATE: 'Late', DONE: 'Done' },
    zh: { title: '订单进度', signOut: '退出', contactLabel: '您的手机号或邮箱', sendCode: '发送验证码',
      codeLabel: '验证码', signIn: '登录', again: '换一个手机号或邮箱',
      codeSent: '如果这个手机号或邮箱已在我们这里登记，6 位验证码正在发送，5 分钟内有效。',
      linkEnded: '这个链接已过期或已用完，请用验证码登录。', footer: '日期由我们的团队排定，随生产进展更新。',
      wrongCode: '验证码不对、已用过或已过期，需要时请重新获取。', tooMany: '尝试次数太多，请几分钟后再试。',
      failed: '出错了，请重试。', noOrders: '没有可显示的订单。', pieces: '件', due: '交期', forecast: '预计',
      planned: '计划', done: '完成', shared: '您正通过分享链接查看一个订单。', photos: '照片', more: '更多订单',
      close: '关闭',
      ON_TIME: '按时', AT_RISK: '有风险', LATE: '延误', DONE: '已完成' }
  };
  var lang = localStorage.getItem('tl-buyer-lang')
    || ((navigator.language || 'en').toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en');
  var data = null;
  var contact = '';
  var $ = function (id) { return document.getElementById(id); };

  function t(key) { return TEXTS[lang][key]; }

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + ' · Threadline';
    $('lang').textContent = lang === 'zh' ? 'English' : '中文';
    document.querySelectorAll('[data-t]').forEach(function (el) { el.textContent = t(el.getAttribute('data-t')); });
    if (data) {
      render();
    }
  }

  function call(method, url, body) {
    return fetch(url, { method: method, credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json', 'Accept': 'application/json' } : { 'Accept': 'application/json' },
      body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.text().then(function (text) {
        return { status: response.status, body: text ? JSON.parse(text) : null };
      });
    });
  }

  function showError(key) {
    $('error').textContent = key ? t(key) : '';
    $('error').hidden = !key;
  }

  function showSignIn() {
    data = null;
    $('orders').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    document.body.setAttribute('data-state', 'sign-in');
  }

  function load(page) {
    return call('GET', '/api/buyer/orders?page=' + (page || 0)).then(function (answer) {
      if (answer.status !== 200) {
        showSignIn();
        return;
      }
      if (page) {
        data.orders = data.orders.concat(answer.body.orders);
        data.more = answer.body.more;
        data.page = page;
      } else {
        data = answer.body;
        data.page = 0;
      }
      $('sign-in').hidden = true;
      $('link-ended').hidden = true;
      $('sign-out').hidden = false;
      render();
    });
  }

  function stepName(step) { return lang === 'zh' ? step.nameZh : step.nameEn; }

  function render() {
    var html = data.sharedOrder ? '<p class="hint">' + esc(t('shared')) + '</p>' : '';
    if (!data.orders.length) {
      html += '<p>' + esc(t('noOrders')) + '</p>';
    }
    data.orders.forEach(function (order) {
      html += '<article class="order" data-order="' + esc(order.orderNo) + '"><h2><span>' + esc(order.orderNo)
        + '</span><span class="badge ' + order.status + '">' + esc(t(order.status)) + '</span></h2>'
        + '<div class="meta">' + esc(order.style) + ' · ' + order.quantity + ' ' + esc(t('pieces')) + ' · '
        + esc(t('due')) + ' ' + esc(order.dueDate)
        + (order.forecastDate ? ' · ' + esc(t('forecast')) + ' ' + esc(order.forecastDate) : '') + '</div>'
        + '<ol class="timeline">';
      order.steps.forEach(function (step) {
        var when = step.actualDate ? t('done') + ' ' + step.actualDate
          : t('planned') + ' ' + step.plannedDate + (step.forecastDate !== step.plannedDate
            ? ' · ' + t('forecast') + ' ' + step.forecastDate : '');
        html += '<li class="' + step.status + '" data-step="' + esc(step.code) + '"><div class="step"><span>'
          + esc(stepName(step)) + '</span><span class="badge ' + step.status + '">' + esc(t(step.status))
          + '</span></div><div class="dates">' + esc(when) + '</div></li>';
      });
      html += '</ol>';
      if (order.photos.length) {
        html += '<h3>' + esc(t('photos')) + '</h3><div class="photos">';
        order.photos.forEach(function (photo) {
          html += '<button type="button" class="photo" data-full="' + esc(photo.url) + '"><img src="'
            + esc(photo.thumbnailUrl) + '" alt="' + esc(t('photos')) + '" loading="lazy"></button>';
        });
        html += '</div>';
      }
      html += '</article>';
    });
    if (data.more) {
      html += '<button type="button" id="more" class="more">' + esc(t('more')) + '</button>';
    }
    $('orders').innerHTML = html;
    $('orders').hidden = false;
    document.body.setAttribute('data-state', 'orders');
  }

  $('orders').addEventListener('click', function (event) {
    var photo = event.target.closest('button.photo');
    if (photo) {
      $('viewer-image').src = photo.getAttribute('data-full');
      $('viewer').showModal();
    } else if (event.target.id === 'more') {
      event.target.disabled = true;
      load(data.page + 1);
    }
  });

  $('viewer').addEventListener('click', function () {
    $('viewer').close();
  });

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('tl-buyer-lang', lang);
    applyLanguage();
  });

  $('ask-code').addEventListener('submit', function (event) {
    event.preventDefault();
    contact = $('contact').value.trim();
    if (!contact) {
      return;
    }
    call('POST', '/api/buyer/code', { contact: contact }).then(function (answer) {
      if (answer.status === 202) {
        showError(null);
        $('ask-code').hidden = true;
        $('enter-code').hidden = false;
        $('code').focus();
      } else {
        showError(answer.status === 429 ? 'tooMany' : 'failed');
      }
    });
  });

  $('enter-code').addEventListener('submit', function (event) {
    event.preventDefault();
    call('POST', '/api/buyer/session', { contact: contact, code: $('code').value.trim() }).then(function (answer) {
      if (answer.status === 204) {
        showError(null);
        $('code').value = '';
        return load();
      }
      showError(answer.status === 429 ? 'tooMany' : answer.status === 401 || answer.status === 400
        ? 'wrongCode' : 'failed');
    });
  });

  $('again').addEventListener('click', function () {
    $('enter-code').hidden = true;
    $('ask-code').hidden = false;
    showError(null);
  });

  $('sign-out').addEventListener('click', function () {
    call('DELETE', '/api/buyer/session').then(function () {
      $('enter-code').hidden = true;
      $('ask-code').hidden = false;
      showSignIn();
    });
  });

  $('link-ended').hidden = new URLSearchParams(location.search).get('link') !== 'ended';
  applyLanguage();
  load();
}());
