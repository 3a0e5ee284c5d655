// My approvals on the phone: the business owner rejects one request with a comment and approves another; each
// leaves the list, and a request made meanwhile elsewhere appears without reloading the page.
import { api, baseUrl, check, factoryWithOrders, phonePage, scenario } from './harness.mjs';

const OWNER = 'tbusinessOwner';
const PASSWORD = 'test';

async function requestChange(orderNo, kind, amount, reason) {
  return (await api('POST', '/api/approvals', { orderNo, kind, amount, reason })).id;
}

await scenario('the business owner decides approvals on the phone', async (browser) => {
  const { orders: [orderNo] } = await factoryWithOrders(1);
  const toReject = await requestChange(orderNo, 'EXTRA_COST', 8000, '空运 200 件');
  const toApprove = await requestChange(orderNo, 'FABRIC_PURCHASE_CHANGE', 5000, '改用 380T 尼龙');
  const { page } = await phonePage(browser, OWNER, PASSWORD);
  await page.goto(`${baseUrl}/m/approvals.html`);
  await page.waitForSelector('body[data-loaded=true]');
  const card = (id) => page.locator(`section.approval[data-id="${id}"]`);
  check(await card(toReject).count() === 1 && await card(toApprove).count() === 1, 'both requests are listed');
  check((await card(toReject).textContent()).includes('空运 200 件'), 'a card shows the reason');

  await card(toReject).locator('button.reject').click();
  check((await card(toReject).locator('.error').textContent()).includes('审批意见'),
    'rejecting without a comment asks for one');
  await card(toReject).locator('textarea.comment').fill('走海运，来得及');
  await card(toReject).locator('button.reject').click();
  await card(toReject).waitFor({ state: 'detached' });
  const rejected = await api('GET', `/api/approvals/${toReject}`);
  check(rejected.status === 'REJECTED' && rejected.decisions[0].comment === '走海运，来得及'
    && rejected.decisions[0].approver === OWNER, 'the rejection is stored with its comment and approver');

  await card(toApprove).locator('button.approve').click();
  await card(toApprove).waitFor({ state: 'detached' });
  check((await api('GET', `/api/approvals/${toApprove}`)).status === 'APPROVED', 'the approval is stored');

  let reloads = 0;
  page.on('load', () => { reloads += 1; });
  const arriving = await requestChange(orderNo, 'EXTRA_COST', 300, '加急快递');
  await card(arriving).waitFor({ timeout: 5000 });
  check(reloads === 0, 'a new request appeared on the open page without reloading it');
});
