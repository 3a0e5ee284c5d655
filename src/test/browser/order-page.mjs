// The merchandiser's desk: signing in lands on the orders, a filter finds the order, its page shows the plan by stage
// and its history, and a change made elsewhere appears on the open page without reloading it.
import { api, baseUrl, check, deskPage, factoryWithOrders, isoDate, scenario } from './harness.mjs';
import { pickByValue } from './pickers.mjs';

await scenario('the order page shows the plan and the audit trail, live', async (browser) => {
  const { factory, orders } = await factoryWithOrders(2);  // followed by merch: the page hears of the order as its page, not as its follower
  const orderNo = orders[0];
  const { page } = await deskPage(browser);
  check(new URL(page.url()).pathname === '/orders', 'signing in lands on the orders');
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator('nav a.nav-link.active').textContent() === '订单', 'the navigation marks the order list');

  // the factory picker searches its list by name or code
  await page.click('#filters .ts-wrapper:has(#factory-ts-control) .ts-control');
  await pickByValue(page, 'factory', factory, factory);
  await page.waitForFunction((count) => document.querySelectorAll('#orders .tabulator-row').length === count
    && document.querySelector('#orders .tabulator-row a').getAttribute('href').startsWith('/orders/BO-'), orders.length);
  check(new URL(page.url()).searchParams.get('factory') === factory, 'the filter is kept in the address');
  const counter = await page.locator('#orders .tabulator-page-counter').textContent();
  console.log('counter:', counter);
  check(counter.includes(`/ ${orders.length} 条`),
    'the filter finds exactly the factory\'s orders');

  // sorting by due date, newest first, is done by the server
  await Promise.all([page.waitForResponse((r) => r.url().includes('sort=dueDate%2Cdesc')),
    page.click('#orders .tabulator-col[tabulator-field=dueDate]')]);
  await page.waitForFunction((first) => document.querySelector('#orders .tabulator-row a').textContent === first,
    orders[orders.length - 1]);

  // the search box finds one order by its number
  await page.fill('#q', orderNo);
  await page.click('#filters button[type=submit]');
  await page.waitForFunction((no) => document.querySelectorAll('#orders .tabulator-row').length === 1
    && document.querySelector('#orders .tabulator-row a').textContent === no, orderNo);

  await Promise.all([page.waitForNavigation(), page.click(`#orders a[href="/orders/${orderNo}"]`)]);
  await page.waitForSelector('body[data-loaded=true]');
  check((await page.locator('#milestones tr[data-code]').count()) >= 25, 'the page shows the whole T&A plan');
  check((await page.locator('#history .history-entry').count()) > 0, 'the page shows who created the order');
  const headers = await page.locator('#milestones tr.stage-header').allTextContents();
  check(headers.join() === '设计,面辅料,生产,质检,物流', 'the plan is grouped by stage, one header each: ' + headers);
  let reloads = 0;
  page.on('load', () => { reloads += 1; });

  const detail = await api('GET', `/api/orders/${orderNo}`);
  const open = detail.milestones.find((m) => !m.done);
  const moved = isoDate(150);
  await api('POST', `/api/orders/${orderNo}/milestones/${open.code}/forecast`, { expectedDate: moved, reason: '面料晚到' });

  const started = Date.now();
  await page.waitForFunction(([code, date]) => {
    const cell = document.querySelector(`#milestones tr[data-code="${code}"] td.forecast`);
    return cell && cell.textContent === date;
  }, [open.code, moved], { timeout: 5000 });
  console.log(`the open order page showed the change ${Date.now() - started} ms after the API answered`);
  await page.waitForFunction(() => document.querySelector('#history').textContent.includes('面料晚到'));
  check(await page.locator('#history').textContent().then((text) => text.includes('延误原因')),
    'the history shows the change with its reason, the field named in Chinese');
  const requested = await api('POST', '/api/approvals',
    { orderNo, kind: 'EXTRA_COST', amount: 800, reason: '空运差价 air freight' });
  await page.waitForSelector(`#approvals tr[data-approval-id="${requested.id}"]`, { timeout: 5000 });
  check((await page.locator(`#approvals tr[data-approval-id="${requested.id}"] td.status`).textContent())
    .startsWith('待审批'), 'a change request shows up on the open page as pending');
  const fabricSlip = isoDate(160);
  await api('POST', `/api/orders/${orderNo}/milestones/FABRIC_IN_HOUSE/forecast`,
    { expectedDate: fabricSlip, reason: '染厂排缸延误' });
  await page.waitForFunction((date) => [...document.querySelectorAll('#materials td.expected')]
    .some((cell) => cell.textContent === date), fabricSlip, { timeout: 5000 });
  check(await page.locator('#materials td.expected .late').count() > 0,
    'a slip on fabric in-house shows on the fabric line as late');
  check((await page.locator('#plan-stage').textContent()).length > 0, 'the page says how far the plan has got');
  check(reloads === 0, 'the page was not reloaded');
  check(new URL(page.url()).pathname === `/orders/${orderNo}`, 'the page stays where it was');
  console.log(`checked at ${baseUrl}`);
});
