// The first administrator of a new database signs in with the initial password: every page leads to the password
// page until they chose their own; then they sign in with it and work.
import { baseUrl, check, deskPage, scenario } from './harness.mjs';

/** Prepared by BrowserScenariosTest: an administrator flagged as the initial one, password "admin". */
const FIRST_ADMIN = 'tfirstadmin';

await scenario('the first administrator replaces the initial password', async (browser) => {
  const first = await deskPage(browser, FIRST_ADMIN, 'admin');
  check(new URL(first.page.url()).pathname === '/m/password.html', 'signing in leads to the password page');
  check(await first.page.locator('#required').isVisible(), 'the page says why');
  await first.page.goto(`${baseUrl}/admin/users.html`);
  check(new URL(first.page.url()).pathname === '/m/password.html', 'another page leads back to it');

  await first.page.fill('input[name=currentPassword]', 'admin');
  await first.page.fill('input[name=newPassword]', 'chosen-by-me-1');
  await first.page.fill('input[name=again]', 'chosen-by-me-1');
  await Promise.all([first.page.waitForNavigation(), first.page.click('button[type=submit]')]);
  check(new URL(first.page.url()).search === '?changed', 'the login page asks for the new password');

  const again = await deskPage(browser, FIRST_ADMIN, 'chosen-by-me-1');
  await again.page.goto(`${baseUrl}/admin/users.html`);
  await again.page.waitForSelector('body[data-loaded=true]');
  check(new URL(again.page.url()).pathname === '/admin/users', 'the users page opens');
  const old = await fetch(baseUrl + '/api/me', { headers: { Authorization: 'Basic '
    + Buffer.from(FIRST_ADMIN + ':admin').toString('base64') } });
  check(old.status === 401, 'the initial password no longer works');
});
