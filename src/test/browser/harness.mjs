// Shared by the browser scenarios: Debian's Chromium through playwright-core, and the API calls that build the
// data a scenario needs and check what the server stored. Each scenario: node <script>.mjs <baseUrl>.
import { chromium } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';

export const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');

export function unique(prefix) {
  return prefix + '-' + randomUUID().slice(0, 8).toUpperCase();
}

/** The test configuration's administrator; the scenarios' pages sign in as staff and name the party in the link. */
export const LOGIN = 'admin';
const PASSWORD = 'admin';
export const AUTHORIZATION = 'Basic ' + Buffer.from(LOGIN + ':' + PASSWORD).toString('base64');

export async function api(method, path, body) {
  const response = await fetch(baseUrl + path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: AUTHORIZATION },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${text}`);
  }
  return text ? JSON.parse(text) : null;
}

/** The company's time zone (threadline.time-zone): the server's today is the day there, not the day in UTC. */
const ZONE = process.env.THREADLINE_TIME_ZONE || 'Asia/Shanghai';

/** The day daysFromToday days from today in the company's time zone, as yyyy-MM-dd. */
export function isoDate(daysFromToday) {
  const part = {};
  new Intl.DateTimeFormat('en-US', { timeZone: ZONE, year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date()).forEach(({ type, value }) => { part[type] = Number(value); });
  return new Date(Date.UTC(part.year, part.month - 1, part.day + daysFromToday)).toISOString().slice(0, 10);
}

/**
 * A new factory and fabric supplier, and {@code count} open orders of that factory each with one fabric line,
 * followed by {@code merchandiser}, due in {@code dueInDays} days (the next ones a day later each).
 */
export async function factoryWithOrders(count, merchandiser = 'merch', dueInDays = 90) {
  const factory = unique('BF');
  const supplier = unique('BS');
  await api('POST', '/api/factories', { code: factory, name: '浏览器测试制衣厂', city: '宁波' });
  await api('POST', '/api/suppliers', { code: supplier, name: '浏览器测试面料厂', category: 'FABRIC', transitDays: 4 });
  const orders = [];
  for (let i = 0; i < count; i++) {
    const orderNo = unique('BO');
    await api('POST', '/api/orders', {
      orderNo, customer: 'Nordic Outdoor AB', style: 'W-JK-2301 女式夹克', productType: 'WOVEN', quantity: 1200,
      dueDate: isoDate(dueInDays + i), factoryCode: factory, merchandiser, businessOwner: 'owner',
      materials: [{ kind: 'FABRIC', description: '主面料 尼龙塔丝隆', supplierCode: supplier, quantity: 1800, unit: 'm',
        poDueDate: isoDate(Math.max(1, dueInDays - 50) + i) }],
    });
    orders.push(orderNo);
  }
  return { factory, supplier, orders };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A phone-sized page, signed in through the login form (as the administrator unless told), that fails the scenario
 * on any script error of the page.
 */
export async function phonePage(browser, login = LOGIN, password = PASSWORD) {
  return signedIn(await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    locale: 'zh-CN' }), login, password);
}

/** A desk-sized page, signed in the same way. */
export async function deskPage(browser, login = LOGIN, password = PASSWORD) {
  return signedIn(await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }), login, password);
}

/** The pages the scenario opened, described when it fails. */
const pages = [];

async function signedIn(context, login, password) {
  const page = await context.newPage();
  pages.push(page);
  page.on('pageerror', (error) => { console.error('page error:', error); process.exitCode = 1; });
  // what the page said and what the server refused, so a scenario that fails shows why
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      console.log(`page ${message.type()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      console.log(`page request answered ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (!request.url().endsWith('/api/inbox/stream')) {
      console.log(`page request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
    }
  });
  await page.goto(baseUrl + '/login.html');
  await page.fill('#username', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  return { context, page };
}

export function check(condition, message) {
  if (!condition) {
    throw new Error('check failed: ' + message);
  }
  console.log('ok -', message);
}

/** Runs a scenario with a browser, closes it, and exits 1 with the reason when anything failed. */
export async function scenario(name, body) {
  const browser = await launch();
  try {
    await body(browser);
    console.log(`${name}: passed`);
  } catch (error) {
    console.error(`${name}: FAILED`, error);
    process.exitCode = 1;
    await describePages();
  } finally {
    await browser.close();
  }
}

/**
 * Where each open page stood when the scenario failed: its address, the element that had the keyboard and what it
 * held, and a screenshot in target/browser-failures.
 */
async function describePages() {
  mkdirSync('target/browser-failures', { recursive: true });
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) {
      continue;
    }
    try {
      const focus = await page.evaluate(() => {
        const e = document.activeElement;
        const open = [...document.querySelectorAll('.ts-dropdown')].find((d) => d.offsetParent !== null);
        return (e ? `${e.tagName.toLowerCase()}#${e.id}.${e.className} value=${JSON.stringify(e.value ?? null)}` : 'none')
          + (open ? `; open picker shows ${JSON.stringify(open.innerText.slice(0, 300))}` : '');
      });
      const shot = `target/browser-failures/${process.argv[1].replace(/.*\//, '').replace('.mjs', '')}-${i}.png`;
      await page.screenshot({ path: shot });
      console.error(`page ${i} at ${page.url()}, keyboard on ${focus}, screenshot ${shot}`);
    } catch (e) {
      console.error(`page ${i} could not be described: ${e.message}`);
    }
  }
}

/** The exception's process waits at its first notification (tests run no job executor): run those jobs. */
export async function notify(exceptionId) {
  const [instance] = await api('GET',
    `/engine-rest/process-instance?processDefinitionKey=ExceptionHandling&businessKey=${exceptionId}`);
  for (const job of await api('GET', `/engine-rest/job?processInstanceId=${instance.id}&executable=true`)) {
    await api('POST', `/engine-rest/job/${job.id}/execute`);
  }
}

/** The order's exception of that type, once the monitors have opened it. */
export async function exceptionOf(orderNo, type) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const page = await api('GET', `/api/exceptions?orderNo=${orderNo}&type=${type}`);
    if (page.items.length) {
      return page.items[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${type} exception for ${orderNo}`);
}
