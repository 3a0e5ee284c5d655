/*
 * Colour × size matrices on Tabulator, for the desk (order entry, order page) and the factory phone page: colours
 * as rows in the order entered, sizes as columns in their natural order (XXS XS S M L XL XXL 3XL …, numbers by
 * value), totals per row and per column. Its few words are Chinese here because phone pages have no desk texts.
 */
(function (global) {
  'use strict';

  var LETTERS = ['XXXS', 'XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL', 'XXXL', '4XL', '5XL', '6XL'];
  var SAME = { '2XL': 'XXL', '3XL': 'XXXL', '2XS': 'XXS', '3XS': 'XXXS' };
  var MEASURES = [['ordered', '下单'], ['cut', '裁剪'], ['sewn', '缝制'], ['packed', '包装']];
  var TABLE_TEXTS = { 'zh-cn': { data: { loading: '加载中…', error: '出错了' } } };

  /** Same order as the server's SizeCell.SIZE_ORDER. */
  function rank(size) {
    var s = String(size).trim().toUpperCase();
    s = SAME[s] || s;
    var letter = LETTERS.indexOf(s);
    if (letter >= 0) {
      return [0, letter, s];
    }
    return /^\d{1,6}(\.\d{1,2})?$/.test(s) ? [1, Number(s), s] : [2, 0, s];
  }

  function compareSizes(a, b) {
    var x = rank(a);
    var y = rank(b);
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  }

  function key(text) {
    return String(text).trim().toUpperCase();
  }

  /** Colours may hold spaces ("藏青 Navy"): only commas and the like part them; sizes part at spaces too. */
  function words(text, spacesPart) {
    return String(text || '').split(spacesPart ? /[\s,，、;；]+/ : /[,，、;；\n]+/).map(function (w) { return w.trim(); })
      .filter(Boolean);
  }

  function number(value) {
    return value === null || value === undefined || value === '' ? 0 : Number(value) || 0;
  }

  function base(el, options) {
    return new global.Tabulator(el, Object.assign({
      layout: 'fitDataFill', locale: 'zh-cn', langs: TABLE_TEXTS, placeholder: '还没有颜色尺码',
      columnDefaults: { headerSort: false }
    }, options));
  }

  /**
   * A grid to type quantities into. options.lines: [{colour, size, quantity}] to start from; options.fixed: the
   * colours and sizes cannot change (a factory reports against the order's own); options.onChange(total) after
   * each edit. Returns {lines(), total(), addColours(text), addSizes(text), table}.
   */
  function entry(el, options) {
    options = options || {};
    var sizes = [];
    var fieldOf = {};
    var rows = [];
    var next = 0;
    var table;

    function addSize(size) {
      if (!Object.prototype.hasOwnProperty.call(fieldOf, key(size))) {
        fieldOf[key(size)] = 'q' + sizes.length;
        sizes.push(size);
      }
    }

    function rowFor(colour) {
      var found = rows.filter(function (r) { return key(r.colour) === key(colour); })[0];
      if (!found) {
        found = { id: ++next, colour: colour };
        rows.push(found);
      }
      return found;
    }

    (options.lines || []).forEach(function (line) {
      addSize(line.size);
      rowFor(line.colour)[fieldOf[key(line.size)]] = line.quantity;
    });
    (options.colours || []).forEach(rowFor);
    (options.sizes || []).forEach(addSize);

    function rowTotal(data) {
      return sizes.reduce(function (sum, size) { return sum + number(data[fieldOf[key(size)]]); }, 0);
    }

    function columns() {
      var cols = [{ title: '颜色', field: 'colour', frozen: true, minWidth: 110, editor: options.fixed ? false : 'input',
        bottomCalc: function () { return '合计'; } }];
      sizes.slice().sort(compareSizes).forEach(function (size) {
        cols.push({ title: size, field: fieldOf[key(size)], hozAlign: 'right', headerHozAlign: 'right', minWidth: 64, editor: 'number',
          editorParams: { min: 0, step: 1, selectContents: true }, bottomCalc: 'sum',
          headerMenu: options.fixed ? undefined : [{ label: '删除这个尺码', action: function (e, column) { removeSize(size); } }] });
      });
      cols.push({ title: '合计', field: 'total', hozAlign: 'right', headerHozAlign: 'right', minWidth: 70, cssClass: 'fw-semibold',
        formatter: function (cell) { return rowTotal(cell.getRow().getData()); },
        bottomCalc: function (values, data) { return data.reduce(function (sum, d) { return sum + rowTotal(d); }, 0); } });
      if (!options.fixed) {
        cols.push({ formatter: 'buttonCross', width: 40, hozAlign: 'center', title: '',
          cellClick: function (e, cell) { cell.getRow().delete().then(changed); } });
      }
      return cols;
    }

    function removeSize(size) {
      var field = fieldOf[key(size)];
      table.getData().forEach(function (d) { delete d[field]; });
      sizes = sizes.filter(function (s) { return key(s) !== key(size); });
      table.setColumns(columns());
      changed();
    }

    function changed() {
      table.getRows().forEach(function (row) { row.reformat(); });
      table.recalc();
      if (options.onChange) {
        options.onChange(total());
      }
    }

    function lines() {
      var result = [];
      table.getData().forEach(function (d) {
        sizes.slice().sort(compareSizes).forEach(function (size) {
          var q = d[fieldOf[key(size)]];
          if (q !== undefined && q !== null && q !== '' && Number(q) > 0) {
            result.push({ colour: String(d.colour || '').trim(), size: size, quantity: Number(q) });
          }
        });
      });
      return result;
    }

    function total() {
      return table.getData().reduce(function (sum, d) { return sum + rowTotal(d); }, 0);
    }

    table = base(el, { data: rows, columns: columns(), index: 'id' });
    table.on('cellEdited', changed);

    return {
      table: table,
      lines: lines,
      total: total,
      addColours: function (text) {
        var known = table.getData().map(function (d) { return key(d.colour); });
        words(text, false).forEach(function (colour) {
          if (known.indexOf(key(colour)) < 0) {
            known.push(key(colour));
            table.addRow({ id: ++next, colour: colour }, false);
          }
        });
      },
      addSizes: function (text) {
        words(text, true).forEach(addSize);
        table.setColumns(columns());
      }
    };
  }

  /**
   * The order's matrix as it stands (GET /api/orders/{no}/sizes): for each colour a row each for ordered, cut, sewn
   * and packed, a last group with the column totals, and a total per row.
   */
  function view(el, matrix) {
    var data = [];
    var id = 0;
    function add(group, measure, cells) {
      var row = { id: ++id, group: group, measure: measure[1], total: 0 };
      matrix.sizes.forEach(function (size, i) {
        var sum = cells.filter(function (c) { return key(c.size) === key(size); })
          .reduce(function (s, c) { return s + c[measure[0]]; }, 0);
        row['s' + i] = sum;
        row.total += sum;
      });
      data.push(row);
    }
    matrix.colours.forEach(function (colour) {
      var cells = matrix.cells.filter(function (c) { return c.colour === colour; });
      MEASURES.forEach(function (m) { add(colour, m, cells); });
    });
    MEASURES.forEach(function (m) { add('各尺码合计', m, matrix.cells); });
    var columns = [{ title: '', field: 'measure', frozen: true, minWidth: 70 }];
    matrix.sizes.forEach(function (size, i) {
      columns.push({ title: size, field: 's' + i, hozAlign: 'right', headerHozAlign: 'right', minWidth: 60 });
    });
    columns.push({ title: '合计', field: 'total', hozAlign: 'right', headerHozAlign: 'right', minWidth: 70, cssClass: 'fw-semibold' });
    return base(el, { data: data, columns: columns, groupBy: 'group', index: 'id',
      groupHeader: function (value) { return value; } });
  }

  /**
   * Wires the inputs of the size-adders fragment (ids prefixed with {@code prefix}) to the grid that grid() gives at
   * the time: a button or Enter adds what was typed.
   */
  function adders(prefix, grid) {
    [['add-colours', 'addColours'], ['add-sizes', 'addSizes']].forEach(function (pair) {
      var input = document.getElementById(prefix + pair[0]);
      function add() {
        grid()[pair[1]](input.value);
        input.value = '';
        input.focus();
      }
      document.getElementById(prefix + pair[0] + '-button').addEventListener('click', add);
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          event.preventDefault();
          add();
        }
      });
    });
  }

  global.SizeMatrix = { entry: entry, view: view, adders: adders };
})(window);
