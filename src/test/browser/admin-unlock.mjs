// A merchandiser mistypes the password five times and is locked out, even with the right password; the
// administrator sees the lock on the users page, lifts it, and the merchandiser signs in.
import { api, baseUrl, check, deskPage, scenario, unique } from './harness.mjs';

async function tryToSignIn(browser, login, password) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(baseUrl + '/login.html');
  await page.fill('#username', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return { context, page };
}

await scenario('the administrator lifts a sign-in lock on the users page', async (browser) => {
  const login = unique('lk').replace(/-/g, '');
  const password = 'right-pass-1';
  await api('POST', '/api/users', { login, displayName: '跟单 孙', password, roles: ['merchandiser'] });

  for (let i = 0; i < 5; i++) {
    const attempt = await tryToSignIn(browser, login, 'wrong-' + i);
    check(new URL(attempt.page.url()).search === '?error', 'a wrong password says so');
    await attempt.context.close();
  }
  const locked = await tryToSignIn(browser, login, password);
  check(new URL(locked.page.url()).search === '?locked', 'the right password is refused while locked');
  check(await locked.page.locator('#locked').isVisible(), 'the login page says the sign-in is locked');
  await locked.context.close();

  const { page } = await deskPage(browser);
  await page.goto(`${baseUrl}/admin/users.html`);
  await page.waitForSelector('body[data-loaded=true]');
  const lock = page.locator(`#locks tr[data-subject="${login}"]`);
  check(await lock.count() === 1, 'the lock is listed');
  check((await lock.textContent()).includes('跟单 孙'), 'the lock names the person');
  check((await page.locator(`#users tr[data-login="${login}"] .locked`).count()) === 1, 'the user row shows the lock');
  await lock.locator('button.unlock').click();
  await page.waitForSelector(`#locks tr[data-subject="${login}"]`, { state: 'detached' });
  await page.waitForSelector('#events td:text("管理员解锁")');

  const signedIn = await tryToSignIn(browser, login, password);
  check(new URL(signedIn.page.url()).pathname === '/orders', 'the merchandiser signs in and lands on the orders');
  const user = await api('GET', `/api/users/${login}`);
  check(!user.lockedUntil, 'the server holds no lock');
});
