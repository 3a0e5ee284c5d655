// The inbox: a merchandiser (alerted of every material delay) has the desk's inbox and the phone's exception list
// open; a late fabric shipment raises an alert, and the unread badge in both navigations counts it without a reload.
// The inbox lists it unread, its grade filter keeps or hides it, and opening it shows its alert page, which reads it;
// three notices more are all marked read at once. (The benchmark with 1,000 messages is InboxPageApiTest's.)
import {
  api, baseUrl, check, deskPage, exceptionOf, factoryWithOrders, isoDate, notify, phonePage, scenario, unique,
} from './harness.mjs';

const unread = (page) => page.locator('#inbox-badge').getAttribute('data-unread').then(Number);

await scenario('the inbox badge counts an alert as it arrives', async (browser) => {
  const login = unique('inb').replace(/-/g, '');
  const password = 'inbox-pass-1';
  await api('POST', '/api/users', { login, displayName: '跟单 小周', password, roles: ['merchandiser'] });
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

  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`, { shippedDate: isoDate(0),
    carrier: '顺丰', trackingNo: 'SF0000000001', eta: isoDate(85),
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

  // three notices more (one at a time: a test message's round is the recipient's count of them so far)
  const read = await unread(page);
  for (let i = 0; i < 3; i++) {
    await api('POST', '/api/notifications/test', { channel: 'INBOX', userId: login });
  }
  const started = Date.now();
  await page.goto(`${baseUrl}/inbox`);
  await page.waitForSelector('body[data-loaded=true]');
  console.log(`the inbox page showed its first rows ${Date.now() - started} ms after it was asked for`);
  await page.waitForSelector(`#inbox-badge[data-unread="${read + 3}"]`, { state: 'attached' });
  check(await page.locator('.tabulator-row.inbox-unread').count() === read + 3, 'the unread come first');
  await page.click('#read-all');
  await page.waitForSelector('#inbox-badge[data-unread="0"]', { state: 'attached' });
  await page.waitForSelector('.tabulator-row.inbox-unread', { state: 'detached' });
  check(true, 'marking all read empties the badge and the highlighting');
});
