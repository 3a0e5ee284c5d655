// The administrator adds a factory's foreman on the users page; the foreman signs in on a phone and lands on the
// factory's orders.
import { baseUrl, check, deskPage, factoryWithOrders, phonePage, scenario, unique } from './harness.mjs';

await scenario('the administrator adds a factory user who then works on the phone', async (browser) => {
  const { factory, orders } = await factoryWithOrders(1);
  const login = unique('fm').replace(/-/g, '');
  const password = 'foreman-pass-1';
  const { page } = await deskPage(browser);
  await page.goto(`${baseUrl}/admin/users`);
  await page.waitForSelector('body[data-loaded=true]');

  await page.fill('#create input[name=login]', login);
  await page.fill('#create input[name=displayName]', '车间主任 王');
  await page.fill('#create input[name=password]', password);
  await page.selectOption('#create select[name=party]', 'factory');
  await page.fill('#create input[name=code]', factory);
  await page.click('#create button[type=submit]');
  await page.waitForSelector(`#users tr[data-login="${login}"]`);
  check((await page.locator('#createResult').textContent()) === `已创建 ${login}`, 'the page says the user was created');
  check((await page.locator(`#users tr[data-login="${login}"]`).textContent()).includes(factory),
    'the list shows the user at the factory');

  const phone = await phonePage(browser, login, password);
  await phone.page.waitForSelector('body[data-loaded=true]');
  check(new URL(phone.page.url()).pathname === '/m/factory.html', 'the foreman lands on the factory page');
  check(await phone.page.locator(`section.card[data-order-no="${orders[0]}"]`).count() === 1,
    'the foreman sees the factory\'s order');
});
