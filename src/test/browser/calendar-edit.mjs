// The planner's calendar page: a factory's New Year shutdown is entered as a range, a wrong range is refused beside
// its field, a day is removed again, and the company's week is shown with its working hours.
import { api, baseUrl, check, deskPage, scenario, unique } from './harness.mjs';

await scenario('a factory shutdown is set and edited on the calendar page', async (browser) => {
  const factory = unique('CF');
  await api('POST', '/api/factories', { code: factory, name: '日历工厂 ' + factory, city: '东莞' });
  const { page } = await deskPage(browser);
  await page.goto(baseUrl + '/calendars?code=' + factory);
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator('#calendar-days .tabulator-row').count() === 0, 'a new factory has no days of its own');

  await page.fill('#from', '2031-01-20');
  await page.fill('#to', '2031-01-10');
  await page.fill('#name', '春节停工');
  await page.click('#days button[type=submit]');
  await page.waitForSelector('#to.is-invalid');
  check((await page.locator('#days .invalid-feedback').textContent()).includes('结束日不能早于开始日'),
    'a range that ends before it starts is refused beside "到"');

  await page.fill('#from', '2031-01-20');
  await page.fill('#to', '2031-02-05');
  await page.click('#days button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#calendar-days .tabulator-row').length === 17);
  check(true, 'the 17 days of the shutdown are listed');
  const stored = await api('GET', '/api/calendars/' + factory);
  check(stored.days.length === 17 && stored.days.every((d) => d.kind === 'CLOSED' && d.name === '春节停工'),
    'the server stored the shutdown');
  check((await page.locator('#calendar-days').textContent()).includes('休息 / 停工'), 'the kind is shown in Chinese');

  await page.locator('#calendar-days .tabulator-row').first().locator('button[data-action=remove]').click();
  await page.waitForFunction(() => document.querySelectorAll('#calendar-days .tabulator-row').length === 16);
  check((await api('GET', '/api/calendars/' + factory)).days[0].date === '2031-01-21', 'the first day was removed');

  await page.goto(baseUrl + '/calendars?code=COMPANY');
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.inputValue('#workStart') === '08:30', 'the company week shows its working hours');
  check(await page.isChecked('#rest-SATURDAY') && !await page.isChecked('#rest-MONDAY'), 'and its rest days');
  check((await page.locator('#calendar-days').textContent()).includes('国庆节'), 'and the public holidays');
});
