// End-to-end: a resident signs in by holding her card up to the kiosk's camera. The station manager prints
// 王秀兰's card in the console; its screenshot becomes the video of Chromium's fake camera (fake-camera.mjs);
// a second Chromium with that camera opens the kiosk's sign-in screen and must greet 王秀兰. Then the
// manager prints her a new card: the old one, still in front of the camera, must be refused with the
// sign-in message, and the new one must sign her in.
//
// cameraSignIn() is for a flow runner; run by hand against a running demo server it prints key=value pairs:
//   STATION_URL=http://127.0.0.1:8980 STATION_DATA_DIR=/tmp/cam-data node deploy/e2e/camera-sign-in.mjs
// Never downloads a browser: it drives /usr/bin/chromium (override with CHROMIUM).
import { chromium } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeY4m } from './fake-camera.mjs';
import { account, consoleSignIn, openConsoleSignIn, until, waitText } from './station-browser.mjs';

const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };
const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const NOT_RECOGNISED = '这张卡无法识别';

/**
 * Runs the flow; throws with what it waited for when a step fails.
 * @param {object} options
 * @param {string} options.baseUrl   the demo server, e.g. http://127.0.0.1:8180
 * @param {string} [options.executablePath]  Chromium (default /usr/bin/chromium)
 * @param {string[]} [options.args]  extra Chromium arguments for both browsers
 * @param {string} [options.shotDir] where to save screenshots (none if absent)
 * @param {string} [options.workDir] where the card pictures and videos go (default: a temporary directory, removed)
 * @param {string} [options.resident]  the demo resident (default 王秀兰)
 * @param {string} [options.manager]   the console account that prints the card (default lingxi.manager)
 * @param {boolean} [options.checkReissue]  also check that a new card refuses the old one (default true)
 * @param {number} [options.timeout] per step, ms (default 30000)
 * @param {(line: string) => void} [options.log]
 * @returns {Promise<{signInMs: number, refusedMs?: number, reissuedSignInMs?: number, screenshots: string[]}>}
 *   signInMs: from the camera running to the greeting
 */
export async function cameraSignIn({
  baseUrl, executablePath = '/usr/bin/chromium', args = [], shotDir, workDir, resident = '王秀兰',
  manager = 'lingxi.manager', checkReissue = true, timeout = 30_000, log = console.log,
} = {}) {
  if (!baseUrl) throw new Error('cameraSignIn needs baseUrl'); // credentials: station-browser.mjs reads STATION_DATA_DIR
  baseUrl = baseUrl.replace(/\/$/, '');
  const ownWorkDir = !workDir;
  workDir = workDir || mkdtempSync(join(tmpdir(), 'camera-sign-in-'));
  if (shotDir) mkdirSync(shotDir, { recursive: true });
  const password = account(manager);
  const result = { screenshots: [] };
  const shot = async (page, name, size) => {
    if (!shotDir) return;
    const file = join(shotDir, `${name}-${size.width}x${size.height}.png`);
    await page.screenshot({ path: file });
    result.screenshots.push(file);
    log(`  screenshot ${file}`);
  };

  const consoleBrowser = await chromium.launch({ executablePath, headless: true, args: [...BROWSER_ARGS, ...args] });
  try {
    // Twice the pixels, as a printer would: the QR code's modules stay sharp in the video.
    const consoleContext = await consoleBrowser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    const console_ = await consoleContext.newPage();
    await openConsoleSignIn(console_);
    await consoleSignIn(console_, manager, password);
    await console_.waitForURL(url => url.pathname === '/manage', { timeout });
    await console_.locator('.console-user').waitFor({ state: 'visible', timeout });

    const firstCard = join(workDir, 'card-1.png');
    await printCard(console_, baseUrl, resident, firstCard, timeout, log);
    await shot(console_, 'resident-card', { width: 1280, height: 900 });
    const firstVideo = join(workDir, 'card-1.y4m');
    const video = writeY4m(firstCard, firstVideo, { width: 640, height: 480, frames: 10 });
    log(`  fake camera: ${firstVideo} (${video.width}x${video.height}, ${video.frames} frames, ${video.bytes} bytes)`);

    await withCamera(firstVideo, async kiosk => {
      const page = await kiosk.newPage();
      const cameraOn = await openSignInWithCamera(page, baseUrl, timeout);
      await shot(page, 'camera-sign-in', PORTRAIT);
      await waitText(page.locator('.kiosk-greeting'), t => t.includes(resident), `the greeting for ${resident}`, timeout);
      result.signInMs = Date.now() - cameraOn;
      log(`  ${resident} signed in by card ${result.signInMs} ms after the camera started`);
      await shot(page, 'camera-signed-in', PORTRAIT);
      await page.locator('#sign-out').click();
      await page.locator('#sign-in').waitFor({ state: 'visible', timeout });
    }, PORTRAIT, { executablePath, args });

    if (checkReissue) {
      const secondCard = join(workDir, 'card-2.png');
      await printCard(console_, baseUrl, resident, secondCard, timeout, log);
      // The camera still shows the first card, which the new one has revoked.
      await withCamera(firstVideo, async kiosk => {
        const page = await kiosk.newPage();
        const cameraOn = await openSignInWithCamera(page, baseUrl, timeout);
        await waitText(page.locator('#sign-in-message'), t => t.includes(NOT_RECOGNISED), `"${NOT_RECOGNISED}" in the sign-in message`, timeout);
        result.refusedMs = Date.now() - cameraOn;
        log(`  the old card was refused: ${(await page.locator('#sign-in-message').innerText()).trim()}`);
        if (await page.locator('.kiosk-greeting').count() > 0) throw new Error('the revoked card signed the resident in');
        await shot(page, 'camera-card-refused', LANDSCAPE);
      }, LANDSCAPE, { executablePath, args });
      const secondVideo = join(workDir, 'card-2.y4m');
      writeY4m(secondCard, secondVideo, { width: 640, height: 480, frames: 10 });
      await withCamera(secondVideo, async kiosk => {
        const page = await kiosk.newPage();
        const cameraOn = await openSignInWithCamera(page, baseUrl, timeout);
        await waitText(page.locator('.kiosk-greeting'), t => t.includes(resident), `the greeting for ${resident} with the new card`, timeout);
        result.reissuedSignInMs = Date.now() - cameraOn;
        log(`  the new card signed ${resident} in ${result.reissuedSignInMs} ms after the camera started`);
        await page.locator('#sign-out').click();
        await page.locator('#sign-in').waitFor({ state: 'visible', timeout });
      }, LANDSCAPE, { executablePath, args });
    }
  } finally {
    await consoleBrowser.close();
    if (ownWorkDir) rmSync(workDir, { recursive: true, force: true });
  }
  return result;

}

/**
 * Runs body with a browser context of a Chromium whose only camera plays the video (a new browser per
 * video, as the file is a launch argument); fails on any page error. storageState (Playwright's) lets the
 * context continue another's session, for example a resident already signed in.
 */
export async function withCamera(videoFile, body, viewport, { executablePath = '/usr/bin/chromium', args = [], storageState } = {}) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...BROWSER_ARGS, ...args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${videoFile}`],
  });
  try {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', storageState });
    const problems = [];
    context.on('page', p => p.on('pageerror', e => problems.push(e.message)));
    await body(context);
    if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
  } finally {
    await browser.close();
  }
}

/** Prints the resident's card in the console (issuing a new one) and saves the card alone as a PNG. */
async function printCard(page, baseUrl, resident, pngPath, timeout, log) {
  await page.goto(`${baseUrl}/manage/residents`);
  const row = page.locator('.console-view vaadin-grid-cell-content').filter({ hasText: resident }).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await until(async () => (await page.locator('#resident-name input').inputValue()) === resident, `the form to show ${resident}`, timeout);
  await page.locator('#resident-print-card').click();
  await page.waitForURL(url => url.pathname.startsWith('/manage/residents/card/'), { timeout });
  const warning = page.locator('#resident-card-warning');
  await warning.waitFor({ state: 'visible', timeout });
  log(`  card page: ${(await warning.innerText()).trim()}`);
  await page.locator('#resident-card-issue').click();
  const card = page.locator('#resident-card');
  await card.waitFor({ state: 'visible', timeout });
  await until(() => page.locator('#resident-card-qr').evaluate(img => img.complete && img.naturalWidth > 0), 'the card QR image', timeout);
  await card.screenshot({ path: pngPath });
  const code = readQr(pngPath);
  if (!code || !code.startsWith('HSCARD1.')) throw new Error(`the printed card's QR code reads ${JSON.stringify(code && code.slice(0, 8))}, not a card`);
  log(`  printed ${resident}'s card (${pngPath}); its QR code reads HSCARD1.… (${code.length} characters)`);
}

/** Opens the kiosk's sign-in screen and waits until the camera runs; returns when it did. */
async function openSignInWithCamera(page, baseUrl, timeout) {
  await page.goto(`${baseUrl}/`);
  await page.locator('#sign-in').waitFor({ state: 'visible', timeout });
  await page.locator('#sign-in').click();
  await page.locator('#card-camera-video').waitFor({ state: 'visible', timeout });
  await until(() => page.locator('#card-camera-video').evaluate(v => v.readyState >= 2 && v.videoWidth > 0), 'the camera picture', timeout);
  return Date.now();
}

function readQr(pngPath) {
  const png = PNG.sync.read(readFileSync(pngPath));
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  return found ? found.data : null;
}

// Run by hand: node deploy/e2e/camera-sign-in.mjs (STATION_URL, STATION_DATA_DIR, optional SCREENSHOT_DIR, CHROMIUM).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    const r = await cameraSignIn({
      baseUrl: process.env.STATION_URL || 'http://127.0.0.1:8180',
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      shotDir: process.env.SCREENSHOT_DIR,
    });
    console.log(`camera_sign_in=ok sign_in_ms=${r.signInMs} refused_ms=${r.refusedMs} reissued_sign_in_ms=${r.reissuedSignInMs} total_s=${((Date.now() - started) / 1000).toFixed(1)}`);
  } catch (e) {
    console.error(`FAILED: ${e.message}`);
    console.log('camera_sign_in=failed');
    process.exit(1);
  }
}
