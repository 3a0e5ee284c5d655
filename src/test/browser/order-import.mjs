// The merchandiser imports orders from a file: downloads the template from the order list's import page, uploads a
// CSV with the template's headers in which two of four rows are wrong, starts it as proposed, sees partial success
// with its counts and each error's line, column and reason, and downloads the failed rows to fix them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, baseUrl, check, deskPage, isoDate, scenario, unique } from './harness.mjs';
import { ensureStaff, MERCHANDISER } from './staff.mjs';

const HEADERS = ['订单号 Order No', '客户 Customer', '款式 Style', '品类 Product Type', '数量 Quantity', '交期 Due Date',
  '工厂代码 Factory Code', '跟单员 Merchandiser', '业务负责人 Business Owner'];

function isXlsx(path) {
  const bytes = readFileSync(path);
  return bytes.length > 100 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

await scenario('orders imported from a file with errors', async (browser) => {
  const PASSWORD = await ensureStaff();
  const factory = unique('IF');
  await api('POST', '/api/factories', { code: factory, name: `导入测试厂 ${factory}`, city: '宁波' });
  const good = [unique('IO'), unique('IO')];
  const row = (orderNo, quantity, factoryCode) => [orderNo, 'Nordic Outdoor AB', 'W-JK-2501 女式夹克', 'WOVEN',
    quantity, isoDate(120), factoryCode, MERCHANDISER, 'tbusinessOwner'];
  const lines = [HEADERS, row(good[0], '1200', factory), row(unique('IO'), '一千二', factory),
    row(good[1], '800', factory), row(unique('IO'), '500', 'F-NOPE')];
  const dir = mkdtempSync(join(tmpdir(), 'order-import-'));
  const file = join(dir, '订单导入.csv');
  writeFileSync(file, '\uFEFF' + lines.map((cells) => cells.map((c) => `"${c}"`).join(',')).join('\r\n'));

  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.goto(baseUrl + '/orders');
  await Promise.all([page.waitForNavigation(), page.click('#import-orders')]);
  await page.waitForSelector('body[data-loaded=true]');

  const [template] = await Promise.all([page.waitForEvent('download'), page.click('#template')]);
  check(isXlsx(await template.path()) && template.suggestedFilename().endsWith('.xlsx'),
    'the template downloads as an .xlsx: ' + template.suggestedFilename());

  await page.setInputFiles('#file', file);
  await page.click('#upload');
  await page.waitForSelector('#start-form:not([hidden])');
  check((await page.locator('#upload-summary').textContent()).includes('共 4 行'), 'the upload counts its rows');
  const mapped = await page.evaluate(() => Array.from(document.querySelectorAll('select[data-header]'))
    .map((s) => s.value));
  check(mapped.every((v) => v !== ''), 'every template column is mapped by itself: ' + mapped);
  await page.click('#start');

  await page.waitForFunction(() => {
    const status = document.querySelector('#current-body [data-role=status]');
    return status && status.textContent === '部分成功';
  }, null, { timeout: 60000 });
  const counts = await page.locator('#counts').textContent();
  check(counts.includes('新增 2') && counts.includes('失败 2'), 'the counts say what went in and what failed: ' + counts);
  const problems = await page.locator('#problems tbody tr').allTextContents();
  check(problems.some((p) => p.startsWith('3') && p.includes('数量 Quantity') && p.includes('整数')),
    'the bad quantity is named with its line and column: ' + problems);
  check(problems.some((p) => p.startsWith('5') && p.includes('工厂代码 Factory Code') && p.includes('没有这个工厂')),
    'the unknown factory is named with its line and column');
  const stored = await api('GET', `/api/orders/${good[1]}`);
  check(stored.quantity === 800 && stored.style === 'W-JK-2501 女式夹克', 'the good rows are stored as written');

  const [failed] = await Promise.all([page.waitForEvent('download'), page.click('#failed-rows')]);
  check(isXlsx(await failed.path()) && failed.suggestedFilename().includes('失败行'),
    'the failed rows download as an .xlsx: ' + failed.suggestedFilename());

  await page.reload();
  await page.waitForSelector('body[data-loaded=true]');
  const history = await page.locator('#history').textContent();
  check(history.includes('订单导入.csv') && history.includes('部分成功'), 'the import stays in the user\'s history');
});
