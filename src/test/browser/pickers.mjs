// The desk's Tom Select pickers, as a user drives them: typing, then choosing the option that matches.
//
// Tom Select filters what was typed only after a pause (refreshThrottle) and asks the server after another
// (loadThrottle): until both have passed, the list still shows the options of before and may be redrawn under the
// mouse. Each step therefore first waits until the picker has settled on what was typed.

/** Waits until the picker shows the options for what is in its input: no filtering or server answer pending. */
async function settled(page, select) {
  await page.waitForFunction((id) => {
    const ts = document.getElementById(id).tomselect;
    return !ts.refreshTimeout && !ts.loading;
  }, select, { timeout: 10000 });
}

async function typeInto(page, select, text) {
  await page.focus(`#${select}-ts-control`);
  // Tom Select takes the focus in a timer of its own: what is typed before that timer ran may be cleared (seen in
  // CI: of a factory code typed straight after the click, the picker kept the last two characters)
  await page.waitForFunction((id) => document.getElementById(id).tomselect.isFocused, select, { timeout: 5000 });
  await page.fill(`#${select}-ts-control`, '');
  await page.keyboard.type(text);
  await page.waitForFunction(([id, typed]) => document.getElementById(`${id}-ts-control`).value === typed,
    [select, text], { timeout: 5000 });
  await settled(page, select);
}

/** Whether the picker holds an option whose whole text is {@code text}. */
async function holds(page, select, text) {
  return page.evaluate(([id, typed]) => {
    const ts = document.getElementById(id).tomselect;
    return [].concat(ts.getValue()).some((v) => ts.options[v] !== undefined && String(ts.options[v].text).trim() === typed);
  }, [select, text]);
}

/** Tries a choice up to three times: a list that a late answer redrew or reopened may have got in the way. */
async function choose(page, select, text, attempt) {
  for (let tried = 1; ; tried++) {
    try {
      await attempt();
      await closePicker(page, select);
      return;
    } catch (error) {
      if (tried === 3) {
        throw error;
      }
      await page.keyboard.press('Escape');
    }
  }
}

/** Picks an option by what the user types into the picker, then Enter. */
export async function pick(page, select, text) {
  await choose(page, select, text, async () => {
    await typeInto(page, select, text);
    await page.locator(`#${select}-ts-dropdown .option.active`, { hasText: text }).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(([id, typed]) => document.getElementById(id).tomselect.getValue() !== ''
      && document.querySelector(`#${id}-ts-control`).closest('.ts-control').textContent.includes(typed),
    [select, text], { timeout: 5000 });
  });
}

/** Picks the option with value {@code value} by typing {@code typed} (a code the option's text does not show). */
export async function pickByValue(page, select, typed, value) {
  await choose(page, select, typed, async () => {
    await typeInto(page, select, typed);
    await page.locator(`#${select}-ts-dropdown .option.active[data-value="${value}"]`).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(([id, chosen]) => document.getElementById(id).tomselect.getValue() === chosen,
      [select, value], { timeout: 5000 });
  });
}

/**
 * Picks the option whose whole text is {@code text} when several contain it (the browser tests' own suppliers are
 * called 浏览器测试面料厂 beside the test data's 测试面料厂): typing, then clicking that option.
 */
export async function pickExactly(page, select, text) {
  const escaped = text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
  const exact = new RegExp('^\\s*' + escaped + '\\s*$');
  await choose(page, select, text, async () => {
    if (await holds(page, select, text)) {
      return;
    }
    await typeInto(page, select, text);
    await page.locator(`#${select}-ts-dropdown .option`).filter({ hasText: exact }).first().click({ timeout: 5000 });
    await page.waitForFunction(([id, typed]) => {
      const ts = document.getElementById(id).tomselect;
      return [].concat(ts.getValue()).some((v) => ts.options[v] !== undefined && String(ts.options[v].text).trim() === typed);
    }, [select, text], { timeout: 5000 });
  });
}

/** Leaves a picker: its list closes, so it covers no field below it (a late search answer may reopen it). */
export async function closePicker(page, select) {
  for (let tried = 1; ; tried++) {
    await settled(page, select);
    if (!(await page.evaluate((id) => document.getElementById(id).tomselect.isOpen, select))) {
      return;
    }
    await page.focus(`#${select}-ts-control`);
    await page.keyboard.press('Escape');
    try {
      await page.waitForFunction((id) => !document.getElementById(id).tomselect.isOpen, select, { timeout: 3000 });
    } catch (error) {
      if (tried === 3) {
        throw error;
      }
    }
  }
}

/** Adds a new value to a picker that lets the user create one: typing it, then Enter on 添加 …. */
export async function pickNew(page, select, text) {
  await choose(page, select, text, async () => {
    if (await page.evaluate(([id, typed]) => document.getElementById(id).tomselect.getValue() === typed, [select, text])) {
      return;
    }
    await typeInto(page, select, text);
    await page.locator(`#${select}-ts-dropdown .create`).waitFor({ timeout: 5000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(([id, typed]) => document.getElementById(id).tomselect.getValue() === typed,
      [select, text], { timeout: 5000 });
  });
}
