// The delivery-risk forecast at the desk: the GM retrains the model on the risk model page (风险模型) and sees its
// accuracy on held-back history; the order list shows the risk column (风险) for an open order of the slow factory,
// and that order's page shows its probability and its reasons, the factory among them. The test server has the
// known-signal history (KnownSignalHistory) written before this scenario: F-RKSLOW is late 70% of the time.
import { api, baseUrl, check, deskPage, isoDate, scenario, unique } from './harness.mjs';

await scenario('the delivery-risk forecast on the model page, the order list and the order page', async (browser) => {
  const orderNo = unique('BR');
  await api('POST', '/api/orders', {
    orderNo, customer: 'Nordic Outdoor AB', style: 'W-JK-2301 女式夹克', productType: 'WOVEN', quantity: 1200,
    dueDate: isoDate(90), factoryCode: 'F-RKSLOW', merchandiser: 'merch', businessOwner: 'owner',
    materials: [{ kind: 'FABRIC', description: '主面料', supplierCode: 'S-RKLATE', quantity: 1800, unit: 'm',
      poDueDate: isoDate(40) }],
  });
  const { page } = await deskPage(browser, 'tgm', 'test');

  await page.goto(`${baseUrl}/risk-model`);
  await page.waitForSelector('#risk-model-page[data-loaded-model=true]');
  check(await page.locator('nav a.dropdown-item.active').textContent() === '风险模型', 'the navigation marks the model page');
  const before = Number(await page.getAttribute('#risk-model-page', 'data-version'));
  await page.click('#retrain');
  await page.waitForFunction((v) => Number(document.querySelector('#risk-model-page').getAttribute('data-version')) > v
    && document.querySelector('#risk-model-page').getAttribute('data-loaded-model') === 'true', before,
  { timeout: 120000 });
  check(await page.locator('#reliability-table tbody tr').count() === 10, 'the reliability table has ten deciles');
  const auc = await page.locator('[data-fact=auc]').textContent();
  check(Number(auc) > 0.8, 'the hold-out AUC is shown: ' + auc);
  await page.waitForSelector('#importance-chart canvas');
  check(await page.locator('#not-trained').isHidden(), 'no "not trained" note once trained');

  await page.goto(`${baseUrl}/orders?q=${orderNo}`);
  await page.waitForSelector('#orders[data-risk-loaded=true]');
  check(await page.locator('#orders .tabulator-col[tabulator-field=risk]').textContent() === '风险',
    'the order list has the column 风险');
  const badge = await page.locator('#orders .tabulator-row .order-risk').textContent();
  check(/^\d+%$/.test(badge), 'the order\'s risk shows as a percentage: ' + badge);
  const tip = await page.getAttribute('#orders .tabulator-row .order-risk', 'title');
  check(tip.startsWith('误期概率'), 'its tooltip tells the probability and the reasons: ' + tip);

  await page.goto(`${baseUrl}/orders/${orderNo}`);
  await page.waitForSelector('#risk-card[data-risk-loaded=true]');
  check(await page.locator('#risk-card').isVisible(), 'the order page shows the risk card');
  check((await page.locator('#risk-probability').textContent()).startsWith('误期概率'), 'with the probability');
  const reasons = await page.locator('#risk-reasons').textContent();
  check(reasons.includes('加工厂 慢速测试制衣厂 历史延误多'), 'and the slow factory among its reasons: ' + reasons);
});

await scenario('the GM sees the slow factory\'s orders at risk on the dashboard', async (browser) => {
  const { page } = await deskPage(browser, 'tgm', 'test');
  await page.goto(`${baseUrl}/dashboard?factory=F-RKSLOW`);
  await page.waitForSelector('body[data-loaded=true] #kpi-risk[data-high]');
  const value = await page.locator('#kpi-risk [data-value]').textContent();
  check(/^\d+ 单高风险$/.test(value), 'the risk card counts the factory\'s open orders at risk: ' + value);
  const riskiest = page.locator('#kpi-risk [data-riskiest] a');
  check(await riskiest.count() > 0, 'and lists the riskiest of them');
  const first = await riskiest.first().textContent();
  check(first.includes('慢速测试制衣厂') && /\d+%$/.test(first), 'each with its factory and probability: ' + first);
  await Promise.all([page.waitForNavigation(), riskiest.first().click()]);
  check(/\/orders\/[^/]+$/.test(new URL(page.url()).pathname), 'an order of the card opens its page');
});
