// The merchandiser opens an order whose fabric the supplier now expects ten days after it is needed, clicks 诊断
// and reads why it is late: fabric in-house is the first slip, on the supplier's report, marked red in the steps;
// the timeline is drawn. Then on the analysis page the heat map draws, and clicking the cell of the order's factory
// and its tech pack step (confirmed today, as the order) lists the order.
import { api, baseUrl, check, deskPage, factoryWithOrders, isoDate, scenario } from './harness.mjs';
import { ensureStaff, MERCHANDISER } from './staff.mjs';

function plusDays(date, days) {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * 86400000).toISOString().slice(0, 10);
}

await scenario('an order diagnosed, and its factory on the bottleneck heat map', async (browser) => {
  const PASSWORD = await ensureStaff();
  const { factory, orders: [orderNo] } = await factoryWithOrders(1);
  const order = await api('GET', `/api/orders/${orderNo}`);
  const needed = order.milestones.find((m) => m.code === 'FABRIC_IN_HOUSE').plannedDate;
  for (const code of ['ORDER_CONFIRMED', 'TECH_PACK']) {
    await api('POST', `/api/orders/${orderNo}/milestones/${code}/actual`, { actualDate: isoDate(0) });
  }
  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`,
    { shippedDate: isoDate(0), eta: plusDays(needed, 10), reportedBy: 'admin' });

  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.goto(`${baseUrl}/orders/${orderNo}`);
  await page.waitForSelector('body[data-loaded=true]');
  await Promise.all([page.waitForURL(`**/orders/${orderNo}/diagnosis`), page.click('#diagnose-link')]);
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector('#timeline-chart[data-rendered=true]');
  const verdict = await page.locator('#verdict').innerText();
  check(verdict.startsWith('面料到厂晚 10 天（供应商 浏览器测试面料厂'), 'the verdict starts at late fabric and its supplier: '
    + verdict);
  check(verdict.includes('交期晚'), 'the verdict ends at the delivery: ' + verdict);
  check(await page.getAttribute('#verdict', 'data-first-slip') === 'FABRIC_IN_HOUSE', 'fabric in-house is the first slip');
  await page.waitForSelector('#steps-table .tabulator-row[data-code=FABRIC_IN_HOUSE][data-blamed=true]');
  const reason = await page.locator('#steps-table .tabulator-row[data-code=FABRIC_IN_HOUSE]').innerText();
  check(reason.includes('浏览器测试面料厂'), 'the blamed step names the supplier behind it: ' + reason);
  check(await page.locator('#steps-table .tabulator-row[data-code=TRIMS_IN_HOUSE][data-blamed]').count() === 0,
    'trims, on time, are not blamed');
  await page.waitForSelector('#story-table .tabulator-row');

  const { id: factoryId } = (await api('GET', '/api/factories')).find((f) => f.code === factory);
  await page.goto(`${baseUrl}/analysis/bottlenecks`);
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector('#heatmap-chart[data-rendered=true]');
  const point = await page.evaluate((id) => {
    const el = document.getElementById('heatmap-chart');
    const x = el.getAttribute('data-factories').split(',').indexOf(String(id));
    const y = el.getAttribute('data-steps').split(',').indexOf('TECH_PACK');
    if (x < 0 || y < 0) {
      return null;
    }
    const [px, py] = window.echarts.getInstanceByDom(el).convertToPixel({ seriesIndex: 0 }, [x, y]);
    const box = el.getBoundingClientRect();
    return { x: box.left + px, y: box.top + py };
  }, factoryId);
  check(point !== null, 'the heat map has a cell for the factory\'s tech pack step');
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('#cell-orders[data-loaded]');
  const listed = await page.locator('#cell-orders .order-link').allInnerTexts();
  check(listed.length === 1 && listed[0] === orderNo, 'the cell lists the order: ' + listed.join(', '));
});
