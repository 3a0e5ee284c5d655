// The rule-health page (GM): each decision table's rules with their matches in the 30 days up to a day, the chart
// of rules never and always matched, the monitors' firings; a day after today is refused beside its field.
import { api, baseUrl, check, deskPage, isoDate, scenario } from './harness.mjs';

const GM = 'tgm';
const PASSWORD = 'test';

await scenario('the GM reads the health of the decision rules and monitors', async (browser) => {
  const { page } = await deskPage(browser, GM, PASSWORD);
  // a window that has ended, so the figures cannot move while the page and the API are read
  const to = isoDate(-1);
  const report = await api('GET', `/api/rule-health?to=${to}`);
  await page.goto(baseUrl + `/rule-health?to=${to}`);
  await page.waitForSelector('body[data-loaded=true]');

  check(await page.locator('#decisions .decision').count() === report.decisions.length,
    `one card per decision table (${report.decisions.length})`);
  const evaluations = report.decisions.reduce((sum, d) => sum + d.evaluations, 0);
  check(await page.textContent('#summary-evaluations') === String(evaluations),
    `the evaluations in the window are summed (${evaluations})`);
  const neverHit = report.decisions.reduce((sum, d) => sum + d.rules.filter((r) => r.neverHit).length, 0);
  check(await page.textContent('#summary-neverHit') === String(neverHit), `rules never hit: ${neverHit}`);

  const grading = report.decisions.find((d) => d.name === '异常分级');
  const card = page.locator('#decisions .decision[data-decision-name="异常分级"]');
  check((await card.locator('.evaluations').textContent()) === `评估 ${grading.evaluations} 次`,
    'the grading table is named in Chinese with its evaluations');
  const catchAll = card.locator('tr[data-rule="Rule_AnyOtherException"]');
  check((await catchAll.textContent()).includes('兜底：其他类型或缺少天数的异常按 P2 处理。'),
    'the catch-all rule shows its Chinese annotation');
  check((await catchAll.locator('.badge').allTextContents()).includes('兜底'), 'and is marked as the catch-all');
  check((await catchAll.locator('td.hits').textContent()) === String(grading.rules[25].hits), 'with its matches');
  check(await page.locator('#overview-chart canvas').count() > 0, 'the overview chart is drawn');
  check(await page.locator('#monitors tbody tr').count() === report.monitors.length, 'every monitor is listed');
  check((await page.textContent('#monitors')).includes('交期延误'), 'monitors by their Chinese names');

  await page.fill('#to', isoDate(3));
  // Enter takes the typed date and closes the date picker, which could otherwise cover the button
  await page.press('#to', 'Enter');
  await page.click('#window button');
  await page.waitForSelector('#to.is-invalid');
  check((await page.textContent('#window')).includes('不能晚于今天'), 'a day after today is refused beside 截至');
});
