// The merchandiser works an order from its page: edits the style, remarks and a PO date in place, asks for a later
// due date from the same form and sees the request wait for the business owner, who finds it on the approvals page;
// then records a milestone's actual date and a slip from the plan and watches the forecasts move, and reads it all
// in the history by name; at last cancels it with a reason.
import { api, baseUrl, check, deskPage, factoryWithOrders, isoDate, phonePage, scenario } from './harness.mjs';
import { ensureStaff, MERCHANDISER, OWNER } from './staff.mjs';

await scenario('an order edited, changed through approval and progressed from its page', async (browser) => {
  const PASSWORD = await ensureStaff();
  const { orders: [orderNo] } = await factoryWithOrders(1, MERCHANDISER);
  const before = await api('GET', `/api/orders/${orderNo}`);
  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.goto(`${baseUrl}/order.html?orderNo=${orderNo}`);
  check(new URL(page.url()).pathname === `/orders/${orderNo}`, 'the old address leads to the order page');
  await page.waitForSelector('body[data-loaded=true]');

  // editing: style, remarks and a PO date at once; the new due date becomes a change request
  await page.click('#edit-button');
  await page.waitForSelector('#edit-dialog.show');
  await page.fill('#edit-style', 'W-JK-2301 女式夹克 改版');
  await page.fill('#edit-remarks', '吊牌换新版');
  const poDue = isoDate(45);
  await page.fill('#edit-materials input[data-line="1"]', poDue);
  const newDue = isoDate(97);
  await page.fill('#edit-due', newDue);
  await page.click('#edit-form button[type=submit]');
  await page.waitForSelector('#edit-reason.is-invalid');
  check((await page.locator('#edit-reason ~ .invalid-feedback').textContent()).includes('变更原因'),
    'a new due date without a reason is refused beside the reason');
  check((await api('GET', `/api/orders/${orderNo}`)).style === before.style, 'and nothing was written');
  await page.fill('#edit-reason', '客户推迟船期');
  await page.click('#edit-form button[type=submit]');
  await page.waitForSelector('#edit-dialog', { state: 'hidden' });
  await page.waitForFunction(() => document.querySelector('#fact-style').textContent.includes('改版'));

  const edited = await api('GET', `/api/orders/${orderNo}`);
  check(edited.style === 'W-JK-2301 女式夹克 改版' && edited.remarks === '吊牌换新版'
    && edited.materials[0].poDueDate === poDue, 'style, remarks and the PO date are saved in place');
  check(edited.dueDate === before.dueDate, 'the due date waits for approval');
  const [request] = await api('GET', `/api/approvals?orderNo=${orderNo}`);
  check(request.kind === 'DELIVERY_DATE_CHANGE' && request.newValue === newDue && request.status === 'PENDING'
    && request.requestedBy === MERCHANDISER, 'the new due date is a pending delivery date change');
  const row = page.locator(`#approvals tr[data-approval-id="${request.id}"]`);
  await row.waitFor();
  check((await row.textContent()).includes('业务负责人：待审批'), 'the page shows which level it waits for');

  // the business owner finds it on the approvals page
  const owner = await phonePage(browser, OWNER, PASSWORD);
  await owner.page.goto(`${baseUrl}/m/approvals.html`);
  await owner.page.waitForSelector(`section.approval[data-id="${request.id}"]`);
  check((await owner.page.locator(`section.approval[data-id="${request.id}"]`).textContent()).includes('客户推迟船期'),
    'the business owner finds the request on the approvals page');
  await owner.context.close();

  // another kind of change from the change dialog, then withdrawn
  await page.click('#change-button');
  await page.waitForSelector('#change-dialog.show');
  await page.selectOption('#change-kind', 'EXTRA_COST');
  await page.fill('#change-new-value', '空运差价');
  await page.fill('#change-amount', '800');
  await page.click('#change-form button[type=submit]');
  await page.waitForSelector('#change-reason.is-invalid');
  await page.fill('#change-reason', '赶船期');
  await page.click('#change-form button[type=submit]');
  await page.waitForSelector('#change-dialog', { state: 'hidden' });
  const extra = (await api('GET', `/api/approvals?orderNo=${orderNo}`)).find((a) => a.kind === 'EXTRA_COST');
  await page.click(`#approvals tr[data-approval-id="${extra.id}"] button.withdraw`);
  await page.waitForFunction((id) => document.querySelector(`#approvals tr[data-approval-id="${id}"] td.status`)
    .textContent === '已撤回', extra.id);
  check((await api('GET', `/api/approvals/${extra.id}`)).status === 'WITHDRAWN', 'the requester withdrew it');

  // progress: an actual date moves its milestone's forecast, a slip moves the delivery forecast
  const techPack = before.milestones.find((m) => m.code === 'TECH_PACK');
  const today = isoDate(0);
  check(techPack.forecastDate !== today, 'the tech pack is forecast on its planned date');
  await page.click('#milestones tr[data-code=TECH_PACK] button.record');
  await page.waitForSelector('#milestone-dialog.show');
  await page.fill('#milestone-actual', today);
  await page.click('#milestone-form button[type=submit]');
  await page.waitForFunction((date) => document.querySelector('#milestones tr[data-code=TECH_PACK] td.forecast')
    .textContent === date, today);
  check(await page.locator('#milestones tr[data-code=TECH_PACK] td.actual').textContent() === today,
    'the actual date is recorded and the forecast moved to it');

  const forecastBefore = await page.locator('#fact-forecast').textContent();
  await page.click('#milestones tr[data-code=FABRIC_IN_HOUSE] button.record');
  await page.waitForSelector('#milestone-dialog.show');
  await page.click('label[for=mode-slip]');
  const slipped = isoDate(75);
  await page.fill('#milestone-expected', slipped);
  await page.fill('#milestone-reason', '染厂排缸延误');
  await page.click('#milestone-form button[type=submit]');
  await page.waitForFunction((was) => document.querySelector('#fact-forecast').textContent !== was, forecastBefore);
  const slippedOrder = await api('GET', `/api/orders/${orderNo}`);
  check(slippedOrder.delayDays > 0 && (await page.locator('#fact-forecast').textContent())
    .includes(slippedOrder.forecastDeliveryDate), 'the slip moved the delivery forecast: '
    + await page.locator('#fact-forecast').textContent());

  // the history reads in Chinese, by name, the re-forecast folded
  await page.waitForFunction(() => document.querySelector('#history').textContent.includes('染厂排缸延误'));
  const history = await page.locator('#history').textContent();
  check(history.includes('款式') && history.includes('改版') && history.includes('merchandiser test'),
    'the history names the field and the person');
  check(history.includes('交货预测') && !history.includes('forecastDate'), 'the re-forecast is one line in words');

  // cancelling asks for the reason
  await page.click('#cancel-button');
  await page.waitForSelector('#cancel-dialog.show');
  await page.click('#cancel-form button[type=submit]');
  await page.waitForSelector('#cancel-reason.is-invalid');
  await page.fill('#cancel-reason', '客户取消该款');
  await page.click('#cancel-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#status-badge').textContent === '已取消');
  const cancelled = await api('GET', `/api/orders/${orderNo}`);
  check(cancelled.status === 'CANCELLED' && cancelled.cancelReason === '客户取消该款', 'the order is cancelled with its reason');
  check(await page.locator('#order-actions').isHidden() && await page.locator('button.record').count() === 0,
    'a cancelled order offers no more changes');
  console.log(`checked at ${baseUrl}`);
});
