/*
 * A T&A plan as table rows grouped by stage: the stages in the order the template reaches them, each stage's
 * milestones in template order under one header (sorting by date would repeat the headers). Shared by the new
 * order's preview and the order page.
 */
(function (global) {
  'use strict';
  var D = global.Desk;

  /** The milestones (in template order) grouped by stage, stages in the order they first appear. */
  function byStage(milestones) {
    var groups = [];
    var index = {};
    milestones.forEach(function (m) {
      if (!(m.stage in index)) {
        index[m.stage] = groups.length;
        groups.push({ stage: m.stage, milestones: [] });
      }
      groups[index[m.stage]].milestones.push(m);
    });
    return groups;
  }

  /** The slip of a milestone as a badge: late in red, early in green, on plan empty. */
  function slip(days) {
    if (days > 0) {
      return '<span class="badge text-bg-danger">' + D.escapeHtml(D.t('js.plan.late', days)) + '</span>';
    }
    return days < 0 ? '<span class="badge text-bg-success">' + D.escapeHtml(D.t('js.plan.early', -days)) + '</span>' : '';
  }

  /**
   * Rows for a tbody: cells(m) returns the row's cells after the milestone's name and owner; columns is how many
   * cells a row has in all (for the stage header).
   */
  function rows(milestones, columns, cells) {
    return byStage(milestones).map(function (group) {
      return '<tr class="table-light stage-header" data-stage="' + D.escapeHtml(group.stage) + '"><th colspan="'
        + columns + '">' + D.escapeHtml(D.label('Stage', group.stage)) + '</th></tr>'
        + group.milestones.map(function (m) {
          return '<tr data-code="' + D.escapeHtml(m.code) + '"' + (m.done ? ' class="text-secondary done"' : '') + '>'
            + '<td>' + D.escapeHtml(m.nameZh) + '</td><td>' + D.escapeHtml(D.label('Role', m.ownerRole)) + '</td>'
            + cells(m) + '</tr>';
        }).join('');
    }).join('');
  }

  global.PlanTable = { byStage: byStage, rows: rows, slip: slip };
})(window);
