// A supplier's QC report is seen by the supplier and staff only; the merchandiser shares it with the order's factory
// from the order page, and the factory's user can then open it.
import { readFile } from 'node:fs/promises';
import { api, baseUrl, check, deskPage, factoryWithOrders, scenario, unique } from './harness.mjs';

function basic(login, password) {
  return 'Basic ' + Buffer.from(login + ':' + password).toString('base64');
}

await scenario('the merchandiser shares a supplier\'s QC report with the factory', async (browser) => {
  const { factory, supplier, orders } = await factoryWithOrders(1);
  const orderNo = orders[0];
  const password = 'partner-pass-1';
  const factoryUser = unique('ef').replace(/-/g, '');
  const supplierUser = unique('es').replace(/-/g, '');
  await api('POST', '/api/users', { login: factoryUser, displayName: '厂长 周', password, factoryCode: factory });
  await api('POST', '/api/users', { login: supplierUser, displayName: '质检 何', password, supplierCode: supplier });

  const form = new FormData();
  form.append('file', new Blob([await readFile(new URL('./fixtures/photo.png', import.meta.url))], { type: 'image/png' }),
    'qc.png');
  form.append('orderNo', orderNo);
  form.append('purpose', 'QC_REPORT');
  form.append('reference', '1');
  form.append('uploadedBy', '质检 何');
  const uploaded = await fetch(baseUrl + '/api/evidence', { method: 'POST', body: form,
    headers: { Authorization: basic(supplierUser, password), Accept: 'application/json' } });
  check(uploaded.status === 201, 'the supplier uploads a photo: ' + uploaded.status);
  const file = await uploaded.json();
  const asFactory = () => fetch(baseUrl + file.url, { headers: { Authorization: basic(factoryUser, password) } });
  check((await asFactory()).status === 404, 'the factory cannot open the supplier\'s file');

  const { page } = await deskPage(browser, 'tmerchandiser', 'test');
  await page.goto(`${baseUrl}/orders/${orderNo}`);
  await page.waitForSelector(`#evidence tr[data-evidence="${file.id}"]`);
  const row = page.locator(`#evidence tr[data-evidence="${file.id}"]`);
  check((await row.textContent()).includes('浏览器测试面料厂'), 'the page says which supplier sent it');
  await row.locator('button.share').click();
  const box = page.locator(`tr.share-choices[data-for="${file.id}"] input[data-code="${factory}"]`);
  await box.waitFor();
  await box.check();
  await page.waitForSelector(`tr.share-choices[data-for="${file.id}"] .result:text("已共享")`);
  check((await row.locator('.shared').textContent()).includes('浏览器测试制衣厂'), 'the row shows the factory');

  check((await asFactory()).status === 200, 'the factory opens the shared file');
  const seen = await (await fetch(baseUrl + '/api/evidence?orderNo=' + orderNo,
    { headers: { Authorization: basic(factoryUser, password), Accept: 'application/json' } })).json();
  check(seen.some((f) => f.id === file.id), 'the factory\'s list shows it');
});
