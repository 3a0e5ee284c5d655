// The GM's dashboard: it renders its charts, filters down to one factory's orders, a bar of the stage chart lists
// the orders behind it, and when one of the factory's orders turns late (its first milestone now expected three
// weeks later, so the delivery forecast misses the due date) the page shows it without being reloaded.
import { api, baseUrl, check, deskPage, factoryWithOrders, isoDate, scenario } from './harness.mjs';
import { pickByValue } from './pickers.mjs';

async function loadsAfter(page, before) {
  await page.waitForFunction((n) => Number(document.body.getAttribute('data-loads')) > n
    && document.body.getAttribute('data-loaded') === 'true', before, { timeout: 20000 });
  return Number(await page.getAttribute('body', 'data-loads'));
}

/** Clicks the bar of a chart's series at a category, where ECharts drew it. */
async function clickBar(page, chartId, seriesIndex, categoryIndex, value) {
  const point = await page.evaluate(([id, s, c, v]) => {
    const chart = window.echarts.getInstanceByDom(document.getElementById(id));
    return chart.convertToPixel({ seriesIndex: s }, [c, v]);
  }, [chartId, seriesIndex, categoryIndex, value]);
  const box = await page.locator('#' + chartId).boundingBox();
  await page.mouse.click(box.x + point[0], box.y + point[1]);
}

await scenario('the dashboard filters, lists the orders behind a figure and follows an order turning late',
  async (browser) => {
    const { factory, orders } = await factoryWithOrders(3, 'merch', 90);

    const { page } = await deskPage(browser);
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForSelector('body[data-loaded=true][data-loads]');
    for (const id of ['chart-weeks', 'chart-stages', 'chart-factories', 'chart-exceptions', 'chart-cycle']) {
      check(await page.locator(`#${id} canvas`).count() > 0, `${id} is drawn`);
    }
    check((await page.textContent('#kpi-delivered [data-value]')).trim() !== '', 'the on-time rate shows');

    let loads = Number(await page.getAttribute('body', 'data-loads'));
    await pickByValue(page, 'factory', factory, factory);
    loads = await loadsAfter(page, loads);
    check(new URL(page.url()).searchParams.get('factory') === factory, 'the filter is kept in the address');
    check((await page.textContent('#kpi-open [data-detail]')).includes('3 单在途，0 单预计延误'),
      'the factory\'s 3 open orders, none forecast late: ' + await page.textContent('#kpi-open [data-detail]'));
    check(await page.getAttribute('#kpi-open', 'data-open-late') === '0', 'no open order of the factory is late');

    await clickBar(page, 'chart-stages', 0, 0, 1.5);
    await page.waitForSelector('#drill[data-loaded=true]');
    await page.waitForSelector('#drill.show');
    check(await page.getAttribute('#drill', 'data-total') === '3', 'the design-stage bar lists its 3 orders');
    const listed = await page.locator('#drill-orders .tabulator-row a').allTextContents();
    check(orders.every((no) => listed.includes(no)), 'the list names the factory\'s orders: ' + listed.join(', '));
    check(await page.locator(`#drill-orders a[href="/orders/${orders[0]}"]`).count() === 1,
      'each order links to its page');
    await page.click('#drill .btn-close');
    await page.waitForSelector('#drill', { state: 'hidden' });

    const before = Number(await page.getAttribute('body', 'data-loads'));
    await api('POST', `/api/orders/${orders[0]}/milestones/ORDER_CONFIRMED/forecast`,
      { expectedDate: isoDate(21), reason: '客户迟迟未确认订单' });
    check((await api('GET', `/api/orders/${orders[0]}`)).delayDays > 0, 'the API now forecasts the order late');
    await page.waitForSelector('#kpi-open[data-open-late="1"]', { timeout: 20000 });
    check(Number(await page.getAttribute('body', 'data-loads')) > before, 'the dashboard reloaded its figures by itself');
    check((await page.textContent('#kpi-open [data-detail]')).includes('1 单预计延误'), 'the card counts the late order');
    check(new URL(page.url()).searchParams.get('factory') === factory, 'the page was not reloaded: still filtered');
  });
