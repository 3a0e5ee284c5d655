// One click from the alert: a late fabric shipment opens a material-delay exception; its alert link opens the
// alert page on the phone, and 确认处理 confirms handling. Prints how long it took from opening the link.
import {
  LOGIN, api, baseUrl, check, exceptionOf, factoryWithOrders, isoDate, notify, phonePage, scenario,
} from './harness.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const photo = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'photo.png');

await scenario('one-click confirm from a notification link', async (browser) => {
  const { orders } = await factoryWithOrders(1);
  const orderNo = orders[0];
  await api('POST', `/api/orders/${orderNo}/materials/1/shipment`, { shippedDate: isoDate(0), carrier: '顺丰',
    trackingNo: 'SF1234567890', eta: isoDate(85), reportedBy: '何经理', source: 'MANUAL' });
  const exception = await exceptionOf(orderNo, 'MATERIAL_DELAY');
  check(exception.type === 'MATERIAL_DELAY' && exception.status === 'OPEN', 'the late shipment opened an exception');
  await notify(exception.id);
  // every alert of the exception carries this link (AlertPageTest checks the messages themselves)
  const link = `/exceptions/${exception.id}`;

  const { page } = await phonePage(browser);
  await page.goto(`${baseUrl}/m/exceptions.html?orderNo=${orderNo}`);
  await page.waitForSelector('body[data-loaded=true]');
  check(await page.locator(`a.exception[data-id="${exception.id}"]`).count() === 1,
    'my exceptions on the phone list it');

  const started = Date.now();
  await page.goto(baseUrl + link);
  await page.waitForSelector('#confirm:not([disabled])');
  await page.click('#confirm');
  await page.waitForSelector('#confirm:has-text("已确认")');
  const seconds = (Date.now() - started) / 1000;
  console.log(`opened the link, saw the exception and confirmed it in ${seconds.toFixed(2)} s`);
  check(seconds < 10, 'confirming takes under 10 s from opening the link');

  const confirmed = await api('GET', `/api/exceptions/${exception.id}`);
  check(confirmed.summary.status === 'CONFIRMED', 'the exception is confirmed');
  check(confirmed.confirmedBy === LOGIN, 'confirmed by the signed-in reader');

  await page.selectOption('#action select[name=kind]', 'SWITCH_LOGISTICS');
  await page.fill('#action textarea[name=description]', '改空运 800 米');
  await page.setInputFiles('#action input[name=evidence]', photo);
  await page.click('#action button[type=submit]');
  await page.waitForSelector('#message:has-text("措施已记录")');
  const acted = await api('GET', `/api/exceptions/${exception.id}`);
  const [action] = acted.actions;
  check(acted.actions.length === 1 && action.kind === 'SWITCH_LOGISTICS' && action.takenBy === LOGIN,
    'the measure is recorded by the signed-in reader');
  const [evidence] = await api('GET', `/api/evidence?orderNo=${orderNo}`);
  check(evidence && evidence.purpose === 'ACTION' && action.evidenceUrl === `/api/evidence/${evidence.id}`,
    'its photo is stored as the action\'s evidence');
});
