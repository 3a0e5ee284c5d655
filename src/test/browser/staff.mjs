// The desk users the order scenarios sign in as and pick by name. The test server has them as its role users
// (password "test"); against another server they are made through the administration API when missing.
import { api, baseUrl } from './harness.mjs';

export const MERCHANDISER = 'tmerchandiser';
export const OWNER = 'tbusinessOwner';
const TEST_PASSWORD = 'test';
const OWN_PASSWORD = 'desk-orders-1';

const NAMES = { tmerchandiser: ['merchandiser', '录单跟单 merchandiser test'],
  tbusinessOwner: ['businessOwner', '录单业务 businessOwner test'] };

async function signsInWith(login, password) {
  const response = await fetch(baseUrl + '/api/me', { headers: { Accept: 'application/json',
    Authorization: 'Basic ' + Buffer.from(login + ':' + password).toString('base64') } });
  return response.ok;
}

/** Makes the users when missing; answers the password they sign in with. */
export async function ensureStaff() {
  for (const [login, [role, name]] of Object.entries(NAMES)) {
    if (!(await signsInWith(login, TEST_PASSWORD)) && !(await signsInWith(login, OWN_PASSWORD))) {
      await api('POST', '/api/users', { login, displayName: name, password: OWN_PASSWORD, roles: [role] });
    }
  }
  return (await signsInWith(MERCHANDISER, TEST_PASSWORD)) ? TEST_PASSWORD : OWN_PASSWORD;
}
