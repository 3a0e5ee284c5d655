// The delivery log page: a test message sent from its form shows up in the log, and its attempts unfold under it.
import { LOGIN, api, baseUrl, check, phonePage, scenario } from './harness.mjs';

await scenario('delivery log with its attempts', async (browser) => {
  const { page } = await phonePage(browser);
  await page.goto(baseUrl + '/admin/notifications');
  await page.selectOption('#test select[name=channel]', 'INBOX');
  await page.fill('#test input[name=userId]', LOGIN);
  await page.click('#test button');
  await page.waitForSelector('#testResult:has-text("已发送")');

  const [newest] = await api('GET', `/api/notifications/deliveries?recipient=${LOGIN}`);
  check(newest.attemptLog.length === 1 && newest.attemptLog[0].status === 'SENT', 'the API lists its one attempt');
  const toggle = page.locator('#rows tr').first().locator('button.link');
  await toggle.waitFor();
  check(await toggle.textContent() === '1 次 ▸', 'the newest delivery shows one attempt, folded');

  await toggle.click();
  const attempts = page.locator('#rows tr.attempts');
  await attempts.waitFor();
  const text = await attempts.textContent();
  check(text.includes('第 1 次') && text.includes('已发送') && text.includes(newest.attemptLog[0].providerMessageId),
    'unfolded: attempt 1, sent, with the inbox message id');

  await toggle.click();
  check(await attempts.count() === 0, 'a second click folds it again');
});
