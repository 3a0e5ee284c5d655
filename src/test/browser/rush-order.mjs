// Rush-order assessment (插单评估): the planner enters a rush order for a factory that is already full, sees what it
// would push back and three options, accepts resequencing; the order then exists and the pushed order's plan moved.
import { api, baseUrl, check, deskPage, factoryWithOrders, isoDate, scenario, unique } from './harness.mjs';

await scenario('the planner weighs a rush order and takes it in by resequencing', async (browser) => {
  const { factory, orders } = await factoryWithOrders(1, 'merch', 90);
  await api('PUT', `/api/capacity/factories/${factory}`, { dailyPieces: 100 });
  const orderNo = unique('RUSH');

  const { page } = await deskPage(browser, 'tplanner', 'test');
  await page.goto(baseUrl + '/capacity/rush');
  await page.waitForSelector('body[data-loaded=true]');
  const settings = await api('GET', '/api/capacity/settings');
  await page.click('details summary');
  check(await page.inputValue('#settings-overtimeMaxPercent') === String(settings.overtimeMaxPercent),
    'the company\'s cost settings are shown to the planner');
  await page.click('#rush-settings button[type=submit]');
  await page.waitForSelector('#toasts :text("成本设置已保存")');

  await page.fill('#rush-customer', 'Maple Kids Ltd');
  await page.selectOption('#rush-productType', 'WOVEN');
  await page.fill('#rush-quantity', '1200');
  await page.fill('#rush-dueDate', isoDate(90));
  await page.selectOption('#rush-factoryCode', factory);
  await page.fill('#rush-orderNo', orderNo);
  await page.fill('#rush-style', 'K-TS-01 儿童T恤');
  await page.selectOption('#rush-merchandiser', 'tmerchandiser');
  await page.selectOption('#rush-businessOwner', 'tbusinessOwner');
  await page.click('#rush-simulate');
  await page.waitForSelector('#rush-result[data-loaded=true]');

  check((await page.locator('#rush-asis').textContent()).includes(orders[0]), 'taking it in as it is pushes the existing order back');
  const labels = await page.locator('.rush-option .card-header strong').allTextContents();
  check(JSON.stringify(labels) === JSON.stringify(['加班', '外发', '调整排序']), 'three options side by side: ' + labels);
  check((await page.locator('.rush-option[data-option=OVERTIME] .rush-cost').textContent()).startsWith('¥'),
    'each option has its extra cost');
  check((await api('GET', `/api/orders?size=5&q=${orderNo}`)).total === 0, 'weighing opened no order');

  await page.click('.rush-option[data-option=RESEQUENCE] .rush-accept');
  await page.waitForSelector('#rush-accepted[data-order]');
  check((await page.locator('#rush-accepted').textContent()).includes(orderNo), 'the page says the order was opened');

  const order = await api('GET', `/api/orders/${orderNo}`);
  check(order.status === 'OPEN' && order.quantity === 1200, 'the new order exists with its plan');
  const sewingDone = (await api('GET', `/api/orders/${orders[0]}`)).milestones.find((m) => m.code === 'SEWING_DONE');
  check(sewingDone.expectedDate && sewingDone.slipReason.includes(orderNo), 'the pushed order now expects its sewing later, because of the rush order');
});
