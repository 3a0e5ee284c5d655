// The merchandiser enters an order on the desk: the customer, factory and people picked by name, a fabric line with
// its supplier and PO date, the T&A plan previewed by stage before saving, a refused field shown beside itself, and
// the saved order's page showing the plan. Prints how long saving took until the plan showed.
import { api, baseUrl, check, deskPage, isoDate, scenario, unique } from './harness.mjs';
import { ensureStaff, MERCHANDISER, OWNER } from './staff.mjs';
import { pickNew, pick } from './pickers.mjs';

await scenario('an order entered on the desk from its form', async (browser) => {
  const PASSWORD = await ensureStaff();
  const factory = unique('EF');
  const supplier = unique('ES');
  await api('POST', '/api/factories', { code: factory, name: `录单测试厂 ${factory}`, city: '宁波' });
  await api('POST', '/api/suppliers', { code: supplier, name: `录单面料厂 ${supplier}`, category: 'FABRIC', transitDays: 4 });
  const customer = `新客户 ${unique('C')}`;
  const orderNo = unique('EO');

  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.waitForSelector('body[data-loaded=true]');
  await Promise.all([page.waitForNavigation(), page.click('#new-order')]);
  await page.waitForSelector('body[data-loaded=true]');

  await page.fill('#orderNo', orderNo);
  await pickNew(page, 'customer', customer);
  await page.fill('#style', 'W-JK-2401 女式冲锋衣');
  await page.selectOption('#productType', 'WOVEN');
  await page.fill('#quantity', '1500');
  await pick(page, 'factoryCode', factory);
  await pick(page, 'merchandiser', 'merchandiser test');
  await pick(page, 'businessOwner', 'businessOwner test');
  await page.click('#add-material');
  const line = page.locator('.material-line').first();
  await line.locator('[data-name=description]').fill('主面料 尼龙塔丝隆');
  await pick(page, 'supplier-1', supplier);
  await line.locator('[data-name=quantity]').fill('2200');
  await line.locator('[data-name=unit]').fill('m');

  // a due date in the past is refused beside its field, by the preview and by saving
  await page.fill('#dueDate', isoDate(-1));
  await page.press('#dueDate', 'Enter');
  await page.waitForSelector('#dueDate.is-invalid ~ .invalid-feedback');
  await page.click('#order-form button[type=submit]');
  await page.waitForSelector('#dueDate.is-invalid');
  const feedback = await page.locator('#dueDate ~ .invalid-feedback').first().textContent();
  check(feedback.includes('交期须晚于今天'), 'the refused due date is explained beside its field: ' + feedback);
  check((await api('GET', `/api/orders?q=${orderNo}&status=`)).total === 0, 'nothing was saved');

  // a good due date previews the plan by stage, one header per stage
  const due = isoDate(120);
  await page.fill('#dueDate', due);
  await page.press('#dueDate', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#preview-rows tr[data-code]').length >= 25);
  check(!(await page.locator('#dueDate').getAttribute('class')).includes('is-invalid'), 'the error is gone');
  const headers = await page.locator('#preview-rows tr.stage-header').allTextContents();
  check(headers.length === new Set(headers).size && headers[0] === '设计', 'each stage heads its rows once: ' + headers);
  check(await page.locator('#preview-rows tr[data-code=EX_FACTORY] td').nth(2).textContent() === due,
    'the preview ends ex-factory on the due date');
  check(await page.locator('#preview-rows tr[data-code=TECH_PACK] td').nth(1).textContent() === '技术部',
    'owners are named in Chinese');
  await line.locator('[data-name=poDueDate]').fill(isoDate(70));
  await line.locator('[data-name=poDueDate]').press('Enter');

  const started = Date.now();
  await Promise.all([page.waitForNavigation(), page.click('#order-form button[type=submit]')]);
  await page.waitForSelector('#milestones tr[data-code=EX_FACTORY]');
  const took = Date.now() - started;
  console.log(`save to the order's page showing its plan: ${took} ms`);
  check(new URL(page.url()).pathname === `/orders/${orderNo}`, 'saving opens the order\'s page');

  const stored = await api('GET', `/api/orders/${orderNo}`);
  check(stored.customer === customer && stored.factoryCode === factory && stored.merchandiser === MERCHANDISER
    && stored.businessOwner === OWNER && stored.quantity === 1500 && stored.dueDate === due,
    'the order is stored as entered, people by login: ' + JSON.stringify([stored.customer, customer, stored.dueDate, due]));
  check(stored.materials.length === 1 && stored.materials[0].supplierCode === supplier
    && stored.materials[0].poDueDate === isoDate(70), 'the material line is stored with its supplier and PO date');
  check((await page.locator('#facts').textContent()).includes('merchandiser test'), 'the page names the merchandiser');
  console.log(`checked at ${baseUrl}`);
});
