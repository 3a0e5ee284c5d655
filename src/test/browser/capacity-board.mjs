// The capacity board: a factory of its own sewing 50 pieces a day with two orders of 1,200 is overloaded in the weeks
// they sew; the week is marked, and clicking it lists the orders behind it. Signed in as the test planner.
import { api, baseUrl, check, deskPage, factoryWithOrders, scenario } from './harness.mjs';

await scenario('the planner sees an overloaded week and opens its orders', async (browser) => {
  const { factory, orders } = await factoryWithOrders(2, 'merch', 60);
  await api('PUT', `/api/capacity/factories/${factory}`, { dailyPieces: 50 });

  const { page } = await deskPage(browser, 'tplanner', 'test');
  await page.goto(baseUrl + '/capacity');
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector('#capacity-chart[data-rendered=true]');
  const row = page.locator(`#capacity-body tr[data-factory="${factory}"]`);
  check(await row.count() === 1, 'the factory has its row on the board');
  check((await row.locator('input[name=dailyPieces]').inputValue()) === '50', 'its daily capacity is shown');

  const overloaded = row.locator('td.week[data-overloaded=true]');
  check(await overloaded.count() > 0, 'a week where its orders need more than it can sew is overloaded');
  check(await overloaded.first().evaluate((td) => td.classList.contains('capacity-over')), 'the week is coloured red');
  check((await overloaded.first().textContent()).includes('超负荷'), 'and says so in Chinese');

  await overloaded.first().click();
  await page.waitForSelector('#capacity-cell[data-loaded=true]');
  const listed = await page.locator('#capacity-cell-table tbody tr[data-order]').evaluateAll(
    (rows) => rows.map((r) => r.getAttribute('data-order')));
  check(listed.length > 0 && listed.every((no) => orders.includes(no)), 'the cell lists the factory\'s orders of that week');
  check((await page.locator('#capacity-cell-title').textContent()).includes('浏览器测试制衣厂'), 'under the factory\'s name');
  const href = await page.locator('#capacity-cell-table tbody tr[data-order] a').first().getAttribute('href');
  check(href === '/orders/' + listed[0], 'each order links to its page');
});
