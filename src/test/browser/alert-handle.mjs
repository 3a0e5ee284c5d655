// An alert handled to its end from its page: a merchandiser confirms a P1 material delay, submits the solution plan,
// records a measure, verifies it resolved and closes it with the review; the page then links the review report.
import {
  api, baseUrl, check, deskPage, exceptionOf, factoryWithOrders, isoDate, notify, scenario, unique,
} from './harness.mjs';

await scenario('plan, verify and close from the alert page', async (browser) => {
  const login = unique('mer').replace(/-/g, '');
  const password = 'merch-pass-1';
  await api('POST', '/api/users', { login, displayName: '跟单 小林', password, roles: ['merchandiser'] });
  // due in five weeks, with the fabric arriving in twelve: little slack, so the grade asks for a plan
  const { orders } = await factoryWithOrders(1, login, 35);
  const orderNo = orders[0];
  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`, { shippedDate: isoDate(0), carrier: '顺丰',
    trackingNo: 'SF0000000002', eta: isoDate(85), reportedBy: '何经理', source: 'MANUAL' });
  const exception = await exceptionOf(orderNo, 'MATERIAL_DELAY');
  await notify(exception.id);
  check(['P0', 'P1'].includes((await api('GET', `/api/exceptions/${exception.id}`)).summary.priority),
    'the delay needs a solution plan');

  const { page } = await deskPage(browser, login, password);
  await page.goto(`${baseUrl}/exceptions/${exception.id}`);
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator('#order-link').getAttribute('href') === `/orders/${orderNo}`, 'the page links the order');
  check(await page.locator('#alert-response').count() === 1, 'the page keeps a place for snoozing and deciding');
  const detail = await page.locator('#detail').textContent();
  check(!/[A-Za-z]{4,} [a-z]{3,}/.test(detail), 'the detail is Chinese: ' + detail);

  await page.click('#confirm');
  await page.waitForSelector('#plan:not([hidden])');
  await page.fill('#plan textarea[name=plan]', '一半面料改空运，另订第二家面料厂');
  await page.fill('#plan input[name=expectedRecoveryDate]', isoDate(20));
  await page.click('#plan button[type=submit]');
  await page.waitForSelector('#solution-card:not([hidden])');
  check((await page.locator('#solution').textContent()).includes('改空运'), 'the plan shows beside the timeline');

  await page.selectOption('#action select[name=kind]', 'SWITCH_LOGISTICS');
  await page.fill('#action textarea[name=description]', '800 米改空运');
  await page.click('#action button[type=submit]');
  await page.waitForSelector('#measures li.measure');
  check((await page.locator('#measures').textContent()).includes('更换物流方式'), 'the measure is listed in Chinese');

  await page.waitForSelector('#verify:not([hidden])');
  await page.check('#resolved-yes');
  await page.fill('#verify textarea[name=notes]', '面料已全部到厂');
  await page.click('#verify button[type=submit]');
  await page.waitForSelector('#close:not([hidden])');

  await page.click('#close button[type=submit]');
  await page.waitForSelector('#close textarea[name=rootCause].is-invalid');
  check(await page.locator('#close .invalid-feedback').count() >= 1, 'a missing root cause shows beside its field');
  await page.fill('#close textarea[name=rootCause]', '面料厂排缸延误');
  await page.fill('#close textarea[name=measures]', '空运加第二家面料厂');
  await page.fill('#close input[name=deliveryImpactDays]', '2');
  await page.fill('#close textarea[name=lessonsLearned]', '关键面料订两家');
  check(await page.locator('#close-decision').isVisible(), 'the fabric is still late, so closing asks for a decision');
  await page.selectOption('#close select[name=decision]', 'WATCH_FROM');
  await page.fill('#close input[name=watchFrom]', isoDate(7));
  await page.press('#close input[name=watchFrom]', 'Enter');
  await page.click('#close button[type=submit]');
  await page.waitForSelector('#review-link:not([hidden])');

  const closed = await api('GET', `/api/exceptions/${exception.id}`);
  check(closed.summary.status === 'CLOSED' && closed.closedBy === login, 'the exception is closed by the merchandiser');
  check(closed.solutionPlan.includes('改空运') && closed.rootCause === '面料厂排缸延误' && closed.deliveryImpactDays === 2,
    'plan and review are stored');
  check(await page.locator('#review-link').getAttribute('href') === `/api/exceptions/${exception.id}/review.html`,
    'the page links the review report');
  const timeline = await page.locator('#timeline').textContent();
  check(timeline.includes('跟单 小林') && !timeline.includes(login), 'the timeline names people, not logins');
});
