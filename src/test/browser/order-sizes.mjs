// The merchandiser enters an order split over colours and sizes on /orders/new, sees the matrix on the order's
// page and changes the split in the edit dialog; the factory then reports a day's cutting per colour and size on its
// phone page, and the order's page shows the cut pieces in their cells.
import { api, baseUrl, check, deskPage, isoDate, phonePage, scenario, unique } from './harness.mjs';
import { ensureStaff, MERCHANDISER } from './staff.mjs';
import { pickNew, pick } from './pickers.mjs';

/** Types a number into a grid cell (row, column counted from 0; column 0 is the colour) and leaves the cell. */
async function typeCell(page, grid, row, column, value) {
  const cell = page.locator(`${grid} .tabulator-row`).nth(row).locator('.tabulator-cell').nth(column);
  for (let attempt = 1; ; attempt++) {
    await cell.click();
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    try {
      // on a busy machine the editor may open after the first keys were typed: then the cell is typed again
      await page.waitForFunction(([c, v]) => c.isConnected && c.textContent.trim() === v,
        [await cell.elementHandle(), String(value)], { timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
    }
  }
}

await scenario('an order entered by colour and size, reported per size by the factory', async (browser) => {
  const PASSWORD = await ensureStaff();
  const factory = unique('SF');
  await api('POST', '/api/factories', { code: factory, name: `尺码测试厂 ${factory}`, city: '宁波' });
  const orderNo = unique('SO');

  const { page } = await deskPage(browser, MERCHANDISER, PASSWORD);
  await page.goto(`${baseUrl}/orders/new`);
  await page.waitForSelector('body[data-loaded=true]');
  await page.fill('#orderNo', orderNo);
  const customer = `分码客户 ${unique('C')}`;
  await pickNew(page, 'customer', customer);
  await page.fill('#style', 'K-TS-2402 分码T恤');
  await page.selectOption('#productType', 'KNIT');
  await page.fill('#dueDate', isoDate(120));
  await page.press('#dueDate', 'Enter');
  await pick(page, 'factoryCode', factory);
  await pick(page, 'merchandiser', 'merchandiser test');
  await pick(page, 'businessOwner', 'businessOwner test');

  // colours in the order typed, sizes typed out of order come out S M L
  await page.fill('#add-colours', '黑 Black，藏青 Navy');
  await page.click('#add-colours-button');
  await page.fill('#add-sizes', 'L S M');
  await page.click('#add-sizes-button');
  await page.waitForFunction(() => ['S', 'M', 'L'].every((size) => [...document.querySelectorAll(
    '#size-matrix .tabulator-col-title')].some((title) => title.textContent.replace(/[^A-Z0-9]/g, '') === size)));
  const headers = await page.locator('#size-matrix .tabulator-col-title').allTextContents();
  const sizes = headers.map((h) => h.replace(/[^A-Z0-9]/g, '')).filter((h) => ['S', 'M', 'L'].includes(h));
  check(sizes.join(' ') === 'S M L', 'sizes are columns in their natural order: ' + headers);
  await typeCell(page, '#size-matrix', 0, 1, 100);
  await typeCell(page, '#size-matrix', 0, 2, 200);
  await typeCell(page, '#size-matrix', 0, 3, 150);
  await typeCell(page, '#size-matrix', 1, 1, 50);
  await typeCell(page, '#size-matrix', 1, 2, 100);
  await page.waitForFunction(() => document.getElementById('quantity').value === '600');
  check(await page.locator('#quantity').evaluate((input) => input.readOnly), 'the quantity is the matrix total');

  await Promise.all([page.waitForNavigation(), page.click('#order-form button[type=submit]')]);
  await page.waitForSelector('#size-matrix .tabulator-row');
  check(new URL(page.url()).pathname === `/orders/${orderNo}`, 'saving opens the order\'s page');
  const groups = await page.locator('#size-matrix .tabulator-group').allTextContents();
  check(groups[0].includes('黑 Black') && groups[1].includes('藏青 Navy'), 'colours are rows in entry order: ' + groups);
  const stored = await api('GET', `/api/orders/${orderNo}`);
  check(stored.quantity === 600 && stored.sizeLines.length === 5, 'five colour × size lines of 600 pieces are stored');

  // the split is changed in the edit dialog: cells that no longer add up to the quantity are refused beside the grid
  await page.click('#edit-button');
  await page.waitForSelector('#edit-dialog.show #edit-size-matrix .tabulator-row');
  await typeCell(page, '#edit-size-matrix', 0, 1, 90);
  await page.click('#edit-form button[type=submit]');
  await page.waitForSelector('#edit-size-matrix.is-invalid ~ .invalid-feedback');
  const refusal = await page.locator('#edit-size-matrix ~ .invalid-feedback').first().textContent();
  check(refusal.includes('590') && refusal.includes('600'), 'a split of 590 for 600 pieces is refused: ' + refusal);
  await typeCell(page, '#edit-size-matrix', 0, 3, 160);
  await page.click('#edit-form button[type=submit]');
  await page.waitForSelector('#edit-dialog', { state: 'hidden' });
  const edited = (await api('GET', `/api/orders/${orderNo}`)).sizeLines;
  check(edited.find((l) => l.colour === '黑 Black' && l.size === 'S').quantity === 90
    && edited.find((l) => l.colour === '黑 Black' && l.size === 'L').quantity === 160, 'the new split is stored');

  // the factory reports today's cutting per colour and size on its phone
  const phone = (await phonePage(browser)).page;
  await phone.goto(`${baseUrl}/m/factory.html?factory=${factory}&name=${encodeURIComponent('张厂长')}`);
  await phone.waitForSelector('body[data-loaded=true]');
  const card = phone.locator(`section.card[data-order-no="${orderNo}"]`);
  await card.locator('button.open-report').click();
  await card.locator('.size-grid .tabulator-row').first().waitFor();
  await card.locator('select[name=sizeStage]').selectOption('CUTTING');
  const grid = `section.card[data-order-no="${orderNo}"] .size-grid`;
  await typeCell(phone, grid, 0, 1, 40);
  await typeCell(phone, grid, 1, 2, 30);
  await phone.waitForFunction((no) => document.querySelector(`section.card[data-order-no="${no}"] input[name=CUTTING]`)
    .value === '70', orderNo);
  await card.locator('form.report button[type=submit]').click();
  await phone.waitForSelector('#toast:has-text("日报已提交")');

  const matrix = await api('GET', `/api/orders/${orderNo}/sizes`);
  const cell = (colour, size) => matrix.cells.find((c) => c.colour === colour && c.size === size);
  check(cell('黑 Black', 'S').cut === 40 && cell('藏青 Navy', 'M').cut === 30, 'the cut pieces are in their cells');
  check(matrix.stageTotals.CUTTING === 70, 'the day\'s cutting total is what the monitors read: 70');

  await page.reload();
  await page.waitForSelector('#size-matrix .tabulator-row');
  const cutRow = await page.locator('#size-matrix .tabulator-row', { hasText: '裁剪' }).first().textContent();
  check(cutRow.includes('40'), 'the order\'s page shows the cut pieces: ' + cutRow);
});
