// The merchandiser filters the order list down to one factory's orders and exports it to Excel: the browser
// downloads an .xlsx (a zip) named for the list, of a size that fits the filtered rows only. The rows themselves are
// read back and compared with the API in ExportApiTest.
import { api, baseUrl, check, deskPage, factoryWithOrders, scenario } from './harness.mjs';
import { ensureStaff, MERCHANDISER } from './staff.mjs';
import { readFile } from 'node:fs/promises';

async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-orders')]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, url: download.url() };
}

await scenario('the filtered order list exported to Excel', async (browser) => {
  const PASSWORD = await ensureStaff();
  await factoryWithOrders(2);
  const { factory } = await factoryWithOrders(3);

  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.goto(`${baseUrl}/orders?factory=${factory}`);
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator('#orders .tabulator-row').count() === 3, 'the list shows the factory\'s 3 orders');

  const file = await exported(page);
  check(file.name.endsWith('.xlsx') && file.name.startsWith('订单列表-'), 'the download is an .xlsx named in Chinese: '
    + file.name);
  check(file.bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])), 'the file is a zip, as .xlsx is');
  const query = new URL(file.url).searchParams;
  check(query.get('factory') === factory, 'the export asks for the list\'s filter: ' + file.url);
  check((await api('GET', `/api/orders?factory=${factory}`)).total === 3, 'the API lists the same 3 orders');

  await page.goto(`${baseUrl}/orders`);
  await page.waitForSelector('body[data-loaded=true]');
  const all = await exported(page);
  check(all.bytes.length > file.bytes.length, `the unfiltered list is a larger file (${all.bytes.length} > ${file.bytes.length} bytes)`);
});
