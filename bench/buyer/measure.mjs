// Buyer page benchmark, the measuring half (run.sh seeds and starts the app first): signs in as a buyer contact
// with the code from the delivery log, times the page's API calls one at a time (the order list and one order's
// timeline), then the page's first load in a phone-sized Chromium, each load in a new browser context (cold cache),
// from navigation until the first order's timeline is visible.
//
//   node bench/buyer/measure.mjs BASE CONTACT_EMAIL CONTACT_ID [API_ROUNDS=300] [LOADS=15] [WARMUP=300]
// Environment: THREADLINE_USER/THREADLINE_PASSWORD (admin/admin), CHROMIUM (/usr/bin/chromium).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, email, contactId, apiRounds = '300', loads = '15', warmup = '300'] = process.argv.slice(2);
const admin = 'Basic ' + Buffer.from((process.env.THREADLINE_USER || 'admin') + ':'
  + (process.env.THREADLINE_PASSWORD || 'admin')).toString('base64');

async function json(method, path, body, headers = {}) {
  const response = await fetch(base + path, { method, body: body && JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function signIn() {
  const recipient = 'buyer-' + contactId;
  const logged = async () => JSON.parse((await json('GET', '/api/notifications/deliveries?exceptionId=0&recipient='
    + recipient, undefined, { Authorization: admin })).body);
  const before = (await logged()).length;
  const sent = await json('POST', '/api/buyer/code', { contact: email });
  if (sent.status !== 202) {
    throw new Error('code not sent: ' + sent.status + ' ' + sent.body);
  }
  for (let i = 0; i < 200; i++) {
    const rows = await logged();
    const match = rows.length > before && JSON.stringify(rows).match(/code (\d{6})/);
    if (match) {
      const session = await json('POST', '/api/buyer/session', { contact: email, code: match[1] });
      if (session.status !== 204) {
        throw new Error('sign-in refused: ' + session.status);
      }
      return session.headers.get('set-cookie').split(';')[0];
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no code in the delivery log of ' + recipient);
}

function percentiles(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  const line = `${label}: n=${sorted.length} p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, `
    + `p99 ${at(0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
  console.log(line);
  return at(0.95);
}

async function timed(path, cookie) {
  const start = performance.now();
  const response = await fetch(base + path, { headers: { Cookie: cookie, Accept: 'application/json' } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200) {
    throw new Error(path + ': ' + response.status + ' ' + body);
  }
  return { ms, body };
}

const cookie = await signIn();
const first = JSON.parse((await timed('/api/buyer/orders', cookie)).body);
const orderNos = first.orders.map((o) => o.orderNo);
console.log(`signed in; the first page lists ${first.orders.length} orders (more: ${first.more}), `
  + `${first.orders.reduce((n, o) => n + o.steps.length, 0)} steps, `
  + `${first.orders.reduce((n, o) => n + o.photos.length, 0)} photos`);

// unmeasured: the app has just started, and the JIT compiles the request path during the first few hundred calls
for (let i = 0; i < Number(warmup); i++) {
  await timed('/api/buyer/orders', cookie);
  await timed('/api/buyer/orders/' + orderNos[i % orderNos.length], cookie);
}
const list = [];
const one = [];
const pages = [];
for (let i = 0; i < Number(apiRounds); i++) {
  list.push((await timed('/api/buyer/orders', cookie)).ms);
  one.push((await timed('/api/buyer/orders/' + orderNos[(i * 7) % orderNos.length], cookie)).ms);
  if (i % 3 === 0) {
    pages.push((await timed('/api/buyer/orders?page=' + (1 + (i % 20)), cookie)).ms);
  }
}
const p95 = Math.max(percentiles('GET /api/buyer/orders (first page)', list),
  percentiles('GET /api/buyer/orders/{orderNo} (one timeline)', one),
  percentiles('GET /api/buyer/orders?page=1..20 (later pages)', pages));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const host = new URL(base).hostname;
const times = [];
const inPage = [];
const html = [];
const api = [];
for (let i = 0; i < Number(loads) + 2; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    deviceScaleFactor: 3, locale: 'en-GB' });
  await context.addCookies([{ name: cookie.split('=')[0], value: cookie.slice(cookie.indexOf('=') + 1), domain: host,
    path: '/', httpOnly: true }]);
  const page = await context.newPage();
  const start = performance.now();
  await page.goto(base + '/buyer', { waitUntil: 'commit' });
  await page.locator('article.order ol.timeline li').first().waitFor({ state: 'visible' });
  const ms = performance.now() - start;
  const [navigationMs, htmlMs, apiMs] = await page.evaluate(() => [performance.now(),
    performance.getEntriesByType('navigation')[0].responseEnd,
    performance.getEntriesByType('resource').find((r) => r.name.includes('/api/buyer/orders')).responseEnd]);
  await context.close();
  if (i >= 2) {
    times.push(ms);
    inPage.push(navigationMs);
    html.push(htmlMs);
    api.push(apiMs);
  }
}
await browser.close();
const loadP95 = percentiles('first load, navigation to the timeline visible (cold cache, 390x844)', times);
percentiles('  the same, by the page\'s own clock (performance.now() once visible)', inPage);
percentiles('  of which: the page\'s HTML received', html);
percentiles('  of which: the order list received', api);
console.log(`targets: API p95 < 100 ms: ${p95 < 100 ? 'met' : 'MISSED'} (${p95.toFixed(1)} ms); `
  + `first load < 1200 ms: ${loadP95 < 1200 ? 'met' : 'MISSED'} (p95 ${loadP95.toFixed(0)} ms)`);
