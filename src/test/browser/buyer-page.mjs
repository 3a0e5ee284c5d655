// The buyer's own progress page: the merchandiser adds the buyer's contact on the customers page and shares a
// photo of the order with the buyer on the order page; the buyer signs in on a phone with a one-time code, sees only
// their order's timeline and the photo (tapped, it opens large), in English and then in Chinese; a share link made
// on the order page opens the order once and then asks for a code.
import { readFile } from 'node:fs/promises';
import { api, AUTHORIZATION, baseUrl, check, deskPage, isoDate, scenario, unique } from './harness.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function buyerPage(browser, locale) {
  const context = await browser.newContext({ ...PHONE, locale });
  const page = await context.newPage();
  page.on('pageerror', (error) => { console.error('page error:', error); process.exitCode = 1; });
  return page;
}

async function orderOf(customer, factory, supplier) {
  const orderNo = unique('BY');
  await api('POST', '/api/orders', {
    orderNo, customer, style: 'W-JK-2301 Jacket', productType: 'WOVEN', quantity: 800, dueDate: isoDate(100),
    factoryCode: factory, merchandiser: 'merch', businessOwner: 'owner',
    materials: [{ kind: 'FABRIC', description: 'shell', supplierCode: supplier, quantity: 1000, unit: 'm',
      poDueDate: isoDate(40) }],
  });
  return orderNo;
}

async function photoOf(orderNo) {
  const form = new FormData();
  form.append('file', new Blob([await readFile(new URL('./fixtures/photo.png', import.meta.url))],
    { type: 'image/png' }), 'cutting.png');
  form.append('orderNo', orderNo);
  form.append('purpose', 'MILESTONE');
  form.append('reference', 'CUTTING_START');
  form.append('uploadedBy', '跟单 林');
  const uploaded = await fetch(baseUrl + '/api/evidence', { method: 'POST', body: form,
    headers: { Authorization: AUTHORIZATION, Accept: 'application/json' } });
  check(uploaded.status === 201, 'a photo of the order is uploaded: ' + uploaded.status);
  return (await uploaded.json()).id;
}

async function codeIn(deliveryLogOf) {
  for (let i = 0; i < 100; i++) {
    const rows = await api('GET', '/api/notifications/deliveries?exceptionId=0&recipient=' + deliveryLogOf);
    const match = rows.map((r) => (r.delivery || r).error || '').join(' ').match(/code (\d{6})/);
    if (match) {
      return match[1];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no code in the delivery log of ' + deliveryLogOf);
}

await scenario('a buyer signs in with a code and follows a share link until it is used up', async (browser) => {
  const factory = unique('YF');
  const supplier = unique('YS');
  await api('POST', '/api/factories', { code: factory, name: '买家测试制衣厂', city: '宁波' });
  await api('POST', '/api/suppliers', { code: supplier, name: '买家测试面料厂', category: 'FABRIC', transitDays: 4 });
  const customer = 'Buyer Test ' + unique('C');
  const orderNo = await orderOf(customer, factory, supplier);
  const otherOrderNo = await orderOf('Someone Else ' + unique('C'), factory, supplier);
  const phone = '+46 70 ' + String(Date.now()).slice(-7);

  const { page: desk } = await deskPage(browser);
  await desk.goto(baseUrl + '/customers?q=' + encodeURIComponent(customer));
  await desk.waitForSelector('body[data-loaded=true]');
  await desk.click('#customer-table button[data-action=add]');
  await desk.fill('#contact-name', 'Anna Buyer');
  await desk.fill('#contact-phone', phone);
  await Promise.all([desk.waitForNavigation(), desk.click('#contact-form button[type=submit]')]);
  check((await desk.locator('#customer-table').textContent()).includes('Anna Buyer'), 'the contact is listed');
  const customerId = (await api('GET', '/api/customers?q=' + encodeURIComponent(customer)))[0].id;
  const shownPhoto = await photoOf(orderNo);
  const keptPhoto = await photoOf(orderNo);

  const { page: merchandiser } = await deskPage(browser, 'tmerchandiser', 'test');
  await merchandiser.goto(baseUrl + '/orders/' + encodeURIComponent(orderNo));
  const photoRow = merchandiser.locator(`#evidence tr[data-evidence="${shownPhoto}"]`);
  await photoRow.locator('button.share').click();
  await merchandiser.locator(`tr.share-choices[data-for="${shownPhoto}"] input[data-buyer]`).check();
  await merchandiser.waitForSelector(`tr.share-choices[data-for="${shownPhoto}"] .result:text("已共享")`);
  check((await photoRow.locator('.shared').textContent()).includes('买家页面'), 'the row says the buyer sees it');
  const contacts = await api('GET', '/api/customers/' + customerId + '/contacts');
  check(contacts.length === 1 && contacts[0].phone === phone, 'the server stored the contact');

  const buyer = await buyerPage(browser, 'en-GB');
  await buyer.goto(baseUrl + '/buyer');
  await buyer.waitForSelector('body[data-state=sign-in]');
  check((await buyer.textContent('h1')) === 'Order progress', 'the page starts in the browser\'s English');
  await buyer.fill('#contact', phone);
  await buyer.click('#ask-code button[type=submit]');
  await buyer.waitForSelector('#enter-code:not([hidden])');
  await buyer.fill('#code', await codeIn('buyer-' + contacts[0].id));
  await buyer.click('#enter-code button[type=submit]');
  await buyer.waitForSelector('body[data-state=orders]');
  const shown = await buyer.locator('article.order').evaluateAll((els) => els.map((e) => e.dataset.order));
  check(shown.length === 1 && shown[0] === orderNo, 'only the buyer\'s own order is shown, not ' + otherOrderNo);
  const timeline = await buyer.locator('article.order ol.timeline').textContent();
  check(timeline.includes('Order confirmed') && timeline.includes('Ex-factory') && timeline.includes('Planned'),
    'the timeline names the buyer-facing steps with planned dates in English');
  check(!timeline.includes('Tech pack') && !(await buyer.content()).includes('买家测试制衣厂'),
    'no internal step and no factory name');
  check((await buyer.locator('article.order h2 .badge').textContent()) === 'On time', 'a plain status');
  const thumbnails = buyer.locator('article.order .photos button.photo');
  check(await thumbnails.count() === 1 && (await thumbnails.first().getAttribute('data-full'))
    === '/api/buyer/photos/' + shownPhoto, 'the shared photo is shown, not the other one ' + keptPhoto);
  await buyer.waitForFunction(() => document.querySelector('article.order .photos img').naturalWidth > 0);
  await thumbnails.first().click();
  await buyer.waitForSelector('#viewer[open]');
  await buyer.waitForFunction(() => document.getElementById('viewer-image').naturalWidth > 0);
  await buyer.click('#viewer');
  await buyer.waitForFunction(() => !document.getElementById('viewer').open);

  await buyer.click('#lang');
  await buyer.waitForFunction(() => document.querySelector('h1').textContent === '订单进度');
  const chinese = await buyer.locator('article.order ol.timeline').textContent();
  check(chinese.includes('订单确认') && chinese.includes('出厂') && chinese.includes('计划'), 'and in Chinese');
  check((await buyer.locator('article.order h2 .badge').textContent()) === '按时', 'the status too');
  check((await buyer.locator('article.order h3').textContent()) === '照片', 'the photos\' heading too');

  await desk.goto(baseUrl + '/orders/' + encodeURIComponent(orderNo));
  await desk.waitForSelector('#share-links[data-loaded=true]');
  await desk.fill('#share-link-form input[name=visits]', '1');
  await desk.click('#share-link-create');
  await desk.waitForSelector('#share-link-new:not([hidden])');
  const link = await desk.inputValue('#share-link-url');
  check(link.includes('/buyer/s/'), 'the order page makes a share link');
  await desk.waitForFunction(() => document.querySelectorAll('#share-link-list tr[data-link]').length === 1);

  const first = await buyerPage(browser, 'zh-CN');
  await first.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
  await first.waitForSelector('body[data-state=orders]');
  check((await first.locator('article.order').count()) === 1 && (await first.textContent('h1')) === '订单进度',
    'the link opens the order without a code, in the browser\'s Chinese');
  check(await first.locator('article.order .photos img').count() === 1, 'with the shared photo');

  const second = await buyerPage(browser, 'en-US');
  await second.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
  await second.waitForSelector('body[data-state=sign-in]');
  check(await second.isVisible('#link-ended'), 'used up, the link asks for a code instead');
  const stored = await api('GET', '/api/orders/' + encodeURIComponent(orderNo) + '/share-links');
  check(stored[0].visits === 1 && stored[0].maxVisits === 1, 'the server counted the one visit');
});
