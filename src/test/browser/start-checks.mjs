// The start checks from the pages: the merchandiser enters an order over its customer's credit limit with a fabric
// line the stock does not cover; the order page says 信用检查: 待财务审批; finance approves it on the approvals page;
// the supplier answers the purchase request on its phone page with a promised date, which the order page then shows
// as the line's PO due date.
import { api, check, deskPage, isoDate, phonePage, scenario, unique } from './harness.mjs';
import { ensureStaff } from './staff.mjs';
import { pick, pickExactly } from './pickers.mjs';

const FINANCE = 'tfinance';
const SUPPLIER_USER = 'tsupplier';
const TEST_PASSWORD = 'test';

await scenario('start checks: credit held and approved by finance, a purchase request answered', async (browser) => {
  const PASSWORD = await ensureStaff();
  const customer = `信用客户 ${unique('C')}`;
  const added = await api('POST', '/api/customers', { name: customer });
  await api('PUT', `/api/customers/${added.id}/credit`, { creditLimit: 100000, currency: 'CNY', overdueAmount: 0 });
  const factory = unique('SF');
  await api('POST', '/api/factories', { code: factory, name: `检查测试厂 ${factory}`, city: '宁波' });
  const material = `库存不足面料 ${unique('M')}`;
  await api('PUT', '/api/stock', { material, quantity: 100, unit: 'm' });
  const orderNo = unique('SC');

  // the merchandiser enters 1,200 pieces at 120: 144,000 against a limit of 100,000
  const merch = (await deskPage(browser, 'tmerchandiser', PASSWORD)).page;
  await merch.goto(new URL('/orders/new', merch.url()).href);
  await merch.waitForSelector('body[data-loaded=true]');
  await merch.fill('#orderNo', orderNo);
  await pick(merch, 'customer', customer);
  await merch.fill('#style', 'W-JK-2402 女式风衣');
  await merch.selectOption('#productType', 'WOVEN');
  await merch.fill('#quantity', '1200');
  await merch.fill('#unitPrice', '120');
  await pick(merch, 'factoryCode', factory);
  await pick(merch, 'merchandiser', 'merchandiser test');
  await pick(merch, 'businessOwner', 'businessOwner test');
  await merch.click('#add-material');
  const line = merch.locator('.material-line').first();
  await line.locator('[data-name=description]').fill(material);
  await pickExactly(merch, 'supplier-1', '测试面料厂');
  await line.locator('[data-name=quantity]').fill('1800');
  await line.locator('[data-name=unit]').fill('m');
  await merch.fill('#dueDate', isoDate(120));
  await merch.press('#dueDate', 'Enter');
  await Promise.all([merch.waitForNavigation(), merch.click('#order-form button[type=submit]')]);
  await merch.waitForSelector('#credit-check');
  const held = await merch.locator('#fact-credit-check').textContent();
  check(held.includes('待财务审批') && held.includes('超出信用额度'), 'the order page says the order waits for finance: ' + held);
  check((await merch.locator('tr[data-line="1"] .supply').textContent()) === '',
    'the stock is checked only once the credit is cleared');

  // finance decides on the approvals page
  const finance = (await phonePage(browser, FINANCE, TEST_PASSWORD)).page;
  await finance.goto(new URL('/m/approvals.html', finance.url()).href);
  const hold = finance.locator(`section.credit-hold[data-order-no="${orderNo}"]`);
  await hold.waitFor();
  check((await hold.textContent()).includes('超出信用额度'), 'finance sees why the order is held');
  await hold.locator('textarea.comment').fill('客户已付 30% 预付款');
  await hold.locator('button[data-credit=true]').click();
  await finance.waitForSelector('#toast:has-text("已同意执行")');
  await hold.waitFor({ state: 'detached' });

  await merch.reload();
  await merch.waitForSelector('#credit-check');
  const approved = await merch.locator('#fact-credit-check').textContent();
  check(approved.includes('通过（财务已批准）') && approved.includes('客户已付 30% 预付款'),
    'the order page shows finance\'s approval: ' + approved);
  const stored = await api('GET', `/api/orders/${orderNo}`);
  check(stored.status === 'OPEN' && stored.creditCheck === 'APPROVED', 'the order runs');
  check((await merch.locator('tr[data-line="1"] .supply').textContent()) === '已发采购申请',
    'the short fabric line is requested of its supplier');

  // the supplier answers the purchase request with a promised date
  const promised = isoDate(60);
  const supplier = (await phonePage(browser, SUPPLIER_USER, TEST_PASSWORD)).page;
  await supplier.goto(new URL('/m/supplier.html', supplier.url()).href);
  const request = supplier.locator('section.purchase-request', { hasText: orderNo });
  await request.waitFor();
  check((await request.textContent()).includes(material), 'the supplier sees the material asked for');
  await request.locator('input[name=promisedDate]').fill(promised);
  await request.locator('button[type=submit]').click();
  await supplier.waitForSelector('#toast:has-text("交期已确认")');

  await merch.reload();
  await merch.waitForSelector('tr[data-line="1"] .po-due');
  check((await merch.locator('tr[data-line="1"] .po-due').textContent()) === promised,
    'the order page shows the promised date as the line\'s PO due date');
});
