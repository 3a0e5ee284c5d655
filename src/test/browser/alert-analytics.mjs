// The alert-analytics page (GM): interruptions per person in working, off and sleep hours, calls and texts, and the
// share of alerts confirmed within their deadline by grade, for a period; a period that ends before it starts is
// refused beside its field.
import {
  api, baseUrl, check, deskPage, exceptionOf, factoryWithOrders, isoDate, notify, scenario,
} from './harness.mjs';

const GM = 'tgm';
const PASSWORD = 'test';

async function figures(page) {
  return {
    interruptions: await page.textContent('#summary-interruptions'),
    sleep: await page.textContent('#summary-sleep'),
    voice: await page.textContent('#summary-voice'),
  };
}

function sum(report, field) {
  return String(report.people.reduce((total, p) => total + p[field], 0));
}

await scenario('the GM reads who was interrupted when', async (browser) => {
  const { page } = await deskPage(browser, GM, PASSWORD);
  const from = isoDate(-56);
  const to = isoDate(-1);
  const report = await api('GET', `/api/alert-analytics?from=${from}&to=${to}`);
  await page.goto(baseUrl + `/alert-analytics?from=${from}&to=${to}`);
  await page.waitForSelector('body[data-loaded=true]');

  const shown = await figures(page);
  check(shown.interruptions === sum(report, 'total'), `interruptions in the period: ${shown.interruptions}`);
  check(shown.sleep === sum(report, 'sleep'), `in sleep hours: ${shown.sleep}`);
  check(shown.voice === sum(report, 'voiceCalls'), `voice calls: ${shown.voice}`);
  check((await page.textContent('#hint')).includes('睡眠时段 22:00-07:00'), 'the sleep hours are named');
  for (const grade of report.grades) {
    const row = page.locator(`#grades tr[data-grade=${grade.grade}]`);
    const cells = await row.locator('td').allTextContents();
    check(cells[1] === String(grade.alerts), `${grade.grade}: ${grade.alerts} alerts`);
    if (grade.share === null || grade.share === undefined) {
      check(cells[4] === '不设时限' || grade.withDeadline === 0, `${grade.grade}: no share without a settled deadline`);
    }
  }
  check(await page.locator('#people-chart canvas').count() > 0 && await page.locator('#grades-chart canvas').count() > 0,
    'the charts are drawn');
  check(await page.locator('#people .tabulator-row').count() === Math.min(20, report.people.length),
    'one row per person interrupted (first page)');

  await page.fill('#from', isoDate(-1));
  await page.fill('#to', isoDate(-8));
  // Enter takes the typed date and closes the date picker, which would otherwise cover the button
  await page.press('#to', 'Enter');
  await page.click('#period button');
  await page.waitForSelector('#from.is-invalid');
  check((await page.textContent('#period')).includes('不能晚于结束日期'), 'a period that ends before it starts is refused');

  await page.fill('#from', isoDate(-7));
  await page.fill('#to', isoDate(-1));
  await page.press('#to', 'Enter');
  await page.click('#period button');
  await page.waitForFunction((f) => document.body.getAttribute('data-loaded') === 'true'
    && location.search.includes('from=' + f), isoDate(-7));
  const week = await api('GET', `/api/alert-analytics?from=${isoDate(-7)}&to=${isoDate(-1)}`);
  check(await page.textContent('#summary-interruptions') === sum(week, 'total'), 'the last week is shown on request');

  // an alert raised and confirmed now counts in its grade over the default period (the last 13 weeks up to today)
  const before = await api('GET', '/api/alert-analytics');
  const { orders } = await factoryWithOrders(1);
  await api('POST', `/api/orders/${orders[0]}/materials/1/shipment`, { shippedDate: isoDate(0), carrier: '顺丰',
    trackingNo: 'SF1234567890', eta: isoDate(85), reportedBy: '何经理', source: 'MANUAL' });
  const exception = await exceptionOf(orders[0], 'MATERIAL_DELAY');
  await notify(exception.id);
  await api('POST', `/api/exceptions/${exception.id}/confirm`, { note: '告警分析浏览器测试' });
  const after = await api('GET', '/api/alert-analytics');
  const grade = (await api('GET', `/api/exceptions/${exception.id}`)).summary.priority;
  const was = before.grades.find((g) => g.grade === grade);
  const raised = after.grades.find((g) => g.grade === grade);
  check(raised.alerts > was.alerts && raised.confirmedInTime === was.confirmedInTime + 1,
    `the ${grade} alert confirmed at once counts as confirmed in time`);
  await page.goto(baseUrl + '/alert-analytics');
  await page.waitForSelector('body[data-loaded=true]');
  const cells = await page.locator(`#grades tr[data-grade=${raised.grade}] td`).allTextContents();
  check(cells[1] === String(raised.alerts) && cells[3] === String(raised.confirmedInTime),
    `${raised.grade}: ${raised.alerts} alerts, ${raised.confirmedInTime} confirmed in time on the page`);
});
