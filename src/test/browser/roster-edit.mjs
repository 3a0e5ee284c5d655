// The GM's duty roster page: who is on duty now per role; a rotation with a deputy is set, a leave with its deputy
// is entered (a wrong range is refused beside its field) and removed again. Signed in as the test GM.
import { api, baseUrl, check, deskPage, isoDate, scenario } from './harness.mjs';
import { pickExactly as pick } from './pickers.mjs';

const GM = 'tgm';
const PASSWORD = 'test';

function row(page, roleName) {
  return page.locator('#duty .tabulator-row', { hasText: roleName });
}

await scenario('the GM sets a rotation and a leave on the duty roster', async (browser) => {
  const { page } = await deskPage(browser, GM, PASSWORD);
  await page.goto(baseUrl + '/roster');
  await page.waitForSelector('body[data-loaded=true]');
  check(await row(page, '技术部').count() === 1, 'who is on duty now is listed per role');
  check((await row(page, '技术部').textContent()).includes('tech test'), 'tech is stood behind by its member');

  await page.selectOption('#rotation-role', 'tech');
  await pick(page, 'rotation-members', 'tech test');
  await pick(page, 'rotation-deputy', 'gm test');
  await page.fill('#rotation-shiftDays', '7');
  await page.click('#rotation button[type=submit]');
  await page.waitForFunction(() => Array.from(document.querySelectorAll('#duty .tabulator-row'))
    .some((r) => r.textContent.includes('技术部') && r.textContent.includes('每班 7 天')));
  const roster = await api('GET', '/api/roster');
  const tech = roster.roles.find((r) => r.role === 'tech');
  check(tech.basis === 'ROTATION' && tech.deputy && tech.deputy.userId === GM, 'the server stored the rotation and its deputy');
  check((await row(page, '技术部').textContent()).includes('轮值'), 'the basis is shown in Chinese');

  await pick(page, 'leave-userId', 'tech test');
  await pick(page, 'leave-deputy', 'qc test');
  await page.fill('#leave-from', isoDate(0));
  await page.fill('#leave-to', isoDate(-1));
  await page.fill('#leave-reason', '年假');
  await page.click('#leave button[type=submit]');
  await page.waitForSelector('#leave [data-field=to] .invalid-feedback, #leave [data-field=to].is-invalid, #leave-to.is-invalid');
  check(true, 'a leave that ends before it starts is refused beside "到"');

  await page.fill('#leave-to', isoDate(0));
  await page.click('#leave button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#leaves .tabulator-row').length > 0
    && document.querySelector('#duty').textContent.includes('代 tech test'));
  check((await row(page, '技术部').textContent()).includes('qc test'), 'the deputy stands in for the one on leave today');
  const onLeave = (await api('GET', '/api/roster')).roles.find((r) => r.role === 'tech');
  check(onLeave.onDuty[0].userId === 'tqc' && onLeave.away[0].userId === 'ttech', 'the server resolves tech to the deputy');

  const leaves = (await api('GET', '/api/roster')).leaves.filter((l) => l.person.userId === 'ttech');
  // other tests' leaves may be listed too (the suite shares one server): remove this scenario's own
  await page.locator('#leaves .tabulator-row').filter({ hasText: '年假' }).filter({ hasText: 'tech test' })
    .locator('button').first().click();
  await page.waitForFunction(() => !document.querySelector('#duty').textContent.includes('代 tech test'));
  check((await api('GET', '/api/roster')).leaves.filter((l) => l.person.userId === 'ttech').length === leaves.length - 1,
    'the leave was removed');
  await api('DELETE', '/api/roster/rotations/tech');
});
