// The desk's Tom Select pickers, as a user drives them: typing, then choosing the option that matches.
/**
 * Picks an option by what the user types into the picker, then Enter; tried again (up to three times) when a list
 * that a late answer reopened got in the way.
 */
export async function pick(page, select, text) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.focus(`#${select}-ts-control`);
      await page.fill(`#${select}-ts-control`, '');
      await page.keyboard.type(text);
      await page.locator(`#${select}-ts-dropdown .option.active`, { hasText: text }).waitFor({ timeout: 5000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(([id, typed]) => document.getElementById(id).tomselect.getValue() !== ''
        && document.querySelector(`#${id}-ts-control`).closest('.ts-control').textContent.includes(typed),
      [select, text], { timeout: 5000 });
      await closePicker(page, select);
      return;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Picks the option whose whole text is {@code text} when several contain it (the browser tests' own suppliers are
 * called 浏览器测试面料厂 beside the test data's 测试面料厂): typing, then clicking that option.
 */
export async function pickExactly(page, select, text) {
  await page.focus(`#${select}-ts-control`);
  await page.fill(`#${select}-ts-control`, '');
  await page.keyboard.type(text);
  const escaped = text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
  const exact = new RegExp('^\\s*' + escaped + '\\s*$');
  await page.locator(`#${select}-ts-dropdown .option`).filter({ hasText: exact }).first().click();
  await page.waitForFunction(([id, typed]) => {
    const ts = document.getElementById(id).tomselect;
    return [].concat(ts.getValue()).some((v) => ts.options[v] !== undefined && String(ts.options[v].text).trim() === typed);
  }, [select, text], { timeout: 5000 });
  await closePicker(page, select);
}

/** Leaves a picker: its list closes, so it covers no field below it (a late search answer may reopen it). */
export async function closePicker(page, select) {
  await page.waitForFunction((id) => !document.getElementById(id).tomselect.loading, select);
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => !document.getElementById(id).tomselect.isOpen, select);
}
