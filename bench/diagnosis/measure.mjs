// Diagnosis benchmark, the measuring half (run.sh seeds and starts the app first): times one at a time the diagnosis
// API over late orders, the bottleneck heat map (90 days and a year) and one cell's orders, then the diagnosis page's
// load in Chromium (signed in once; each load a new page of the same context, as a user going from order to order)
// from navigation until the timeline chart has rendered and the tables are filled.
//
//   node bench/diagnosis/measure.mjs BASE ORDER_LIST_FILE [API_ROUNDS=300] [LOADS=20] [WARMUP=200]
// Environment: THREADLINE_USER/THREADLINE_PASSWORD (admin/admin), CHROMIUM (/usr/bin/chromium).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../../package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base, orderFile, apiRounds = '300', loads = '20', warmup = '200'] = process.argv.slice(2);
const user = process.env.THREADLINE_USER || 'admin';
const password = process.env.THREADLINE_PASSWORD || 'admin';
const auth = 'Basic ' + Buffer.from(user + ':' + password).toString('base64');
const orderNos = readFileSync(orderFile, 'utf8').split('\n').filter(Boolean);

function percentiles(label, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  console.log(`${label}: n=${sorted.length} p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, `
    + `p99 ${at(0.99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
  return at(0.95);
}

async function timed(path) {
  const start = performance.now();
  const response = await fetch(base + path, { headers: { Authorization: auth, Accept: 'application/json' } });
  const body = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200) {
    throw new Error(path + ': ' + response.status + ' ' + body);
  }
  return { ms, body };
}

const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
const yearAgo = new Date(Date.parse(today) - 364 * 86400000).toISOString().slice(0, 10);
const sample = JSON.parse((await timed('/api/orders/' + orderNos[0] + '/diagnosis')).body);
console.log(`${orderNos.length} late orders to diagnose; the first: ${sample.steps.length} steps, `
  + `${sample.story.length} story lines; ${sample.chain.sentence}`);
const heat = JSON.parse((await timed('/api/analysis/bottlenecks')).body);
const worst = heat.bottlenecks[0];
console.log(`heat map (90 days): ${heat.steps.length} steps x ${heat.factories.length} factories, `
  + `${heat.cells.reduce((n, c) => n + c.steps, 0)} finished steps; worst: ${worst.code} at factory `
  + `${worst.factoryId}, ${worst.excessHours} h over`);
const cellPath = `/api/analysis/bottlenecks/orders?milestone=${worst.code}&factory=${worst.factoryId}`;

// unmeasured: the app has just started, and the JIT compiles the request paths during the first few hundred calls
for (let i = 0; i < Number(warmup); i++) {
  await timed('/api/orders/' + orderNos[i % orderNos.length] + '/diagnosis');
  if (i % 4 === 0) {
    await timed('/api/analysis/bottlenecks');
  }
}
const diagnosis = [];
const heat90 = [];
const heat365 = [];
const cell = [];
for (let i = 0; i < Number(apiRounds); i++) {
  diagnosis.push((await timed('/api/orders/' + orderNos[(i * 7) % orderNos.length] + '/diagnosis')).ms);
  if (i % 3 === 0) {
    heat90.push((await timed('/api/analysis/bottlenecks')).ms);
    heat365.push((await timed(`/api/analysis/bottlenecks?from=${yearAgo}&to=${today}`)).ms);
    cell.push((await timed(cellPath)).ms);
  }
}
const apiP95 = percentiles('GET /api/orders/{orderNo}/diagnosis', diagnosis);
const heatP95 = percentiles('GET /api/analysis/bottlenecks (last 90 days)', heat90);
percentiles('GET /api/analysis/bottlenecks (last 365 days)', heat365);
percentiles('GET /api/analysis/bottlenecks/orders (the worst cell)', cell);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
const signIn = await context.newPage();
await signIn.goto(base + '/login.html');
await signIn.fill('#username', user);
await signIn.fill('#password', password);
await Promise.all([signIn.waitForNavigation(), signIn.click('button[type=submit]')]);
await signIn.close();
const times = [];
const apiInPage = [];
for (let i = 0; i < Number(loads) + 2; i++) {
  const page = await context.newPage();
  const orderNo = orderNos[(i * 11) % orderNos.length];
  const start = performance.now();
  await page.goto(`${base}/orders/${orderNo}/diagnosis`, { waitUntil: 'commit' });
  await page.waitForSelector('body[data-loaded=true]');
  await page.waitForSelector('#timeline-chart[data-rendered=true]');
  await page.waitForSelector('#steps-table .tabulator-row');
  const ms = performance.now() - start;
  const apiMs = await page.evaluate(() => {
    const call = performance.getEntriesByType('resource').find((r) => r.name.includes('/diagnosis'));
    return call.responseEnd - call.requestStart;
  });
  await page.close();
  if (i >= 2) {
    times.push(ms);
    apiInPage.push(apiMs);
  }
}
await browser.close();
const loadP95 = percentiles('diagnosis page, navigation to chart rendered and tables filled (1400x900)', times);
percentiles('  of which: the diagnosis API call as the page saw it', apiInPage);
console.log(`targets: diagnosis API p95 < 500 ms: ${apiP95 < 500 ? 'met' : 'MISSED'} (${apiP95.toFixed(1)} ms); `
  + `page load p95 < 500 ms: ${loadP95 < 500 ? 'met' : 'MISSED'} (${loadP95.toFixed(0)} ms); `
  + `heat map p95 < 300 ms: ${heatP95 < 300 ? 'met' : 'MISSED'} (${heatP95.toFixed(1)} ms)`);
