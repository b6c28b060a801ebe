// Clicks through the kiosk's and the console's real flows in Debian's headless Chromium and saves
// screenshots. Started by deploy/e2e/kiosk-flows, which starts a demo server first; it can also be run
// by hand against a running demo server:
//   STATION_URL=http://127.0.0.1:8180 STATION_DATA_DIR=/path/to/data node deploy/e2e/kiosk-flows.mjs
// The last line of output is key=value pairs; the exit status is non-zero if any flow failed.
// Never downloads a browser: it drives /usr/bin/chromium (override with CHROMIUM).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  account, adminPassword, baseUrl, BOTH, consoleSignIn, enterDigits, LANDSCAPE, launchBrowser, log, openConsoleSignIn,
  openKioskHome, pageText,
  PHONE, PORTRAIT, resident, shotDir, signIn, signOut, sizeName, STATION_NAME, STEP, until, volunteer, waitText,
} from './station-browser.mjs';
import { cameraSignIn, withCamera } from './camera-sign-in.mjs';
import { writeY4m } from './fake-camera.mjs';

const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',') : null; // e.g. E2E_ONLY=home,console

const BUNDLED_TILES = ['policy-lookup', 'canteen', 'elder-care', 'tutoring'];
const IDLE_OVERLAY_WAIT = 100_000; // the kiosk warns after 90 s without a touch
const IDLE_RESET_WAIT = 30_000; // ... and resets 15 s later

const results = [];
let screens = 0;

const browser = await launchBrowser();
try {
  for (const size of BOTH) await flow('home', size, home);
  for (const size of BOTH) await flow('sign-in', size, residentSignIn);
  await flow('wrong-pin', PORTRAIT, wrongPin);
  for (const size of BOTH) await flow('language', size, language);
  await flow('console-wrong-password', LANDSCAPE, consoleWrongPassword);
  await flow('console', LANDSCAPE, consoleFlow);
  await flow('plugin-live', LANDSCAPE, pluginLive);
  await flow('volunteer', LANDSCAPE, volunteerFlow);
  for (const size of BOTH) await flow('policy', size, policyLookup);
  for (const size of BOTH) await flow('canteen', size, canteenOrder);
  for (const size of BOTH) await flow('elder-care', size, elderCareBooking);
  await flow('tutoring', PORTRAIT, tutoringTerm);
  await flow('tutoring-kiosk', LANDSCAPE, tutoringKioskScreens);
  await flow('call-staff', PORTRAIT, callStaff);
  await flow('display', PORTRAIT, displayChoices);
  for (const size of BOTH) await flow('read-aloud', size, readAloud);
  await flow('read-aloud-voice', PORTRAIT, readAloudBrowserVoice);
  for (const size of BOTH) await flow('acting-for', size, actingFor);
  await flow('reconnecting', PORTRAIT, reconnecting);
  await flow('idle-reset', PORTRAIT, idleReset);
  await cameraFlow();
  await selfCheckInFlow();
} finally {
  await browser.close();
}

const failed = results.filter(r => !r.ok);
console.log(`flows run: ${results.map(r => `${r.name}@${r.size}=${r.ok ? 'ok' : 'FAILED'}`).join(' ')}`);
console.log(`screens=${screens} flows=${results.length} failures=${failed.length}`);
process.exit(failed.length ? 1 : 0);

// ---------------------------------------------------------------------------------------------------
// Flows

async function home(page, size) {
  await openKioskHome(page);
  await waitText(page.locator('.kiosk-station-name'), t => t.includes(STATION_NAME), `station name ${STATION_NAME}`);
  // The demo server installs the bundled service plugins: their tiles are the home screen.
  for (const tile of BUNDLED_TILES) await page.locator(`#tile-${tile}`).waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'home', size);
}

async function residentSignIn(page, size) {
  const wang = resident('王秀兰');
  await openKioskHome(page);
  await signIn(page, wang, name => shot(page, name, size));
  await page.locator('#sign-out').click();
  await page.locator('#sign-in').waitFor({ state: 'visible', timeout: STEP });
  await page.locator('.kiosk-greeting').waitFor({ state: 'detached', timeout: STEP });
}

async function wrongPin(page, size) {
  const zhao = resident('赵建国');
  const wrong = zhao.pin === '000000' ? '111111' : '000000';
  await openKioskHome(page);
  await page.locator('#sign-in').click();
  await enterDigits(page, zhao.phone, zhao.phone);
  await page.locator('#sign-in-next').click();
  await waitText(page.locator('#digits-display'), t => t === '', 'an empty display for the PIN');
  await enterDigits(page, wrong, '●'.repeat(6));
  await page.locator('#sign-in-next').click();
  await waitText(page.locator('#sign-in-message'), t => t.includes('还可以再试'), 'a message with 还可以再试');
  log(`  message: ${(await page.locator('#sign-in-message').textContent()).trim()}`);
  if (await page.locator('.kiosk-greeting').count() > 0) throw new Error('a wrong PIN signed the resident in');
  await shot(page, 'wrong-pin', size);
}

async function language(page, size) {
  await openKioskHome(page);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await waitText(page.locator('.kiosk-content'), t => t.includes('Welcome to'), '"Welcome to"');
  await waitText(page.locator('#sign-in'), t => t.trim() === 'Sign in' || /sign in/i.test(t), 'an English sign-in button');
  await shot(page, 'english-home', size);
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await waitText(page.locator('.kiosk-content'), t => t.includes('欢迎来到'), '欢迎来到 again');
}

async function idleReset(page, size) {
  const wang = resident('王秀兰');
  await openKioskHome(page);
  await signIn(page, wang, null);
  // From here on nothing touches the page: only reading and screenshots.
  const signedInAt = Date.now();
  log(`  signed in; waiting up to ${IDLE_OVERLAY_WAIT / 1000} s for the idle warning without touching anything`);
  await page.locator('#idle-overlay').waitFor({ state: 'visible', timeout: IDLE_OVERLAY_WAIT });
  const warnedAfter = (Date.now() - signedInAt) / 1000;
  const seconds = (await page.locator('#idle-seconds').textContent()).trim();
  log(`  idle warning after ${warnedAfter.toFixed(1)} s, countdown shows "${seconds}"`);
  if (!/^\d+$/.test(seconds)) throw new Error(`the idle countdown shows "${seconds}", not a number of seconds`);
  await waitText(page.locator('#idle-seconds'), t => /^\d+$/.test(t.trim()) && Number(t) < Number(seconds),
    'the countdown to go down', 5_000);
  await shot(page, 'idle-overlay', size);
  await page.locator('.kiosk-greeting').waitFor({ state: 'detached', timeout: IDLE_RESET_WAIT });
  await page.locator('#sign-in').waitFor({ state: 'visible', timeout: STEP });
  await page.locator('#idle-overlay').waitFor({ state: 'hidden', timeout: STEP });
  await waitText(page.locator('.kiosk-content'), t => t.includes(`欢迎来到${STATION_NAME}`), 'the home screen');
  log(`  back on the home screen ${((Date.now() - signedInAt) / 1000).toFixed(1)} s after signing in`);
  await shot(page, 'idle-reset-home', size);
}

async function consoleWrongPassword(page, size) {
  const password = adminPassword();
  await openConsoleSignIn(page);
  await consoleSignIn(page, 'admin', password + 'x');
  // Expected: the form shows its error (无法登录 …) and the sign-in page stays.
  try {
    await page.locator('vaadin-login-form[error]').waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    const state = await page.evaluate(() => {
      const form = document.querySelector('vaadin-login-form');
      const systemError = document.querySelector('.v-system-error');
      return {
        formDisabled: form ? form.disabled : null,
        systemErrorShown: !!systemError && systemError.matches(':popover-open'),
        systemErrorText: systemError ? systemError.innerText.trim() : null,
      };
    });
    await shot(page, 'console-sign-in-error', size);
    throw new Error(`a wrong password shows no error within 15 s: ${JSON.stringify(state)}`);
  }
  // The error is rendered inside the form's shadow DOM: getByText pierces it, innerText does not.
  await page.getByText('无法登录').first().waitFor({ state: 'visible', timeout: STEP });
  if (!/^\/manage(\/sign-in)?$/.test(new URL(page.url()).pathname) || await page.locator('.console-user').count() > 0) {
    throw new Error(`a wrong password left the sign-in page for ${page.url()}`);
  }
  await page.locator('vaadin-login-form input[name=password]').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'console-sign-in-error', size);
}

async function consoleFlow(page, size) {
  const password = adminPassword();
  await openConsoleSignIn(page);
  await shot(page, 'console-sign-in', size);

  await consoleSignIn(page, 'admin', password);
  await page.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
  await waitText(page.locator('.console-title'), t => t.includes('幸福驿站管理后台'), 'the title 幸福驿站管理后台');
  await waitText(page.locator('.console-user'), t => t.includes('admin'), 'the signed-in user admin');
  await shot(page, 'console-home', size);

  // The city admin sees every station; the demo kiosk and residents belong to 灵西社区 (LX-001).
  await page.goto(`${baseUrl}/manage/kiosks`);
  await pickStation(page, STATION_NAME);
  await gridShows(page, t => t.includes('二楼康复室'), 'the demo kiosk 二楼康复室 in the kiosks grid');
  await shot(page, 'console-kiosks', size);

  await page.goto(`${baseUrl}/manage/residents`);
  await pickStation(page, STATION_NAME);
  await gridShows(page, t => t.includes('王秀兰') && t.includes('138****0001'),
    'resident 王秀兰 with the masked phone 138****0001 in the residents grid');
  const wang = resident('王秀兰');
  const text = await page.locator('body').innerText();
  const html = await page.content();
  if (text.includes(wang.phone) || html.includes(wang.phone)) {
    throw new Error(`the residents page shows the full phone number ${wang.phone}`);
  }
  await shot(page, 'console-residents', size);

  await page.goto(`${baseUrl}/manage/audit`);
  await gridShows(page, t => /\d{4}-\d{2}-\d{2}/.test(t), 'dated entries in the audit grid');
  await shot(page, 'console-audit', size);
}

/**
 * A city administrator uploads the example plugin in the console while a kiosk shows its home screen:
 * the tile appears on the open kiosk without a reload (server push), opens the plugin's screen, and goes
 * away again when the plugin is stopped.
 */
async function pluginLive(page, size) {
  const jar = process.env.EXAMPLE_PLUGIN_JAR;
  if (!jar) throw new Error('EXAMPLE_PLUGIN_JAR must name the example plugin jar');
  await openKioskHome(page);
  await page.locator(`#tile-${BUNDLED_TILES[0]}`).waitFor({ state: 'visible', timeout: STEP });

  // The manager's PC is another browser than the kiosk: a context of its own, so a session of its own.
  const consoleContext = await browser.newContext({ viewport: size, locale: 'zh-CN' });
  const console = await consoleContext.newPage();
  await openConsoleSignIn(console);
  await consoleSignIn(console, 'admin', adminPassword());
  await console.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
  await console.goto(`${baseUrl}/manage/plugins`);
  await console.locator('#plugin-upload').waitFor({ state: 'visible', timeout: STEP });
  const uploaded = Date.now();
  await console.locator('#plugin-upload input[type=file]').setInputFiles(jar);
  await waitText(console.locator('#console-feedback'), t => t.includes('example-plugin'), 'the installed message');
  await shot(console, 'console-plugins', size);

  const installed = Date.now();
  await page.locator('#tile-example-plugin').waitFor({ state: 'visible', timeout: 10_000 });
  log(`  tile on the open kiosk ${Date.now() - installed} ms after the console said installed`
    + ` (${installed - uploaded} ms upload and install)`);
  await shot(page, 'plugin-tile', size);
  await page.locator('#tile-example-plugin').click();
  await page.locator('#example-plugin-screen').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'plugin-screen', size);
  // Stopping the plugin while a kiosk shows its screen takes that kiosk home: no kiosk keeps a stopped
  // plugin's components.
  await console.locator('vaadin-grid-cell-content').filter({ hasText: 'example-plugin' }).first().click();
  const stopped = Date.now();
  await console.locator('#plugin-stop').click();
  await page.locator('#example-plugin-screen').waitFor({ state: 'detached', timeout: 10_000 });
  await page.locator(`#tile-${BUNDLED_TILES[0]}`).waitFor({ state: 'visible', timeout: STEP });
  log(`  kiosk left the stopped plugin's screen for home ${Date.now() - stopped} ms after "stop" was clicked`);
  if (await page.locator('#tile-example-plugin').count() > 0) throw new Error('the stopped plugin still has a tile');
  await shot(page, 'plugin-stopped', size);

  await console.locator('#plugin-uninstall').click(); // the stopped plugin is still selected
  // The console asks whether the plugin's data goes too; keeping it is the first choice.
  await console.getByRole('button', { name: '卸载，保留数据' }).click({ timeout: STEP });
  try {
    await exampleGone(console);
  } catch (e) {
    await console.screenshot({ path: join(shotDir, 'FAILED-plugin-uninstall.png') });
    throw new Error(`${e.message}; console feedback: ${await console.locator('#console-feedback').textContent()}`);
  }
  await consoleContext.close();
}

/**
 * Policy lookup: pinyin initials typed on the on-screen keys find the social-security card; typed Chinese
 * (社保卡) finds it too; its page shows a QR code that a phone reads and opens without signing in.
 */
async function policyLookup(page, size) {
  await openKioskHome(page);
  await page.locator('#tile-policy-lookup').click();
  await page.locator('#policy-keyboard').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'policy-home', size);
  for (const key of ['s', 'b', 'k']) await page.locator(`#policy-key-${key}`).click();
  await page.locator('#policy-search-button').click();
  await waitText(page.locator('#policy-results'), t => /社保卡|社会保障卡/.test(t), 'a social-security card result for "sbk"');
  await shot(page, 'policy-initials', size);

  await page.locator('#policy-back').click();
  await page.locator('#policy-key-clear').click();
  const field = page.locator('#policy-search-field input');
  await until(async () => (await field.inputValue()) === '', 'the search field to be cleared');
  await field.fill('社保卡'); // a physical keyboard at the kiosk types Chinese into the field
  await field.press('Enter');
  await waitText(page.locator('#policy-results .policy-result').first(), t => /社保卡|社会保障卡/.test(t),
    'a social-security card entry first for 社保卡');
  const title = (await page.locator('#policy-results .policy-result').first().innerText()).split('\n')[0].trim();
  await shot(page, 'policy-results', size);
  await page.locator('#policy-results .policy-result').first().click();
  await page.locator('#policy-page ol li').first().waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'policy-page', size);

  const link = await decodeQr(page.locator('#policy-qr img').first());
  log(`  "take it with you" QR code: ${link}`);
  if (!link.startsWith(`${baseUrl}/p/policy-lookup/LX-001/`)) throw new Error(`the QR code holds ${link}`);
  const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  try {
    const phone = await phoneContext.newPage();
    await phone.goto(link);
    await waitText(phone.locator('#public-page'), t => t.includes(title), `the policy "${title}" on the phone`);
    await shot(phone, 'policy-phone', PHONE);
  } finally {
    await phoneContext.close();
  }
}

/**
 * The canteen: 李娜 (a volunteer with points) orders a meal for herself and pays with points; the pick-up
 * number and the order's QR code show; at the counter's work screen in the console, staff scan the code
 * (a USB scanner types it) and the order is collected.
 */
async function canteenOrder(page, size) {
  const li = resident('李娜');
  await openKioskHome(page);
  await signIn(page, li, null);
  await page.locator('#tile-canteen').click();
  await page.locator('#canteen-screen').waitFor({ state: 'visible', timeout: STEP });
  if (await page.locator(`[id^=canteen-eater-]`).count() > 0) {
    await shot(page, 'canteen-who', size);
    await page.locator(`[id^=canteen-eater-]`).first().click();
  }
  // The last day offered lies ahead, so every sitting is still open whatever the time of the run.
  const day = page.locator('[id^=canteen-day-]:not([disabled])').last();
  await day.waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'canteen-days', size);
  const dayId = await day.getAttribute('id');
  await day.click();
  const meal = size === PORTRAIT ? 'lunch' : 'dinner'; // one meal a day each: the second run takes another
  await page.locator(`#canteen-meal-${meal}`).click({ timeout: STEP });
  await page.locator('#canteen-sitting-0').click({ timeout: STEP });
  await page.locator(`#canteen-menu-${meal}`).waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'canteen-menu', size);
  await page.locator('#canteen-next').click();
  await page.locator('#canteen-pay-points').click({ timeout: STEP });
  await page.locator('#canteen-breakdown').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'canteen-breakdown', size);
  await page.locator('#canteen-confirm').dblclick(); // a double touch still makes one order
  await waitText(page.locator('#canteen-pickup-number'), t => /\d+/.test(t), 'the pick-up number');
  const pickup = (await page.locator('#canteen-pickup-number').innerText()).match(/\d+/)[0];
  const orderLink = await decodeQr(page.locator('#canteen-order-qr'));
  log(`  ordered ${dayId.replace('canteen-day-', '')}: pick-up number ${pickup}, QR ${orderLink}`);
  await shot(page, 'canteen-ordered', size);

  const staffContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  try {
    const counter = await staffContext.newPage();
    await openConsoleSignIn(counter);
    await consoleSignIn(counter, 'lingxi.canteen', account('lingxi.canteen'));
    await counter.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
    await counter.locator('#console-work-canteen').click();
    await counter.locator('#canteen-scan input').waitFor({ state: 'visible', timeout: STEP });
    await counter.locator('#canteen-scan input').fill(orderLink);
    await counter.locator('#canteen-scan input').press('Enter');
    await waitText(counter.locator('#canteen-counter'), t => t.includes(pickup) && /已取餐|collected/i.test(t),
      `order ${pickup} collected at the counter`);
    await shot(counter, 'canteen-counter', LANDSCAPE);
  } finally {
    await staffContext.close();
  }
}

/**
 * Elder care: 李娜 books a rehabilitation session for her mother 王秀兰: whom for, then three touches
 * (service, day, time) and a confirm, touched twice; the summary carries the booking's QR code. The care
 * worker (lingxi.care) scans it at the console's work screen and 王秀兰 is checked in. The server's day
 * starts at 09:10 (kiosk-flows sets its clock), so the morning's times lie ahead.
 */
async function elderCareBooking(page, size) {
  await openKioskHome(page);
  await signIn(page, resident('李娜'), null);
  await page.locator('#tile-elder-care').click();
  const forMother = page.locator('[id^=eldercare-for-]:not(#eldercare-for-self)').first();
  await forMother.waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'eldercare-for-whom', size);
  await forMother.click();
  await page.locator('#eldercare-service-rehab').click({ timeout: STEP });
  const day = page.locator('[id^=eldercare-day-]:not([disabled])').first();
  await day.waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'eldercare-days', size);
  await day.click();
  // One time each run: the second run books the next time, as the same elder holds one place per time.
  const time = page.locator('[id^=eldercare-time-]:not([disabled])').nth(size === PORTRAIT ? 0 : 1);
  await time.waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'eldercare-times', size);
  await time.click();
  await page.locator('#eldercare-confirm').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'eldercare-summary', size);
  await page.locator('#eldercare-confirm').dblclick(); // a double touch still books once
  const code = await decodeQr(page.locator('#eldercare-booking-qr'));
  if (!code.startsWith('eldercare:')) throw new Error(`the booking's QR code holds ${code}`);
  log(`  booked for 王秀兰: ${code}`);
  await shot(page, 'eldercare-booked', size);
  await page.locator('#eldercare-my-bookings').click({ timeout: STEP });
  await waitText(page.locator('[id^=eldercare-booking-]').first(), t => t.includes('王秀兰'), 'the booking in my bookings');

  const staffContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  try {
    const care = await staffContext.newPage();
    await openConsoleSignIn(care);
    await consoleSignIn(care, 'lingxi.care', account('lingxi.care'));
    await care.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
    await care.locator('#console-work-elder-care').click();
    await care.locator('#eldercare-staff-scan input').waitFor({ state: 'visible', timeout: STEP });
    await care.locator('#eldercare-staff-scan input').fill(code);
    await care.locator('#eldercare-staff-scan input').press('Enter');
    await waitText(care.locator('#eldercare-staff-message'), t => t.includes('王秀兰') && t.includes('已签到'),
      '王秀兰 checked in at the care workers\' screen');
    await shot(care, 'eldercare-staff', LANDSCAPE);
  } finally {
    await staffContext.close();
  }
}

/**
 * A tutoring term: the manager makes the volunteer 李娜 a tutor and gives her the maths class; the parent
 * 陈静 enrols her daughter 陈小雨 at the kiosk; 李娜, signed in at the kiosk as the tutor, takes the
 * attendance of a past session and saves it; the hours appear in her volunteer record on her phone.
 */
async function tutoringTerm(page, size) {
  const managerContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  let classId;
  try {
    const manager = await managerContext.newPage();
    await openConsoleSignIn(manager);
    await consoleSignIn(manager, 'lingxi.manager', account('lingxi.manager'));
    await manager.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
    await manager.goto(`${baseUrl}/manage/plugins/tutoring`);
    await manager.locator('#tutoring-admin-tutors').click({ timeout: STEP });
    await manager.locator('#tutoring-admin-tutor-search input').fill('李娜');
    await manager.locator('#tutoring-admin-tutor-search-button').click();
    await manager.locator('[id^=tutoring-admin-tutor-add-]').first().click({ timeout: STEP });
    await manager.locator('[id^=tutoring-admin-tutor-remove-]').first().waitFor({ state: 'visible', timeout: STEP });
    await manager.locator('#tutoring-admin-classes').click();
    const row = manager.locator('[id^=tutoring-admin-class-]:not(#tutoring-admin-class-section)')
      .filter({ hasText: '三四年级数学' }).first();
    await row.waitFor({ state: 'visible', timeout: STEP });
    classId = (await row.getAttribute('id')).replace('tutoring-admin-class-', '');
    await manager.locator(`#tutoring-admin-edit-${classId}`).click();
    await manager.locator('#tutoring-admin-class-tutor').click({ timeout: STEP });
    await manager.locator('vaadin-select-item').filter({ hasText: '李娜' }).first().click({ timeout: STEP });
    await manager.locator('#tutoring-admin-class-save').click();
    await waitText(manager.locator('#tutoring-admin-notice'), t => t.includes('已保存'), 'the class saved');
    await shot(manager, 'tutoring-admin', LANDSCAPE);
  } finally {
    await managerContext.close();
  }

  await openKioskHome(page);
  await signIn(page, resident('陈静'), null);
  await page.locator('#tile-tutoring').click();
  await page.locator(`#tutoring-enrol-${classId}`).waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'tutoring-classes', size);
  await page.locator(`#tutoring-enrol-${classId}`).click();
  await page.locator('[id^=tutoring-child-]').first().click({ timeout: STEP });
  await page.locator('#tutoring-grade-4').click({ timeout: STEP }); // 四年级
  for (const digit of resident('陈静').phone) await page.locator(`#tutoring-guardian-phone-pad-${digit}`).click();
  await waitText(page.locator('#tutoring-grade-4'), t => t.includes('✓'), 'grade 4 chosen');
  await shot(page, 'tutoring-child-details', size);
  await page.locator('#tutoring-profile-save').click();
  await page.locator('#tutoring-confirm').click({ timeout: STEP });
  await waitText(page.locator('#tutoring-result'), t => t.includes('陈小雨'), '陈小雨 enrolled');
  await shot(page, 'tutoring-enrolled', size);
  await signOut(page);

  await openKioskHome(page);
  await signIn(page, resident('李娜'), null);
  await page.locator('#tile-tutoring').click();
  await page.locator('#tutoring-teach').click({ timeout: STEP });
  // Today's session (if any) comes first, then the ones before it: the last one lies in the past.
  const session = page.locator(`[id^=tutoring-session-${classId}-]`).last();
  await session.waitFor({ state: 'visible', timeout: STEP });
  log(`  tutor takes attendance of ${(await session.getAttribute('id')).replace(`tutoring-session-${classId}-`, '')}`);
  await session.click();
  await page.locator('[id^=tutoring-present-]').first().click({ timeout: STEP });
  await page.locator('#tutoring-session-note textarea').fill('复习两位数乘法，陈小雨表现很好。');
  await shot(page, 'tutoring-attendance', size);
  await page.locator('#tutoring-session-save').click();
  await waitText(page.locator('#tutoring-hours'), t => /\d+ 分钟/.test(t), 'the tutor\'s hours recorded');
  log(`  ${(await page.locator('#tutoring-hours').innerText()).trim()}`);
  await shot(page, 'tutoring-hours', size);
  await signOut(page);

  const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  try {
    const phone = await phoneContext.newPage();
    const li = volunteer('李娜');
    await phone.goto(`${baseUrl}/v/sign-in`);
    await phone.locator('#volunteer-phone input').fill(li.phone);
    await phone.locator('#volunteer-password input').fill(li.password);
    await phone.locator('#volunteer-sign-in').click();
    await phone.waitForURL(url => !url.pathname.endsWith('/sign-in'), { timeout: STEP });
    await phone.goto(`${baseUrl}/v/records`);
    await waitText(phone.locator('body'), t => t.includes('课后辅导：三四年级数学'), 'the session in her volunteer record');
    await shot(phone, 'phone-tutoring-record', PHONE);
  } finally {
    await phoneContext.close();
  }
}

/** The tutoring tile at the other kiosk size: the classes a guest sees, with places left. */
async function tutoringKioskScreens(page, size) {
  await openKioskHome(page);
  await page.locator('#tile-tutoring').click();
  await waitText(page.locator('#tutoring-sign-in'), t => t.includes('登录'), 'the invitation to sign in');
  await page.locator('[id^=tutoring-class-]').first().waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'tutoring-guest', size);
}

/**
 * A volunteer's day, across three browsers: the kiosk shows the check-in code; the volunteer's phone
 * (a second browser, phone-sized) opens the link decoded from the kiosk's QR image, signs in, checks in
 * and later out with the next code; the manager approves the record in the console, points are credited;
 * the volunteer redeems a meal voucher on the phone; the canteen's staff accept it once at the console.
 */
async function volunteerFlow(kiosk, size) {
  const liu = volunteer('刘志强');
  await openKioskHome(kiosk);
  await kiosk.locator('#volunteer-checkin').click();
  const card = kiosk.locator('.checkin-card').filter({ hasText: '驿站值守' }).first();
  await card.waitFor({ state: 'visible', timeout: STEP });
  await shot(kiosk, 'kiosk-checkin', size);
  const firstLink = await decodeQr(card.locator('img.checkin-qr'));
  log(`  decoded from the kiosk's QR image: ${firstLink}`);
  if (!firstLink.startsWith(`${baseUrl}/v/scan?c=`)) throw new Error(`the QR code holds ${firstLink}`);

  const phoneContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' });
  const phone = await phoneContext.newPage();
  await phone.goto(firstLink);
  await phone.locator('#volunteer-phone input').waitFor({ state: 'visible', timeout: STEP });
  await shot(phone, 'phone-sign-in', PHONE);
  await phone.locator('#volunteer-phone input').fill(liu.phone);
  await phone.locator('#volunteer-password input').fill(liu.password);
  await phone.locator('#volunteer-sign-in').click();
  await waitText(phone.locator('#scan-activity'), t => t.includes('驿站值守'), 'the activity to confirm');
  await shot(phone, 'phone-confirm-check-in', PHONE);
  await phone.locator('#scan-confirm').click();
  await waitText(phone.locator('#scan-result'), t => t.includes('签到'), 'the check-in confirmation');
  await shot(phone, 'phone-checked-in', PHONE);

  // The same code again is a replay; checking out takes the kiosk's next code (it changes every 30 s).
  await phone.goto(firstLink);
  await phone.locator('#scan-confirm').click();
  await waitText(phone.locator('.volunteer-message.problem'), t => t.includes('已经用过'), 'the replay refusal');
  let nextLink = firstLink;
  await until(async () => {
    nextLink = await decodeQr(kiosk.locator('.checkin-card').filter({ hasText: '驿站值守' }).first().locator('img.checkin-qr'));
    return nextLink !== firstLink;
  }, 'the kiosk to show the next code', 40_000);
  await phone.goto(nextLink);
  await waitText(phone.locator('h1').first(), t => t.includes('签退'), 'the check-out confirmation page');
  await phone.locator('#scan-confirm').click();
  await waitText(phone.locator('#scan-result'), t => t.includes('审核'), 'the check-out result waiting for approval');
  await shot(phone, 'phone-checked-out', PHONE);

  // The manager approves two hours of service in the console.
  const managerContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  const manager = await managerContext.newPage();
  await openConsoleSignIn(manager);
  await consoleSignIn(manager, 'lingxi.manager', account('lingxi.manager'));
  await manager.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
  await manager.goto(`${baseUrl}/manage/approvals`);
  await gridShows(manager, t => t.includes('刘志强') && t.includes('驿站值守'), 'the pending record of 刘志强');
  // The record's checkbox (the first one is the header's "select all").
  const rowBox = manager.locator('#approval-grid vaadin-checkbox').nth(1);
  await rowBox.click();
  await until(async () => (await rowBox.getAttribute('checked')) !== null, 'the record to be selected');
  await manager.locator('#approval-minutes input').fill('120');
  await manager.locator('#approval-minutes input').press('Tab');
  await manager.getByRole('button', { name: '按此时长批准' }).click();
  await waitText(manager.locator('#console-feedback'), t => t.includes('已保存'), 'the approval saved');
  await shot(manager, 'console-approvals', LANDSCAPE);
  await manager.goto(`${baseUrl}/manage/reports`);
  await pickStation(manager, STATION_NAME);
  await until(async () => await manager.locator('#chart-points canvas').evaluate(c => !!c.chart),
    'Chart.js to draw the points chart');
  await shot(manager, 'console-reports', LANDSCAPE);
  await manager.goto(`${baseUrl}/manage/activities`);
  await pickStation(manager, STATION_NAME);
  await gridShows(manager, t => t.includes('驿站值守') && t.includes('溢香家午餐帮厨'), 'the demo activities');
  await manager.locator('#activity-grid vaadin-grid-cell-content').filter({ hasText: '溢香家午餐帮厨' }).first().click();
  await until(async () => (await manager.locator('#activity-title input').inputValue()) === '溢香家午餐帮厨',
    'the form to show the chosen activity');
  await shot(manager, 'console-activities', LANDSCAPE);
  await manager.goto(`${baseUrl}/manage/volunteers`);
  await pickStation(manager, STATION_NAME);
  await gridShows(manager, t => t.includes('刘志强') && t.includes('139****0011'), 'the volunteers with masked phones');
  await shot(manager, 'console-volunteers', LANDSCAPE);
  await manager.goto(`${baseUrl}/manage/ledger`);
  await manager.locator('#ledger-check').click();
  await waitText(manager.locator('#ledger-check-result'), t => t.includes('invariants=ok'), 'the ledger check to pass');
  await shot(manager, 'console-ledger', LANDSCAPE);

  await phone.goto(`${baseUrl}/v/points`);
  await waitText(phone.locator('#points-balance'), t => t.includes('2'), 'a balance of 2 points');
  await shot(phone, 'phone-points', PHONE);
  await phone.goto(`${baseUrl}/v/rewards`);
  const meal = phone.locator('.reward-offer').filter({ hasText: '免费午餐' }).first();
  await meal.locator('.reward-redeem').click();
  await meal.locator('.reward-confirm').dblclick(); // a double click pays once
  await phone.waitForURL(url => url.pathname.startsWith('/v/vouchers/'), { timeout: STEP });
  const code = (await phone.locator('#voucher-code').textContent()).replace(/\s/g, '');
  log(`  voucher ${code}`);
  await shot(phone, 'phone-voucher', PHONE);
  await phone.goto(`${baseUrl}/v/points`);
  await waitText(phone.locator('#points-balance'), t => /[:：]\s*0\b/.test(t), 'a balance of 0 after one redemption');

  // The canteen's cashier accepts the voucher once.
  const staffContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  await openConsoleSignIn(staff);
  await consoleSignIn(staff, 'lingxi.canteen', account('lingxi.canteen'));
  await staff.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
  await staff.goto(`${baseUrl}/manage/rewards`);
  await staff.locator('#voucher-code input').fill(code);
  await staff.locator('#voucher-submit').click();
  await waitText(staff.locator('#console-feedback'), t => t.includes('已核销'), 'the voucher accepted');
  await shot(staff, 'console-voucher-accepted', LANDSCAPE);
  await staff.locator('#voucher-code input').fill(code);
  await staff.locator('#voucher-submit').click();
  await waitText(staff.locator('#console-feedback'), t => t.includes('已经用过'), 'a second acceptance refused');

  await phone.goto(`${baseUrl}/v/vouchers`);
  await waitText(phone.locator(`#voucher-${code}`), t => t.includes('已使用'), 'the voucher shown as used');

  // A service certificate on demand: a PDF, and a public page its QR code opens that says it is genuine.
  await phone.goto(`${baseUrl}/v/certificates`);
  await phone.locator('#certificate-issue').click();
  const entry = phone.locator('section[id^=certificate-]').first();
  await entry.waitFor({ state: 'visible', timeout: STEP });
  const certificate = (await entry.getAttribute('id')).replace('certificate-', '');
  const [download] = await Promise.all([
    phone.waitForEvent('download', { timeout: STEP }),
    phone.locator(`#certificate-pdf-${certificate}`).click(),
  ]);
  const pdf = readFileSync(await download.path());
  if (pdf.subarray(0, 8).toString('latin1') !== '%PDF-1.4') throw new Error('the certificate download is not a PDF');
  log(`  certificate ${certificate}: ${pdf.length} bytes of PDF`);
  await shot(phone, 'phone-certificates', PHONE);
  await phone.goto(`${baseUrl}/certificates/${certificate}`);
  await waitText(phone.locator('#certificate-check-result'), t => t.includes('真实'), 'the certificate shown as genuine');
  await shot(phone, 'certificate-check', PHONE);
  await phone.goto(`${baseUrl}/certificates/ZZZZ2222ZZZZ`);
  await waitText(phone.locator('#certificate-check-result'), t => t.includes('查无此证明'), 'an unknown code refused');
  // 李娜 is a resident and a volunteer (one phone number): signed in at the kiosk she sees her points.
  await openKioskHome(kiosk);
  await signIn(kiosk, resident('李娜'), null);
  await waitText(kiosk.locator('#my-points-link'), t => t.includes('志愿积分'), 'her volunteer points on the home screen');
  await kiosk.locator('#my-points-link').click();
  await waitText(kiosk.locator('#my-points-balance'), t => /\d/.test(t), 'her points balance');
  await shot(kiosk, 'kiosk-my-points', size);
  await kiosk.locator('#sign-out').click();
  await Promise.all([phoneContext.close(), managerContext.close(), staffContext.close()]);
}

/**
 * A resident presses "call staff": the station's console shows which kiosk is asking (and chimes), staff
 * acknowledge it, and the kiosk says, by push, that someone is on the way.
 */
async function callStaff(kiosk, size) {
  const staffContext = await browser.newContext({ viewport: LANDSCAPE, locale: 'zh-CN' });
  const staff = await staffContext.newPage();
  await openConsoleSignIn(staff);
  await consoleSignIn(staff, 'lingxi.care', account('lingxi.care'));
  await staff.waitForURL(url => url.pathname === '/manage', { timeout: STEP });
  await staff.goto(`${baseUrl}/manage/notifications`);
  await pickStation(staff, STATION_NAME);

  await openKioskHome(kiosk);
  await kiosk.locator('#call-staff').click();
  await waitText(kiosk.locator('#help-banner'), t => t.includes('马上过来'), 'the kiosk saying help is coming');
  await shot(kiosk, 'kiosk-help-coming', size);

  await staff.locator('#help-alert').waitFor({ state: 'visible', timeout: 10_000 });
  await gridShows(staff, t => t.includes('大厅一号机 呼叫工作人员'), 'the call naming the kiosk');
  await shot(staff, 'console-help-call', LANDSCAPE);
  await staff.locator('#notification-grid vaadin-button').filter({ hasText: '已处理' }).first().click();
  await waitText(kiosk.locator('#help-banner'), t => t.includes('已经收到'), 'the kiosk told that staff saw the call', 10_000);
  await shot(kiosk, 'kiosk-help-acknowledged', size);
  await staff.locator('#help-alert').waitFor({ state: 'hidden', timeout: STEP });
  await staffContext.close();
}

/** Larger text and high contrast, one touch each, and both gone for the next person after sign-out. */
async function displayChoices(kiosk, size) {
  await openKioskHome(kiosk);
  const bodyFont = () => kiosk.locator('.station-info .info-line').first()
    .evaluate(e => parseFloat(getComputedStyle(e).fontSize));
  const before = await bodyFont();
  await kiosk.locator('#text-size').click();
  await until(async () => (await bodyFont()) >= 32, `body text of at least 32 px (was ${before} px)`);
  await kiosk.locator('#contrast').click();
  await until(async () => (await kiosk.locator('.kiosk-content').evaluate(e => getComputedStyle(e).backgroundColor))
    === 'rgb(0, 0, 0)', 'a black background');
  if ((await kiosk.locator('#text-size').getAttribute('aria-pressed')) !== 'true') {
    throw new Error('the larger-text switch does not show that it is on');
  }
  await shot(kiosk, 'display-large-contrast', size);
  await kiosk.locator('#text-size').click();
  await kiosk.locator('#contrast').click();
  await until(async () => (await bodyFont()) === before, 'ordinary text again');
}

/** Reads the QR code in an image on the page the way a phone camera would: from its pixels. */
async function decodeQr(image) {
  await image.waitFor({ state: 'visible', timeout: STEP });
  const png = PNG.sync.read(await image.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!found) throw new Error('no QR code could be read from the image');
  return found.data;
}

/**
 * Read to me: the browser's own voice when it has one (headless Chromium has none, so a stand-in voice
 * records what it is asked to say), otherwise audio that the server makes with espeak-ng.
 */
async function readAloud(page, size) {
  // Without a voice of its own, the page asks the server: real WAV audio, loaded by the page's player.
  await openKioskHome(page);
  await page.locator('#read-aloud').click();
  await until(async () => (await page.locator('#read-aloud-audio').evaluate(a => a.duration || 0)) > 2,
    'the spoken home screen to load in the page\'s audio player');
  const wav = await page.locator('#read-aloud-audio').evaluate(async audio => {
    const bytes = new Uint8Array(await (await fetch(audio.src)).arrayBuffer());
    return { head: String.fromCharCode(...bytes.slice(0, 4)), size: bytes.length };
  });
  if (wav.head !== 'RIFF' || wav.size < 40_000) throw new Error(`the server's audio is not a spoken WAV: ${JSON.stringify(wav)}`);
  log(`  the server spoke the home screen: ${wav.size} bytes of WAV`);
  await shot(page, 'read-aloud-home', size);
}

/** With a browser voice: what the home screen and a plugin's screen ask to have read is what is spoken. */
async function readAloudBrowserVoice(page, size) {
  await page.addInitScript(() => {
    // A stand-in for a Chinese system voice (headless Chromium has none): it keeps what it is asked to say.
    window.spokenTexts = [];
    const voice = { lang: 'zh-CN', name: 'stand-in', default: true, localService: true, voiceURI: 'stand-in' };
    Object.defineProperty(window, 'speechSynthesis', { value: {
      getVoices: () => [voice], cancel: () => {}, speak: u => window.spokenTexts.push(u.text),
    } });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  });
  await openKioskHome(page);
  await page.locator('#read-aloud').click();
  await until(async () => (await page.evaluate(() => window.spokenTexts.length)) === 1, 'the home screen to be spoken');
  const home = await page.evaluate(() => window.spokenTexts[0]);
  for (const part of [STATION_NAME, '政策查询', '养老助养', '登录']) {
    if (!home.includes(part)) throw new Error(`the spoken home screen lacks "${part}": ${home}`);
  }
  await signIn(page, resident('李娜'));
  await page.locator('#tile-elder-care').click();
  // 李娜 has a linked mother: the plugin asks for whom; then service, day, and the times screen.
  await page.locator('[id^=eldercare-for-]:not(#eldercare-for-self)').first().click();
  await page.locator('#eldercare-service-rehab').click();
  await page.locator('[id^=eldercare-day-]').first().click();
  await page.locator('[id^=eldercare-time-]').first().waitFor({ state: 'visible', timeout: STEP });
  await page.locator('#read-aloud').click();
  await until(async () => (await page.evaluate(() => window.spokenTexts.length)) === 2, 'the times screen to be spoken');
  const times = await page.evaluate(() => window.spokenTexts[1]);
  if (!times.includes('还有空位的时间') || times.includes('返回首页')) {
    throw new Error(`the times screen was not read with the plugin's own text: ${times}`);
  }
  log(`  spoken: ${times.slice(0, 80)}…`);
  await shot(page, 'read-aloud-plugin', size);
  await signOut(page);
}

/** For my family: 李娜 acts for her mother; every screen says so and the elder-care service serves her. */
async function actingFor(page, size) {
  await openKioskHome(page);
  await signIn(page, resident('李娜'));
  await page.locator('#act-for').click();
  await page.locator('#act-for-self').waitFor({ state: 'visible', timeout: STEP });
  await shot(page, 'for-family', size);
  await page.locator('[id^=act-for-]:not(#act-for-self)').filter({ hasText: '王秀兰' }).click();
  await waitText(page.locator('#acting-for-banner'), t => t.includes('正在为 王秀兰 办理') && t.includes('李娜'),
    'the banner saying that 李娜 acts for 王秀兰');
  await page.locator('#tile-elder-care').click();
  await waitText(page.locator('#eldercare-screen h2'), t => t.includes('请为 王秀兰 选择服务'),
    'the elder-care services for 王秀兰, without asking for whom');
  if (await page.locator('#eldercare-for-self').count()) throw new Error('elder care asked for whom again');
  if (!(await page.locator('#acting-for-banner').isVisible())) throw new Error('the banner left the plugin screen');
  await shot(page, 'acting-for-elder-care', size);
  await page.locator('#act-for-stop').click();
  await page.locator('#acting-for-banner').waitFor({ state: 'hidden', timeout: STEP });
  await signOut(page);
}

/** The server out of reach: a calm full-screen message, and the home screen once it answers again. */
async function reconnecting(page, size) {
  await openKioskHome(page);
  await page.locator('#tile-policy-lookup').click();
  await page.locator('#service-home').waitFor({ state: 'visible', timeout: STEP });
  await page.context().route('**/*', route => route.abort('internetdisconnected'));
  await page.locator('#service-home').click();
  await waitText(page.locator('#reconnecting'), t => t.includes('正在重新连接') && t.includes('不用做任何操作'),
    'the full-screen reconnecting message');
  await shot(page, 'reconnecting', size);
  await page.context().unroute('**/*');
  await page.waitForURL(`${baseUrl}/`, { timeout: STEP });
  await page.locator('#tile-policy-lookup').waitFor({ state: 'visible', timeout: STEP });
  if (await page.locator('#reconnecting').count()) throw new Error('the reconnecting message stayed after the server answered');
}

/**
 * Self check-in: 王秀兰 books rehabilitation for today; her booking's QR code, shown to the kiosk's camera on
 * elder care's check-in screen (a plugin asking the host's camera for a scan), checks her in.
 */
async function selfCheckInFlow() {
  if (only && !only.includes('eldercare-self-checkin')) return;
  const started = Date.now();
  log('flow eldercare-self-checkin');
  const work = mkdtempSync(join(tmpdir(), 'self-checkin-'));
  let ok = true;
  const context = await browser.newContext({ viewport: PORTRAIT, locale: 'zh-CN' });
  let current = null;
  try {
    const page = current = await context.newPage();
    await openKioskHome(page);
    await signIn(page, resident('王秀兰'), null);
    await page.locator('#tile-elder-care').click();
    await page.locator('#eldercare-for-self').click({ timeout: STEP }); // her daughter is linked to her too
    await page.locator('#eldercare-service-rehab').click({ timeout: STEP });
    const today = page.locator('[id^=eldercare-day-]:not([disabled])').first();
    await waitText(today, t => t.includes('今天'), 'today among the days with places');
    await today.click();
    await page.locator('[id^=eldercare-time-]:not([disabled])').last().click({ timeout: STEP });
    await page.locator('#eldercare-confirm').click({ timeout: STEP });
    const qr = page.locator('#eldercare-booking-qr');
    await qr.waitFor({ state: 'visible', timeout: STEP });
    const picture = join(work, 'booking.png');
    await qr.screenshot({ path: picture });
    const video = join(work, 'booking.y4m');
    writeY4m(picture, video, { width: 640, height: 480, frames: 10 });
    const session = await context.storageState(); // the same resident, signed in, in the camera's browser
    await withCamera(video, async cameraContext => {
      const kiosk = current = await cameraContext.newPage();
      await kiosk.goto(`${baseUrl}/service/elder-care`);
      await kiosk.locator('#eldercare-my-bookings').click({ timeout: STEP });
      await kiosk.locator('#eldercare-self-checkin').click({ timeout: STEP });
      await kiosk.locator('#card-camera-video').waitFor({ state: 'visible', timeout: STEP });
      await waitText(kiosk.locator('#eldercare-checkin-message'), t => t.includes('王秀兰 已签到'),
        'elder care to check 王秀兰 in from the code shown to the camera');
      await shot(kiosk, 'eldercare-self-checkin', PORTRAIT);
      await kiosk.locator('#eldercare-back').click();
      await waitText(kiosk.locator('.kiosk-content'), t => t.includes('王秀兰：已签到'), 'the booking shown as checked in');
    }, PORTRAIT, { executablePath: process.env.CHROMIUM || '/usr/bin/chromium', storageState: session });
  } catch (e) {
    ok = false;
    log(`  FAILED eldercare-self-checkin: ${e.message.split('\n')[0]}`);
    if (current) log(`  at ${current.url()}; page text: ${JSON.stringify(await pageText(current))}`);
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
  log(`  ${ok ? 'ok' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  results.push({ name: 'eldercare-self-checkin', size: sizeName(PORTRAIT), ok });
}

/** Card sign-in by camera: its own browsers, since Chromium's fake camera is a launch argument. */
async function cameraFlow() {
  if (only && !only.includes('camera-sign-in')) return;
  const started = Date.now();
  log('flow camera-sign-in');
  let ok = true;
  try {
    const result = await cameraSignIn({ baseUrl, executablePath: process.env.CHROMIUM || '/usr/bin/chromium', shotDir, log });
    screens += result.screenshots.length;
    log(`  card sign-in ${result.signInMs} ms after the camera started; old card refused after ${result.refusedMs} ms; new card ${result.reissuedSignInMs} ms`);
  } catch (e) {
    ok = false;
    log(`  FAILED camera-sign-in: ${e.message.split('\n')[0]}`);
  }
  log(`  ${ok ? 'ok' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  results.push({ name: 'camera-sign-in', size: '1080x1920+1920x1080', ok });
}

// ---------------------------------------------------------------------------------------------------
// Steps

/** Waits until the console's plugin list holds only the bundled plugins again. */
async function exampleGone(page) {
  await until(async () => (await page.locator('#plugin-grid').evaluate(g => g.size ?? 0)) === BUNDLED_TILES.length
      && (await page.locator('vaadin-grid-cell-content').filter({ hasText: 'example-plugin' }).count()) === 0,
    'the example plugin to leave the plugin grid');
}

/** Chooses a station in the console view's station picker (a combo box) by name. */
async function pickStation(page, name) {
  const input = page.locator('.console-view vaadin-combo-box').first().locator('input');
  await input.waitFor({ state: 'visible', timeout: STEP });
  if ((await input.inputValue()).includes(name)) return;
  await input.click();
  await input.fill(name);
  await page.locator('vaadin-combo-box-item').filter({ hasText: name }).first().click({ timeout: STEP });
  await until(async () => (await input.inputValue()).includes(name), `the station picker to show ${name}`);
  await input.evaluate(element => element.blur()); // no focus ring in the screenshot
}

/** Waits until the view's first grid has rows and its text satisfies test. */
async function gridShows(page, test, what) {
  const grid = page.locator('.console-view vaadin-grid').first();
  await grid.waitFor({ state: 'visible', timeout: STEP });
  let last = null;
  await until(async () => {
    const size = await grid.evaluate(g => g.size ?? 0);
    last = (await grid.textContent()).replace(/\s+/g, ' ').trim();
    return size > 0 && test(last);
  }, () => `${what} (grid text: ${JSON.stringify(last && last.slice(0, 300))})`);
}

// ---------------------------------------------------------------------------------------------------
// Harness

async function flow(name, size, body) {
  if (only && !only.includes(name)) return;
  const label = `${name}@${sizeName(size)}`;
  const started = Date.now();
  log(`flow ${label}`);
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('response', r => { if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  let ok = true;
  try {
    await body(page, size);
    if (problems.length) throw new Error(problems.join('; '));
  } catch (e) {
    ok = false;
    log(`  FAILED ${label}: ${e.message.split('\n')[0]}`);
    log(`  at ${page.url()}; page text: ${JSON.stringify(await pageText(page))}`);
    try {
      await page.screenshot({ path: join(shotDir, `FAILED-${name}-${sizeName(size)}.png`) });
    } catch { /* the page may be gone */ }
  } finally {
    await context.close();
  }
  log(`  ${ok ? 'ok' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  results.push({ name, size: sizeName(size), ok });
}

async function shot(page, name, size) {
  const file = join(shotDir, `${name}-${sizeName(size)}.png`);
  await page.screenshot({ path: file });
  screens++;
  log(`  screenshot ${file}`);
}
