// How long the factory's phone order list takes in Chromium on the demo data: signs in as a factory user, then
// opens /m/factory.html RUNS times, each time until the list is rendered. node mobile-list.mjs BASE LOGIN PASSWORD RUNS
import { chromium } from 'playwright-core';

const [base, login, password, runs] = [process.argv[2], process.argv[3] || 'factory1', process.argv[4] || 'demo',
  Number(process.argv[5] || 10)];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(base + '/login.html');
  await page.fill('#username', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  const times = [];
  let cards = 0;
  for (let i = 0; i < runs; i++) {
    const started = Date.now();
    await page.goto(base + '/m/factory.html');
    await page.waitForSelector('body[data-loaded=true]');
    times.push(Date.now() - started);
    cards = await page.locator('section.card').count();
  }
  times.sort((a, b) => a - b);
  console.log(`factory order list as ${login}: ${cards} orders; open -> rendered ms over ${runs} loads:`
    + ` min=${times[0]} p50=${times[Math.floor(runs / 2)]} max=${times[runs - 1]}`);
} finally {
  await browser.close();
}
