// A factory reports while the phone is offline: the report (and its photo) waits on the phone, survives a reload,
// and is sent exactly once when the phone is back online, even when the page also retries on load.
import { AUTHORIZATION, api, baseUrl, check, factoryWithOrders, phonePage, scenario } from './harness.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const photo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'photo.png');

await scenario('offline report replayed once', async (browser) => {
  const { factory, orders } = await factoryWithOrders(1);
  const orderNo = orders[0];
  const { context, page } = await phonePage(browser);
  await page.goto(`${baseUrl}/m/factory.html?factory=${factory}`);
  await page.waitForSelector('body[data-loaded=true]');

  await context.setOffline(true);
  const card = page.locator(`section.card[data-order-no="${orderNo}"]`);
  await card.locator('button.open-report').click();
  await card.locator('input[name=PACKING]').fill('0');
  await card.locator('input[name=CUTTING]').fill('250');
  await card.locator('input[name=evidence]').setInputFiles(photo);
  await card.locator('form.report button[type=submit]').click();
  await page.waitForSelector('#toast:has-text("日报已保存，联网后自动发送")');
  await page.waitForSelector('#outbox:has-text("待发送 3")');
  check((await api('GET', `/api/orders/${orderNo}/output`)).length === 0, 'nothing reached the server while offline');

  // A report that reached the server but whose answer was lost is resent with its id: simulate it by sending the
  // first queued entry ourselves, with the same Idempotency-Key, before the phone comes back.
  const first = await page.evaluate(async () => (await window.Threadline.queued())[0]);
  const lost = await fetch(baseUrl + first.path, { method: 'POST', body: JSON.stringify(first.json),
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': first.key, Authorization: AUTHORIZATION } });
  check(lost.status === 201, 'the first queued report reached the server once before the phone knew');

  await context.setOffline(false);
  await page.waitForSelector('#outbox[hidden]', { state: 'attached' });
  await page.reload();
  await page.waitForSelector('body[data-loaded=true]');
  await page.evaluate(() => window.Threadline.flush());

  const outputs = await api('GET', `/api/orders/${orderNo}/output`);
  check(outputs.length === 2, 'two stage reports are stored, once each');
  check(outputs.some((o) => o.stage === 'CUTTING' && o.quantity === 250), 'cutting 250 is stored');
  check(outputs.some((o) => o.stage === 'PACKING' && o.quantity === 0), 'packing 0 is stored');
  const evidence = await api('GET', `/api/evidence?orderNo=${orderNo}`);
  check(evidence.length === 1, 'the photo taken offline is stored once');
  check((await page.evaluate(() => window.Threadline.queued())).length === 0, 'the phone holds nothing more to send');
});
