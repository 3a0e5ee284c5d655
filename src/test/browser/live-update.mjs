// One end updates, all related know: the merchandiser has the factory's page open; someone else moves a milestone
// of one of its orders; the open page shows the new forecast without being reloaded.
import { LOGIN, api, baseUrl, check, factoryWithOrders, isoDate, phonePage, scenario } from './harness.mjs';

await scenario('a live update appears on an open page', async (browser) => {
  const { factory, orders } = await factoryWithOrders(1, LOGIN);
  const orderNo = orders[0];
  const { page } = await phonePage(browser);
  await page.goto(`${baseUrl}/m/factory.html?factory=${factory}`);
  await page.waitForSelector('body[data-loaded=true]');
  // the factory's next milestones: the moved one may leave the first three, so the list as a whole is compared
  const next = page.locator(`section.card[data-order-no="${orderNo}"] ul.next`);
  const before = await next.textContent();
  let reloads = 0;
  page.on('load', () => { reloads += 1; });

  const [first] = (await api('GET', `/api/factories/${factory}/next-milestones?count=1`))
    .find((entry) => entry.orderNo === orderNo).next;
  const moved = isoDate(120);
  await api('POST', `/api/orders/${orderNo}/milestones/${first.code}/forecast`,
    { expectedDate: moved, reason: '面料延误，另一端更新' });

  const started = Date.now();
  await page.waitForFunction(([selector, text]) => {
    const list = document.querySelector(selector);
    return list && list.textContent !== text;
  }, [`section.card[data-order-no="${orderNo}"] ul.next`, before], { timeout: 5000 });
  console.log(`the open page showed the change ${Date.now() - started} ms after the API answered`);
  check(before !== await next.textContent(), 'the open page shows the factory\'s milestones as now forecast');
  check(reloads === 0, 'the page was not reloaded');
});
