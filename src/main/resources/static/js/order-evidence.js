// The order page's evidence files: who sent each, whom staff shared it with, and a 共享 button that shows it to
// another party of the order (its factory, a supplier of its lines) or takes it back; a merchandiser or the
// administrator can also show a photo to the order's buyer on the buyer page (/buyer).
(function () {
  var T = window.Threadline;
  var e = T.escapeHtml;
  var orderNo = decodeURIComponent(location.pathname.split('/').pop());
  var list = document.getElementById('evidence');
  var buyerShare = list.getAttribute('data-buyer-share') === 'true';
  var files = {};
  var KIND = { FACTORY: '加工厂', SUPPLIER: '供应商' };
  var PURPOSE = { OUTPUT: '生产日报', MILESTONE: '节点完成', SHIPMENT: '发货', STOCKING: '备料', QC_REPORT: '质检报告',
    ACTION: '异常处理' };

  function time(iso) {
    return iso ? window.Desk.dateTime(iso) : '—';
  }

  function party(p) {
    return p.kind === 'COMPANY' ? '本公司' : KIND[p.kind] + ' ' + (p.name || p.code || '');
  }

  function sharedText(file) {
    var names = file.sharedWith.map(function (p) { return e(party(p)); });
    if (file.sharedWithBuyer) {
      names.push('买家页面');
    }
    return names.length ? names.join('、') : '—';
  }

  function row(file) {
    files[file.id] = file;
    var preview = file.thumbnailUrl ? '<img src="' + e(file.thumbnailUrl) + '" alt="" height="48">' : e(file.originalName || '文件');
    return '<tr data-evidence="' + file.id + '"><td><a href="' + e(file.url) + '" target="_blank" rel="noopener">' + preview + '</a></td>'
      + '<td>' + e(PURPOSE[file.purpose] || '') + '</td><td>' + e(party(file.owner)) + '</td><td>' + e(file.uploadedBy)
      + '</td><td>' + e(time(file.uploadedAt)) + '</td><td class="shared">' + sharedText(file) + '</td><td><button type="button" class="share">共享…</button></td></tr>';
  }

  function load() {
    return T.api('GET', '/api/evidence?orderNo=' + encodeURIComponent(orderNo)).then(function (files) {
      list.innerHTML = files.length ? files.map(row).join('')
        : '<tr><td colspan="7" class="empty">还没有照片、视频或质检报告</td></tr>';
      list.setAttribute('data-loaded', 'true');
    }, function (error) {
      list.innerHTML = '<tr><td colspan="7" class="empty">加载失败：' + e(error.message) + '</td></tr>';
    });
  }

  function choices(tr) {
    var id = tr.getAttribute('data-evidence');
    return T.api('GET', '/api/evidence/' + id + '/shares').then(function (parties) {
      var open = tr.nextElementSibling && tr.nextElementSibling.classList.contains('share-choices');
      if (open) {
        tr.nextElementSibling.remove();
        return;
      }
      tr.insertAdjacentHTML('afterend', '<tr class="share-choices" data-for="' + id + '"><td colspan="7">共享给：'
        + parties.map(function (c) {
          return '<label class="inline"><input type="checkbox" data-kind="' + c.party.kind.toLowerCase() + '" data-code="'
            + e(c.party.code) + '"' + (c.shared ? ' checked' : '') + '> ' + e(party(c.party)) + '</label>';
        }).join(' ') + buyerChoice(files[id]) + ' <span class="result muted"></span></td></tr>');
    });
  }

  function buyerChoice(file) {
    if (!buyerShare || !file || file.mediaType.indexOf('image/') !== 0) {
      return '';
    }
    return ' <label class="inline"><input type="checkbox" data-buyer' + (file.sharedWithBuyer ? ' checked' : '')
      + '> 买家（在买家页面显示这张照片）</label>';
  }

  list.addEventListener('click', function (event) {
    var tr = event.target.closest('tr[data-evidence]');
    if (tr && event.target.classList.contains('share')) {
      choices(tr);
    }
  });

  list.addEventListener('change', function (event) {
    var box = event.target;
    var choicesRow = box.closest('tr.share-choices');
    if (!choicesRow || !(box.hasAttribute('data-kind') || box.hasAttribute('data-buyer'))) {
      return;
    }
    var url = '/api/evidence/' + choicesRow.getAttribute('data-for') + (box.hasAttribute('data-buyer') ? '/buyer'
      : '/shares/' + box.getAttribute('data-kind') + '/' + encodeURIComponent(box.getAttribute('data-code')));
    T.api(box.checked ? 'PUT' : 'DELETE', url).then(function (file) {
      files[file.id] = file;
      var tr = list.querySelector('tr[data-evidence="' + file.id + '"]');
      tr.querySelector('.shared').innerHTML = sharedText(file);
      choicesRow.querySelector('.result').textContent = box.checked ? '已共享' : '已取消共享';
    }, function (error) {
      box.checked = !box.checked;
      choicesRow.querySelector('.result').textContent = '未能保存：' + error.message;
    });
  });

  load();
})();
