// Benchmark: saving a new order on the desk until its page shows the plan (issue 13: under 1 s on the demo data).
// Usage: node bench/desk/order-save.mjs [baseUrl] [runs] [login] [password]   (defaults: localhost:8080, 10, merch, demo)
// Each run fills /orders/new for a fresh order number (first factory, supplier and people of the lists), then times
// the click on 保存订单 until the order's page shows its last milestone. Prints each run, the median and the worst.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(new URL('../../package.json', import.meta.url));
const { chromium } = require('playwright-core');
const [base = 'http://localhost:8080', runs = '10', login = 'merch', password = 'demo'] = process.argv.slice(2);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
await page.goto(base + '/login.html');
await page.fill('#username', login);
await page.fill('#password', password);
await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);

const due = new Date(Date.now() + 110 * 86400000).toISOString().slice(0, 10);
const times = [];
const saves = [];
let saveStarted = 0;
page.on('request', (request) => {
  if (request.method() === 'POST' && request.url().endsWith('/api/orders')) {
    saveStarted = performance.now();
  }
});
page.on('response', (response) => {
  if (response.request().method() === 'POST' && response.url().endsWith('/api/orders')) {
    saves.push(Math.round(performance.now() - saveStarted));
  }
});
for (let i = 0; i < Number(runs); i++) {
  await page.goto(base + '/orders/new');
  await page.waitForSelector('body[data-loaded=true]');
  await page.fill('#orderNo', 'BENCH-' + randomUUID().slice(0, 8).toUpperCase());
  await page.fill('#style', 'W-JK-2401 女式冲锋衣');
  await page.fill('#quantity', '1800');
  await page.evaluate(async (dueDate) => {
    const customer = document.getElementById('customer').tomselect;
    customer.addOption({ value: 'Nordic Outdoor AB', text: 'Nordic Outdoor AB' });
    customer.setValue('Nordic Outdoor AB');
    const factory = document.getElementById('factoryCode').tomselect;
    factory.setValue(Object.keys(factory.options).find((v) => v));
    for (const role of ['merchandiser', 'businessOwner']) {
      const people = await window.Desk.api('GET', '/api/staff?role=' + role);
      const picker = document.getElementById(role).tomselect;
      picker.addOption({ value: people[0].login, text: people[0].name });
      picker.setValue(people[0].login);
    }
    document.getElementById('dueDate')._flatpickr.setDate(dueDate, true);
  }, due);
  await page.click('#add-material');
  await page.fill('.material-line [data-name=description]', '主面料');
  await page.evaluate(() => {
    const supplier = document.getElementById('supplier-1').tomselect;
    supplier.setValue(Object.keys(supplier.options).find((v) => v));
  });
  await page.waitForSelector('#preview-rows tr[data-code]');
  const started = performance.now();
  await Promise.all([page.waitForNavigation(), page.click('#order-form button[type=submit]')]);
  await page.waitForSelector('#milestones tr[data-code]:last-child');
  const took = Math.round(performance.now() - started);
  times.push(took);
  console.log(`run ${i + 1}: ${took} ms (POST /api/orders ${saves[saves.length - 1]} ms)`);
}
await browser.close();
times.sort((a, b) => a - b);
saves.sort((a, b) => a - b);
console.log(`save to the order's page with its plan: median ${times[Math.floor(times.length / 2)]} ms, `
  + `worst ${times[times.length - 1]} ms over ${times.length} runs; of which POST /api/orders median `
  + `${saves[Math.floor(saves.length / 2)]} ms`);
