// What the browser tests (kiosk-flows.mjs, accessibility.mjs) share: the settings from the environment,
// Debian's headless Chromium, the demo server's credentials, the kiosk's sign-in steps, and waiting for
// Vaadin, which renders after a round trip to the server.
//   STATION_URL        the demo server (default http://127.0.0.1:8180)
//   STATION_DATA_DIR   its data directory, for demo-credentials.txt and initial-admin-password (required)
//   SCREENSHOT_DIR     where screenshots go (default deploy/e2e/screenshots)
//   CHROMIUM           the browser to drive (default /usr/bin/chromium; never downloaded)
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const baseUrl = (process.env.STATION_URL || 'http://127.0.0.1:8180').replace(/\/$/, '');
export const dataDir = process.env.STATION_DATA_DIR;
export const shotDir = process.env.SCREENSHOT_DIR || join(here, 'screenshots');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };
export const BOTH = [PORTRAIT, LANDSCAPE];
export const STATION_NAME = '灵西社区幸福驿站';
export const STEP = 30_000; // ordinary wait for Vaadin to render something

if (!dataDir) {
  console.error('STATION_DATA_DIR must name the demo server\'s data directory (for its demo credentials).');
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });

const credentials = readCredentials();

export function launchBrowser() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

// ---------------------------------------------------------------------------------------------------
// The kiosk

export async function openKioskHome(page) {
  await page.goto(`${baseUrl}/`);
  await page.locator('.kiosk-station-name').waitFor({ state: 'visible', timeout: STEP });
  await page.locator('#sign-in').waitFor({ state: 'visible', timeout: STEP });
}

/**
 * Signs a resident in with the number pad. With a step callback, calls it with the name of each screen
 * reached (sign-in-phone, sign-in-pin, signed-in-home), e.g. to take a screenshot.
 */
export async function signIn(page, person, step) {
  await page.locator('#sign-in').click();
  await page.locator('#pad-1').waitFor({ state: 'visible', timeout: STEP });
  await enterDigits(page, person.phone, person.phone);
  if (step) await step('sign-in-phone');
  await page.locator('#sign-in-next').click();
  await waitText(page.locator('#digits-display'), t => t === '', 'an empty display for the PIN');
  await enterDigits(page, person.pin, '●'.repeat(6));
  if (step) await step('sign-in-pin');
  await page.locator('#sign-in-next').click();
  await waitText(page.locator('.kiosk-greeting'), t => t.includes(person.name), `the greeting for ${person.name}`);
  await page.locator('#sign-out').waitFor({ state: 'visible', timeout: STEP });
  if (step) await step('signed-in-home');
}

/** Signs out and waits until the kiosk shows the sign-in button again, before anything opens a new page. */
export async function signOut(page) {
  await page.locator('#sign-out').click();
  await page.locator('#sign-in').waitFor({ state: 'visible', timeout: STEP });
}

export async function enterDigits(page, digits, expectedDisplay) {
  for (const digit of digits) await page.locator(`#pad-${digit}`).click();
  await waitText(page.locator('#digits-display'), t => t === expectedDisplay, `"${expectedDisplay}" on the display`);
}

// ---------------------------------------------------------------------------------------------------
// Waiting

/** Waits until the locator's text satisfies test; Vaadin renders after a round trip. */
export async function waitText(locator, test, what, timeout = STEP) {
  let last = null;
  await until(async () => {
    if (await locator.count() === 0) return false;
    last = ((await locator.first().innerText({ timeout: 1_000 })) ?? '').trim();
    return test(last);
  }, () => `${what} (last seen: ${JSON.stringify(last)})`, timeout);
}

export async function until(condition, what, timeout = STEP) {
  const deadline = Date.now() + timeout;
  let error = null;
  while (Date.now() < deadline) {
    try {
      if (await condition()) return;
    } catch (e) {
      error = e;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  const detail = typeof what === 'function' ? what() : what;
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${detail}${error ? ` (${error.message.split('\n')[0]})` : ''}`);
}

export async function pageText(page) {
  try {
    return (await page.locator('body').innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').slice(0, 600);
  } catch {
    return '(unreadable)';
  }
}

export function sizeName(size) {
  return `${size.width}x${size.height}`;
}

export function log(line) {
  console.log(line);
}

// ---------------------------------------------------------------------------------------------------
// The demo server's people (demo-credentials.txt) and the first administrator's password

export function resident(name) {
  const found = credentials.residents.get(name);
  if (!found) throw new Error(`resident ${name} is not in demo-credentials.txt`);
  return found;
}

export function volunteer(name) {
  const found = credentials.volunteers.get(name);
  if (!found) throw new Error(`volunteer ${name} is not in demo-credentials.txt`);
  return found;
}

export function account(username) {
  const found = credentials.accounts.get(username);
  if (!found) throw new Error(`account ${username} is not in demo-credentials.txt`);
  return found;
}

export function adminPassword() {
  return readFileSync(join(dataDir, 'initial-admin-password'), 'utf8').trim();
}

function readCredentials() {
  const text = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
  const residents = new Map();
  for (const m of text.matchAll(/^\s*(\S+)\s+phone\s+(\d{11})\s+PIN\s+(\d{6})/gm)) {
    residents.set(m[1], { name: m[1], phone: m[2], pin: m[3] });
  }
  const volunteers = new Map();
  for (const m of text.matchAll(/^\s*(\S+)\s+phone\s+(\d{11})\s+password\s+(\S+)/gm)) {
    volunteers.set(m[1], { name: m[1], phone: m[2], password: m[3] });
  }
  const accounts = new Map();
  for (const m of text.matchAll(/^\s*([a-z][a-z0-9._-]+)\s+\(\w+\)\s+password\s+(\S+)/gm)) {
    accounts.set(m[1], m[2]);
  }
  return { residents, volunteers, accounts };
}

/** Opens /manage while signed out: the console's sign-in form must come up. */
export async function openConsoleSignIn(page) {
  await page.goto(`${baseUrl}/manage`);
  const form = page.locator('vaadin-login-form');
  await form.waitFor({ state: 'visible', timeout: STEP });
  await form.locator('input[name=username]').waitFor({ state: 'visible', timeout: STEP });
}

/** Fills and sends the console's sign-in form that openConsoleSignIn opened. */
export async function consoleSignIn(page, username, password) {
  const form = page.locator('vaadin-login-form');
  await form.locator('input[name=username]').fill(username);
  await form.locator('input[name=password]').fill(password);
  await form.locator('vaadin-button[slot=submit], button[type=submit], vaadin-button[theme~=submit]').first().click();
}
