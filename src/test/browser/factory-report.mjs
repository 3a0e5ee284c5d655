// The factory opens its order list from an IM link, reports a day's cutting and sewing with a photo, and marks a
// milestone done; the server must hold exactly that. Also prints how long the order list takes to load.
import { api, baseUrl, check, factoryWithOrders, phonePage, scenario } from './harness.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const photo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'photo.png');
const ORDERS = 40;

await scenario('factory daily report with a photo', async (browser) => {
  const { factory, orders } = await factoryWithOrders(ORDERS);
  const { page } = await phonePage(browser);

  const started = Date.now();
  await page.goto(`${baseUrl}/m/factory.html?factory=${factory}&name=${encodeURIComponent('张厂长')}`);
  await page.waitForSelector('body[data-loaded=true]');
  console.log(`order list of ${ORDERS} orders: loaded and rendered in ${Date.now() - started} ms`
    + ` (API calls and rendering ${await page.getAttribute('body', 'data-loaded-ms')} ms)`);
  check(await page.locator('section.card').count() === ORDERS, `all ${ORDERS} open orders are listed`);

  const orderNo = orders[0];
  const card = page.locator(`section.card[data-order-no="${orderNo}"]`);
  check(await card.locator('ul.next li').count() > 0, 'the order shows its next milestones');

  await card.locator('button.open-report').click();
  await card.locator('input[name=CUTTING]').fill('300');
  await card.locator('input[name=SEWING]').fill('120');
  await card.locator('input[name=evidence]').setInputFiles(photo);
  await card.locator('form.report button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("日报已提交")');

  const outputs = await api('GET', `/api/orders/${orderNo}/output`);
  check(outputs.length === 2, 'two stage reports are stored');
  check(outputs.some((o) => o.stage === 'CUTTING' && o.quantity === 300), 'cutting 300 is stored');
  check(outputs.some((o) => o.stage === 'SEWING' && o.quantity === 120), 'sewing 120 is stored');
  const evidence = await api('GET', `/api/evidence?orderNo=${orderNo}`);
  check(evidence.length === 1 && evidence[0].mediaType === 'image/png' && evidence[0].purpose === 'OUTPUT',
    'the photo is stored as output evidence');
  check(Boolean(evidence[0].thumbnailUrl), 'the photo has a thumbnail');
  check(evidence[0].uploadedBy === '张厂长', 'the photo is signed with the name from the link');

  const firstNext = await card.locator('select[name=code] option').first().getAttribute('value');
  await card.locator('button.open-milestone').click();
  await card.locator('form.milestone button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("节点完成已提交")');
  const order = await api('GET', `/api/orders/${orderNo}`);
  check(order.milestones.find((m) => m.code === firstNext).done, `milestone ${firstNext} is done`);
});
