// Snooze from the alert page: who confirmed snoozes the exception's reminders with a reason and an end time; an end
// in the past is refused beside its field; the page then says until when it is snoozed.
import { LOGIN, api, baseUrl, check, factoryWithOrders, isoDate, phonePage, scenario } from './harness.mjs';

async function notify(exceptionId) {
  const [instance] = await api('GET',
    `/engine-rest/process-instance?processDefinitionKey=ExceptionHandling&businessKey=${exceptionId}`);
  for (const job of await api('GET', `/engine-rest/job?processInstanceId=${instance.id}&executable=true`)) {
    await api('POST', `/engine-rest/job/${job.id}/execute`);
  }
}

async function exceptionOf(orderNo) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const page = await api('GET', `/api/exceptions?orderNo=${orderNo}&type=MATERIAL_DELAY`);
    if (page.items.length) {
      return page.items[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no exception for ' + orderNo);
}

/** The company's wall clock (Asia/Shanghai) plus minutes, as a datetime-local value. */
function companyLocal(minutes) {
  const at = new Date(Date.now() + minutes * 60000 + 8 * 3600000);
  return at.toISOString().slice(0, 16);
}

await scenario('who confirmed snoozes the reminders from the alert page', async (browser) => {
  const { orders } = await factoryWithOrders(1);
  const orderNo = orders[0];
  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`, { shippedDate: isoDate(0), carrier: '顺丰',
    trackingNo: 'SF1234567891', eta: isoDate(85), reportedBy: '何经理', source: 'MANUAL' });
  const exception = await exceptionOf(orderNo);
  await notify(exception.id);

  const { page } = await phonePage(browser);
  await page.goto(`${baseUrl}/exceptions/${exception.id}`);
  await page.waitForSelector('#confirm:not([disabled])');
  check(await page.locator('#snooze').count() === 0, 'no snooze before confirming');
  await page.click('#confirm');
  await page.waitForSelector('#snooze');

  await page.fill('#snooze input[name=until]', companyLocal(-30));
  await page.fill('#snooze input[name=reason]', '等工厂明早回复');
  await page.click('#snooze button[type=submit]');
  await page.waitForSelector('#snooze [data-field=until] [data-role=field-error]:not(:empty)');
  check((await page.textContent('#snooze [data-field=until]')).includes('晚于现在'), 'an end in the past is refused beside it');

  await page.fill('#snooze input[name=until]', companyLocal(120));
  await page.click('#snooze button[type=submit]');
  await page.waitForSelector('#snoozed');
  check((await page.textContent('#snoozed')).includes('等工厂明早回复'), 'the page says until when and why');
  check((await page.textContent('#message')).includes('已暂停'), 'and that it is snoozed');

  const snoozed = await api('GET', `/api/exceptions/${exception.id}`);
  check(snoozed.snooze.snoozedBy === LOGIN && snoozed.snooze.snoozeReason === '等工厂明早回复',
    'the server stored who snoozed and why');
  check(snoozed.timeline.some((e) => e.kind === 'SNOOZED'), 'the timeline records the snooze');
});
