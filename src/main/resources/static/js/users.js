/* The administrator's user list: create a user (staff with roles, or a factory's or supplier's person), change roles,
   disable, reset a password. Calls go through the phone pages' Threadline.api, as the page did before the desk's layout. */
  (function () {
    var T = window.Threadline;
    var e = T.escapeHtml;
    var ROLES = { gm: '总经理', businessOwner: '业务负责人', merchandiser: '跟单员', purchaser: '采购', planner: '生产计划员',
      tech: '技术部', qc: '质检', admin: '系统管理员' };
    var PARTNER_ROLES = { factory: '加工厂', supplier: '供应商' };
    var users = {};
    var EVENTS = { FAILED: '登录失败', LOCKED: '已锁定', REFUSED: '锁定期间拒绝登录', UNLOCKED: '管理员解锁' };

    function time(iso) {
      return iso ? window.Desk.dateTime(iso) : '—';
    }

    document.getElementById('roles').insertAdjacentHTML('beforeend', Object.keys(ROLES).map(function (id) {
      return '<label class="inline"><input type="checkbox" name="role" value="' + id + '"> ' + ROLES[id] + '</label>';
    }).join(''));

    function problem(error) {
      return error.message || String(error);
    }

    function roleBoxes(user) {
      if (user.organisationKind !== 'COMPANY') {
        return user.roles.map(function (r) { return PARTNER_ROLES[r] || e(r); }).join('、');
      }
      return Object.keys(ROLES).map(function (id) {
        return '<label class="inline"><input type="checkbox" data-role="' + id + '"' + (user.roles.indexOf(id) >= 0 ? ' checked' : '')
          + '> ' + ROLES[id] + '</label>';
      }).join(' ');
    }

    function row(user) {
      var party = user.organisationKind === 'COMPANY' ? '本公司'
        : e(user.organisationName) + ' <span class="muted">' + e(user.factoryCode || user.supplierCode || '') + '</span>';
      return '<tr data-login="' + e(user.login) + '"><td>' + e(user.login) + '</td>'
        + '<td><input class="name" value="' + e(user.displayName) + '" size="10"></td><td>' + party + '</td>'
        + '<td class="roles">' + roleBoxes(user) + '</td>'
        + '<td><label class="inline"><input type="checkbox" class="enabled"' + (user.enabled ? ' checked' : '') + '> 启用</label>'
        + (user.lockedUntil ? ' <span class="badge text-bg-danger locked">已锁定至 ' + e(time(user.lockedUntil)) + '</span>' : '')
        + (user.mustChangePassword ? ' <span class="badge text-bg-warning">待改初始密码</span>' : '') + '</td>'
        + '<td><button type="button" class="save">保存</button> <button type="button" class="reset">重置密码</button>'
        + ' <span class="result muted"></span></td></tr>';
    }

    function lockRow(lock) {
      var who = lock.kind === 'LOGIN'
        ? '登录名 ' + e(lock.subject) + (users[lock.subject] ? '（' + e(users[lock.subject].displayName) + '）' : '')
        : '地址 ' + e(lock.subject);
      return '<tr data-lock="' + lock.id + '" data-subject="' + e(lock.subject) + '"><td>' + who + '</td><td>' + lock.failures
        + '</td><td>' + e(time(lock.lockedUntil)) + '</td><td><button type="button" class="btn btn-sm btn-outline-primary unlock">解锁</button></td></tr>';
    }

    function eventRow(event) {
      return '<tr><td>' + e(time(event.at)) + '</td><td>' + e(EVENTS[event.event] || '') + '</td><td>' + e(event.login || '—')
        + '</td><td>' + e(event.address || '—') + '</td><td>' + e(event.doneBy ? (users[event.doneBy] || {}).displayName || event.doneBy : '—') + '</td></tr>';
    }

    function loadLocks() {
      return Promise.all([T.api('GET', '/api/users/sign-in-locks'), T.api('GET', '/api/users/sign-in-events?size=50')])
        .then(function (results) {
          document.getElementById('locks').innerHTML = results[0].length ? results[0].map(lockRow).join('')
            : '<tr><td colspan="4" class="empty">当前没有锁定</td></tr>';
          document.getElementById('events').innerHTML = results[1].length ? results[1].map(eventRow).join('')
            : '<tr><td colspan="5" class="empty">暂无记录</td></tr>';
        });
    }

    document.getElementById('locks').addEventListener('click', function (event) {
      var tr = event.target.closest('tr[data-lock]');
      if (tr && event.target.classList.contains('unlock')) {
        T.api('DELETE', '/api/users/sign-in-locks/' + tr.getAttribute('data-lock'))
          .then(function () { return load(); }, function (error) { document.getElementById('lockResult').textContent = '未能解锁：' + problem(error); });
      }
    });

    function load() {
      return T.api('GET', '/api/users').then(function (list) {
        users = {};
        list.forEach(function (u) { users[u.login] = u; });
        document.getElementById('users').innerHTML = list.map(row).join('');
        return loadLocks();
      }).then(function () {
        document.body.setAttribute('data-loaded', 'true');
      }, function (error) {
        document.getElementById('users').innerHTML = '<tr><td colspan="6" class="empty">加载失败：' + e(problem(error)) + '</td></tr>';
      });
    }

    document.getElementById('users').addEventListener('click', function (event) {
      var tr = event.target.closest('tr[data-login]');
      if (!tr) {
        return;
      }
      var login = tr.getAttribute('data-login');
      var result = tr.querySelector('.result');
      if (event.target.classList.contains('save')) {
        var user = users[login];
        var roles = user.organisationKind === 'COMPANY'
          ? Array.prototype.map.call(tr.querySelectorAll('input[data-role]:checked'), function (box) { return box.getAttribute('data-role'); })
          : user.roles;
        T.api('PUT', '/api/users/' + encodeURIComponent(login), { displayName: tr.querySelector('.name').value, roles: roles,
          enabled: tr.querySelector('.enabled').checked })
          .then(function (saved) { users[login] = saved; result.textContent = '已保存'; },
            function (error) { result.textContent = problem(error); });
      } else if (event.target.classList.contains('reset')) {
        var password = window.prompt('为 ' + login + ' 设置新密码（至少 8 位）');
        if (password) {
          T.api('POST', '/api/users/' + encodeURIComponent(login) + '/password', { password: password })
            .then(function () { result.textContent = '密码已重置'; }, function (error) { result.textContent = problem(error); });
        }
      }
    });

    document.getElementById('create').onsubmit = function (event) {
      event.preventDefault();
      var form = event.target;
      var body = { login: form.login.value, displayName: form.displayName.value, password: form.password.value, roles: [] };
      if (form.party.value) {
        body[form.party.value + 'Code'] = form.code.value;
      } else {
        body.roles = Array.prototype.map.call(form.querySelectorAll('input[name=role]:checked'), function (box) { return box.value; });
      }
      T.api('POST', '/api/users', body).then(function (user) {
        document.getElementById('createResult').textContent = '已创建 ' + user.login;
        form.reset();
        return load();
      }, function (error) {
        document.getElementById('createResult').textContent = '未创建：' + problem(error);
      });
    };

    var settings = document.getElementById('settings');
    T.api('GET', '/api/company-settings').then(function (current) {
      settings.customerNameToPartners.checked = current.customerNameToPartners;
    });
    settings.onsubmit = function (event) {
      event.preventDefault();
      T.api('PUT', '/api/company-settings', { customerNameToPartners: settings.customerNameToPartners.checked })
        .then(function (saved) {
          document.getElementById('settingsResult').textContent = saved.customerNameToPartners
            ? '已保存：加工厂和供应商可以看到客户名称' : '已保存：客户名称对加工厂和供应商隐藏';
        }, function (error) { document.getElementById('settingsResult').textContent = '未保存：' + problem(error); });
    };

    load();
  })();
