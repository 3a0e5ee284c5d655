// The inbox: a purchaser has the desk's inbox open and the phone's exception list; a late fabric shipment raises an
// alert, and the unread badge in both navigations counts it without a reload. The inbox lists it unread, its grade
// filter keeps or hides it, and opening it shows its alert page, which reads it. Then 1,000 messages: the inbox page
// is timed until its first page of rows is shown.
import {
  api, baseUrl, check, deskPage, exceptionOf, factoryWithOrders, notify, phonePage, scenario, unique,
} from './harness.mjs';

const unread = (page) => page.locator('#inbox-badge').getAttribute('data-unread').then(Number);

await scenario('the inbox badge counts an alert as it arrives', async (browser) => {
  const login = unique('buy').replace(/-/g, '');
  const password = 'buyer-pass-1';
  await api('POST', '/api/users', { login, displayName: '采购 小周', password, roles: ['purchaser'] });
  const { orders } = await factoryWithOrders(1);
  const orderNo = orders[0];

  const { page } = await deskPage(browser, login, password);
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector('#inbox-badge[data-unread]', { state: 'attached' });
  const phone = await phonePage(browser, login, password);
  await phone.page.goto(`${baseUrl}/m/exceptions.html`);
  await phone.page.waitForSelector('#inbox-badge[data-unread]', { state: 'attached' });
  const start = await unread(page);
  check(await unread(phone.page) === start, 'desk and phone show the same count');

  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`, { shippedDate: new Date().toISOString().slice(0, 10),
    carrier: '顺丰', trackingNo: 'SF0000000001', eta: new Date(Date.now() + 85 * 86400000).toISOString().slice(0, 10),
    reportedBy: '何经理', source: 'MANUAL' });
  const exception = await exceptionOf(orderNo, 'MATERIAL_DELAY');
  const sent = Date.now();
  await notify(exception.id);
  const counted = (target) => target.waitForFunction(
    (old) => Number(document.getElementById('inbox-badge').dataset.unread) > old, start);
  await counted(page);
  console.log(`the badge counted the alert ${Date.now() - sent} ms after its sending started`);
  const grade = (await api('GET', `/api/exceptions/${exception.id}`)).summary.priority;
  await counted(phone.page);
  check(!(await page.locator('#inbox-badge').isHidden()) && !(await phone.page.locator('#inbox-badge').isHidden()),
    'the badge shows');
  check(true, 'the badge on the desk and on the phone counts the new alert without a reload');

  const row = page.locator('.tabulator-row.inbox-unread',
    { has: page.locator(`a[href="/exceptions/${exception.id}"]`) });
  await row.waitFor();
  check(await row.locator('.badge').first().textContent() === grade,
    'the inbox lists it unread with its grade');
  const other = ['P0', 'P1', 'P2', 'P3'].find((other) => other !== grade);
  await page.selectOption('#priority', other);
  await page.waitForSelector('.tabulator-placeholder');
  check(await row.count() === 0, 'another grade hides it');
  await page.selectOption('#priority', grade);
  await row.waitFor();
  check(new URL(page.url()).searchParams.get('priority') === grade, 'the filter is kept in the address');

  const before = await unread(page);
  await Promise.all([page.waitForURL(`**/exceptions/${exception.id}`), row.locator('a.inbox-open').click()]);
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector(`#inbox-badge[data-unread="${before - 1}"]`, { state: 'attached' });
  check((await api('GET', `/api/exceptions/${exception.id}`)).summary.orderNo === orderNo,
    'the message opened its alert page');
  const messages = (await page.evaluate(() => Desk.api('GET', '/api/inbox/messages?size=200'))).items;
  check(messages.find((m) => m.exceptionId === exception.id).readAt !== null, 'opening it marked it read');

  // the benchmark: 1,000 messages, the inbox page until its first rows show
  const queue = Array.from({ length: 1000 }, (_, i) => i);
  await Promise.all(Array.from({ length: 10 }, async () => {
    while (queue.length) {
      queue.pop();
      await api('POST', '/api/notifications/test', { channel: 'INBOX', userId: login });
    }
  }));
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForSelector('body[data-loaded=true]');
  const started = Date.now();
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForSelector('body[data-loaded=true]');
  const ms = Date.now() - started;
  console.log(`the inbox page with 1,001 messages showed its first rows in ${ms} ms`);
  check(await page.locator('.tabulator-row').count() === 20, 'it shows the first page of 20 rows');
  check(await unread(page) >= 1000, 'the badge counts the thousand unread');
  await page.click('#read-all');
  await page.waitForSelector('#inbox-badge[data-unread="0"]', { state: 'attached' });
  check(true, 'marking all read empties the badge');
});
