// The supplier opens its material lines from an IM link, reports stocking progress and a shipment with carrier,
// tracking number and ETA, and uploads a QC report; the server must hold exactly that.
import { api, baseUrl, check, factoryWithOrders, isoDate, phonePage, scenario } from './harness.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const photo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'photo.png');

await scenario('supplier shipment update', async (browser) => {
  const { supplier, orders } = await factoryWithOrders(2);
  const { page } = await phonePage(browser);
  await page.goto(`${baseUrl}/m/supplier.html?supplier=${supplier}&name=${encodeURIComponent('何经理')}`);
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator('section.card').count() === 2, 'both open material lines are listed');

  const orderNo = orders[1];
  const card = () => page.locator(`section.card[data-order-no="${orderNo}"]`);

  await card().locator('button[data-form=stocking]').click();
  await card().locator('input[name=readyPercent]').fill('80');
  await card().locator('form.stocking button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("备料进度已提交")');
  await page.waitForSelector('body[data-loaded=true]'); // the lines are shown again, their forms closed

  const shipped = isoDate(-1);
  const eta = isoDate(5);
  await card().locator('button[data-form=shipment]').click();
  await card().locator('input[name=shippedDate]').fill(shipped);
  await card().locator('input[name=carrier]').fill('顺丰速运');
  await card().locator('input[name=trackingNo]').fill('SF1234567890');
  await card().locator('input[name=eta]').fill(eta);
  await card().locator('form.shipment button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("发货信息已提交")');
  await page.waitForSelector('body[data-loaded=true]'); // the lines are shown again, their forms closed

  await card().locator('button[data-form=qc]').click();
  await card().locator('input[name=file]').setInputFiles(photo);
  await card().locator('form.qc button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("质检报告已提交")');

  const line = (await api('GET', `/api/suppliers/${supplier}/material-lines`)).find((l) => l.orderNo === orderNo);
  check(line.readyPercent === 80, 'stocking progress 80% is stored');
  check(line.shippedDate === shipped && line.eta === eta, 'ship date and ETA are stored');
  check(line.carrier === '顺丰速运' && line.trackingNo === 'SF1234567890', 'carrier and tracking number are stored');
  const events = await api('GET', `/api/orders/${orderNo}/materials/1/events`);
  check(events.length === 1, 'one shipment event is recorded');
  const evidence = await api('GET', `/api/evidence?orderNo=${orderNo}`);
  check(evidence.length === 1 && evidence[0].purpose === 'QC_REPORT' && evidence[0].reference === '1',
    'the QC report is stored for line 1');
  await page.waitForSelector(`section.card[data-order-no="${orderNo}"] .state:has-text("已发货")`);
  check(true, 'the page shows the line as shipped after reloading the list');
});
