// Tasklist as a merchandiser: a new order's first task, opened from the 我的待办 filter, names the order and its
// customer; the overdue filter is there, and no Camunda 8 banner covers the page.
import { api, baseUrl, check, deskPage, factoryWithOrders, scenario, unique } from './harness.mjs';

await scenario('a Tasklist card shows its order number', async (browser) => {
  const login = unique('tl').replace(/-/g, '');
  const password = 'tasklist-pass-1';
  await api('POST', '/api/users', { login, displayName: '跟单 小陈', password, roles: ['merchandiser'] });
  const { orders } = await factoryWithOrders(1, login);
  const orderNo = orders[0];

  const [task] = await api('GET', `/engine-rest/task?processInstanceBusinessKey=${orderNo}`);
  const [myGroups] = await api('GET', `/engine-rest/filter?name=${encodeURIComponent('我的待办 (我的组)')}`);

  const { page } = await deskPage(browser, login, password);
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/#/?filter=${myGroups.id}&task=${task.id}`);
  const card = page.locator('h2.task', { hasText: orderNo }).first();
  await card.waitFor({ timeout: 60000 });
  const text = (await card.textContent()).replace(/\s+/g, ' ').trim();
  check(text.includes(`确认订单 · ${orderNo} · Nordic Outdoor AB`), 'the task names the order and customer: ' + text);
  if (process.env.TASKLIST_SHOT) {
    await page.screenshot({ path: process.env.TASKLIST_SHOT });
  }
  // Tasklist may draw its filter list after the task: wait for it before counting
  const overdue = page.locator('.task-filters .content .item', { hasText: '已逾期' });
  await overdue.first().waitFor();
  check(await overdue.count() === 1, 'the overdue filter is offered');
  check(!(await page.locator('.ce-eol-banner').isVisible()), 'no Camunda 8 migration banner');
});
