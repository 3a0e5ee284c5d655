// Tasklist as a merchandiser: the card of a new order's first task names the order and its customer, the overdue
// filter is there, and no Camunda 8 banner covers the list.
import { api, baseUrl, check, deskPage, factoryWithOrders, scenario, unique } from './harness.mjs';

await scenario('a Tasklist card shows its order number', async (browser) => {
  const login = unique('tl').replace(/-/g, '');
  const password = 'tasklist-pass-1';
  await api('POST', '/api/users', { login, displayName: '跟单 小陈', password, roles: ['merchandiser'] });
  const { orders } = await factoryWithOrders(1, login);
  const orderNo = orders[0];

  const { page } = await deskPage(browser, login, password);
  await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
  const filter = page.locator('.task-filters .content .item', { hasText: '我的待办' }).first();
  await filter.waitFor({ timeout: 60000 });
  await filter.locator('h4 a').click();
  const card = page.locator('[cam-tasks] .tasks-list li', { hasText: orderNo }).first();
  await card.waitFor({ timeout: 60000 });
  const text = (await card.locator('h4.task').textContent()).replace(/\s+/g, ' ').trim();
  check(text.includes(`确认订单 · ${orderNo} · Nordic Outdoor AB`), 'the card names the order and customer: ' + text);
  check(await page.locator('.task-filters .content .item', { hasText: '已逾期' }).count() === 1,
    'the overdue filter is offered');
  check(!(await page.locator('.ce-eol-banner').isVisible()), 'no Camunda 8 migration banner');
});
