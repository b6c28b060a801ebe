// The measuring half of deploy/bench/plugin-cycle, which starts a demo server first and passes
// everything below in the environment. It can also be run by hand against a running demo server:
//   STATION_URL=http://127.0.0.1:8480 STATION_DATA_DIR=/path/to/data EXAMPLE_PLUGIN_JAR=… \
//   SERVER_JVM_PID=… JCMD=…/bin/jcmd node deploy/bench/plugin-cycle.mjs
//
// Keeps one kiosk home page open in headless Chromium (1920x1080) and cycles the example plugin over
// the REST API: upload (install and start) → its tile shows on the open page by push → uninstall → the
// tile goes. 5 warm-up cycles, then CYCLES measured ones; before and after the measured cycles it forces
// GC in the server's JVM and records metaspace used and the live HostFirstClassLoader instances. The
// baseline is CYCLES authenticated GET /api/plugins calls with the same HTTP client.
// The last line of output is key=value pairs; the exit status is non-zero if it could not measure.
// Never downloads a browser: it drives /usr/bin/chromium (override with CHROMIUM).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
// playwright-core is installed once, for the end-to-end flows, in deploy/e2e.
const { chromium } = createRequire(join(here, '..', 'e2e', 'package.json'))('playwright-core');
const run = promisify(execFile);

const baseUrl = (process.env.STATION_URL || 'http://127.0.0.1:8480').replace(/\/$/, '');
const dataDir = required('STATION_DATA_DIR');
const jarPath = required('EXAMPLE_PLUGIN_JAR');
const jvmPid = required('SERVER_JVM_PID');
const jcmdPath = process.env.JCMD || 'jcmd';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const cycles = positiveInt(process.env.CYCLES ?? '200', 'CYCLES');
const WARM_UP = 5;
const PLUGIN_ID = 'example-plugin';
const TILE = `#tile-${PLUGIN_ID}`;
const TILE_WAIT = 15_000; // for the tile to show or go, per cycle
const HTTP_WAIT = 30_000; // for one REST call
const JCMD_WAIT = 120_000; // for one jcmd call
const PAGE_WAIT = 60_000; // for the kiosk home page to come up
const LOADER_CLASS = 'org.happystation.kiosk.plugins.internal.HostFirstClassLoader';

const password = readFileSync(join(dataDir, 'initial-admin-password'), 'utf8').trim();
const authorization = 'Basic ' + Buffer.from(`admin:${password}`).toString('base64');
const jar = readFileSync(jarPath);
const every = cycles <= 20 ? 1 : 10; // progress line per cycle, or per 10 cycles

let browser;
let failure = null;
try {
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      // the kiosk page stays in the background of nothing, but never let Chromium throttle it
      '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows'],
  });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(`page error: ${e.message.split('\n')[0]}`));
  page.on('response', r => { if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('crash', () => problems.push('the kiosk page crashed'));

  if ((await listPlugins()).some(p => p.id === PLUGIN_ID)) {
    throw new Error(`${PLUGIN_ID} is installed already: this needs a server without it`);
  }
  await page.goto(`${baseUrl}/`, { timeout: PAGE_WAIT });
  await page.locator('#no-services').waitFor({ state: 'visible', timeout: PAGE_WAIT });
  // A marker that a reload would lose: the tile must come and go by push on this very page.
  await page.evaluate(() => { window.__pluginCycleMarker = true; });
  log(`kiosk home page open at ${baseUrl}/ (1920x1080); jar ${jarPath} (${jar.length} bytes)`);

  const check = async label => {
    if (problems.length) throw new Error(`${label}: ${problems.join('; ')}`);
    if (!(await page.evaluate(() => window.__pluginCycleMarker === true))) {
      throw new Error(`${label}: the kiosk page was reloaded or navigated away`);
    }
  };

  for (let i = 1; i <= WARM_UP; i++) {
    const c = await cycle(page, `warm-up cycle ${i}/${WARM_UP}`);
    await check(`warm-up cycle ${i}`);
    log(`warm-up ${i}/${WARM_UP}: tile after ${ms(c.tile)} ms, gone ${ms(c.gone)} ms after the uninstall was sent`);
  }

  const baseline = [];
  for (let i = 1; i <= cycles; i++) {
    const started = performance.now();
    await listPlugins();
    baseline.push(performance.now() - started);
  }
  log(`baseline: ${cycles} × GET /api/plugins, median ${ms(percentile(baseline, 50), 1)} ms,`
    + ` p95 ${ms(percentile(baseline, 95), 1)} ms`);

  const before = await jvmSnapshot('before the measured cycles');

  const tiles = [];
  const uploads = [];
  const gones = [];
  const measuredStarted = performance.now();
  for (let i = 1; i <= cycles; i++) {
    const c = await cycle(page, `cycle ${i}/${cycles}`);
    await check(`cycle ${i}`);
    tiles.push(c.tile);
    uploads.push(c.upload);
    gones.push(c.gone);
    if (i % every === 0 || i === cycles) {
      const last = tiles.slice(-every);
      log(every === 1
        ? `cycle ${i}/${cycles}: tile after ${ms(c.tile)} ms (upload answered after ${ms(c.upload)} ms),`
          + ` gone ${ms(c.gone)} ms after the uninstall was sent`
        : `cycles ${i - last.length + 1}-${i}/${cycles}: tile after median ${ms(percentile(last, 50))} ms,`
          + ` max ${ms(Math.max(...last))} ms; upload answered after median`
          + ` ${ms(percentile(uploads.slice(-every), 50))} ms; gone after median ${ms(percentile(gones.slice(-every), 50))} ms`);
    }
  }
  log(`${cycles} measured cycles in ${((performance.now() - measuredStarted) / 1000).toFixed(1)} s;`
    + ` tile: min ${ms(Math.min(...tiles))} ms, p50 ${ms(percentile(tiles, 50))} ms, p95 ${ms(percentile(tiles, 95))} ms,`
    + ` max ${ms(Math.max(...tiles))} ms; upload answered p50 ${ms(percentile(uploads, 50))} ms;`
    + ` tile gone p50 ${ms(percentile(gones, 50))} ms, p95 ${ms(percentile(gones, 95))} ms`);

  const after = await jvmSnapshot('after the measured cycles');
  if ((await listPlugins()).length !== 0) throw new Error('a plugin is still listed after the last uninstall');

  console.log(`install_to_tile_ms_p50=${ms(percentile(tiles, 50))} install_to_tile_ms_p95=${ms(percentile(tiles, 95))}`
    + ` metaspace_growth_kb=${after.metaspaceKb - before.metaspaceKb} loaders_leaked=${after.loaders}`
    + ` baseline_api_ms_p50=${ms(percentile(baseline, 50), 1)} cycles=${cycles}`);
} catch (e) {
  failure = e;
} finally {
  if (browser) await browser.close().catch(() => {});
}
if (failure) {
  console.error(`plugin-cycle failed: ${failure.message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------

/**
 * One install → tile → uninstall → no tile cycle; times in ms from sending each request. The moments the
 * tile shows and goes are taken inside the page (see watch), not by Playwright's waitFor, which polls
 * with a backoff (after 0, 20, 70, 170, 270, 770 ms, then every 500 ms) and so would round every time up
 * to those steps.
 */
async function cycle(page, label) {
  const tile = page.locator(TILE);
  if (await tile.count() !== 0) throw new Error(`${label}: the tile is on the page before the upload`);

  // Watch for the tile from before the upload is sent: the push may arrive before the answer.
  await watch(page, 'shown');
  const sent = Date.now();
  const response = await http('POST', '/api/plugins', {
    body: jar, headers: { 'Content-Type': 'application/octet-stream' },
  });
  const answered = Date.now();
  const text = await response.text();
  if (response.status !== 201 || !/"state"\s*:\s*"STARTED"/.test(text)) {
    throw new Error(`${label}: the upload was refused: HTTP ${response.status} ${text.slice(0, 400)}`);
  }
  const shownAt = await watched(page);
  if (shownAt === null || !(await tile.isVisible())) {
    throw new Error(`${label}: the tile ${TILE} did not show on the open kiosk page within ${TILE_WAIT / 1000} s`
      + ` of the upload; page text: ${await pageText(page)}`);
  }

  await watch(page, 'gone');
  const deleteSent = Date.now();
  const deleted = await http('DELETE', `/api/plugins/${PLUGIN_ID}`);
  const deleteText = await deleted.text();
  if (deleted.status !== 204) {
    throw new Error(`${label}: the uninstall was refused: HTTP ${deleted.status} ${deleteText.slice(0, 400)}`);
  }
  const goneAt = await watched(page);
  if (goneAt === null || await tile.count() !== 0) {
    throw new Error(`${label}: the tile ${TILE} was still on the open kiosk page ${TILE_WAIT / 1000} s after`
      + ` the uninstall; page text: ${await pageText(page)}`);
  }
  return { tile: shownAt - sent, upload: answered - sent, gone: goneAt - deleteSent };
}

/**
 * Starts watching the kiosk page, in the page, for the tile to be shown (in the DOM with a box and not
 * hidden, as Playwright counts visible) or gone (out of the DOM). A MutationObserver notes the moment
 * (Date.now(), the same clock as this process's) as soon as the DOM changes, before the next paint.
 */
async function watch(page, want) {
  await page.evaluate(({ selector, want, limit }) => {
    window.__pluginCycleWatch = new Promise(resolve => {
      const done = result => {
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(timer);
        resolve(result);
      };
      const check = () => {
        const element = document.querySelector(selector);
        const shown = !!element && element.getClientRects().length > 0
          && element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().height > 0
          && element.checkVisibility({ visibilityProperty: true });
        if (want === 'shown' ? shown : !element) done(Date.now());
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      const poll = setInterval(check, 50); // for a change of layout that no mutation announces
      const timer = setTimeout(() => done(null), limit);
      check();
    });
  }, { selector: TILE, want, limit: TILE_WAIT });
}

/** The moment the watched change happened, or null if it did not within TILE_WAIT. */
async function watched(page) {
  let timer;
  const backstop = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('the kiosk page did not answer')), TILE_WAIT + 10_000);
  });
  try {
    return await Promise.race([page.evaluate(() => window.__pluginCycleWatch), backstop]);
  } finally {
    clearTimeout(timer);
  }
}

async function listPlugins() {
  const response = await http('GET', '/api/plugins');
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET /api/plugins answered HTTP ${response.status} ${text.slice(0, 300)}`);
  const list = JSON.parse(text);
  if (!Array.isArray(list)) throw new Error(`GET /api/plugins answered no list: ${text.slice(0, 300)}`);
  return list;
}

async function http(method, path, { body, headers = {} } = {}) {
  try {
    return await fetch(`${baseUrl}${path}`, {
      method, body, headers: { Authorization: authorization, Accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(HTTP_WAIT),
    });
  } catch (e) {
    throw new Error(`${method} ${path} failed: ${e.cause?.message ?? e.message}`);
  }
}

/** Forces GC a few times, then reads metaspace used and the live plugin class loaders. */
async function jvmSnapshot(label) {
  for (let i = 0; i < 3; i++) await jcmd('GC.run');
  const report = await jcmd('VM.metaspace', 'scale=K');
  const metaspace = /Metaspace\s+used\s+(\d+)K/.exec(report);
  if (!metaspace) throw new Error(`no "Metaspace used" in jcmd VM.metaspace: ${report.slice(0, 600)}`);
  const usage = /Total Usage - (\d+) loaders, (\d+) classes/.exec(report);
  // GC.class_histogram counts live objects only (it runs a full GC itself).
  const histogram = await jcmd('GC.class_histogram');
  if (!/#instances/.test(histogram)) throw new Error(`unexpected jcmd GC.class_histogram output: ${histogram.slice(0, 600)}`);
  const snapshot = {
    metaspaceKb: Number(metaspace[1]),
    loaders: instances(histogram, name => name === LOADER_CLASS),
    pluginObjects: instances(histogram, name => name.startsWith('org.happystation.plugins.')),
  };
  log(`${label}: metaspace used ${snapshot.metaspaceKb} KB`
    + (usage ? ` (${usage[1]} class loaders, ${usage[2]} classes)` : '')
    + `, live ${LOADER_CLASS.split('.').pop()} instances ${snapshot.loaders},`
    + ` live instances of plugin classes ${snapshot.pluginObjects}`);
  return snapshot;
}

/** Sums the instance counts of the histogram rows whose class name passes the test. */
function instances(histogram, test) {
  let total = 0;
  for (const line of histogram.split('\n')) {
    const row = /^\s*\d+:\s+(\d+)\s+\d+\s+(\S+)/.exec(line);
    if (row && test(row[2])) total += Number(row[1]);
  }
  return total;
}

async function jcmd(...command) {
  try {
    const { stdout } = await run(jcmdPath, [String(jvmPid), ...command], { timeout: JCMD_WAIT, maxBuffer: 64 << 20 });
    return stdout;
  } catch (e) {
    throw new Error(`jcmd ${jvmPid} ${command.join(' ')} failed: ${(e.stderr || e.stdout || e.message).toString().trim().slice(0, 400)}`);
  }
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value, digits = 0) {
  return value.toFixed(digits);
}

async function pageText(page) {
  try {
    return JSON.stringify((await page.locator('body').innerText({ timeout: 2_000 })).replace(/\s+/g, ' ').slice(0, 300));
  } catch {
    return '(unreadable)';
  }
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} must be set (deploy/bench/plugin-cycle sets it).`);
    process.exit(2);
  }
  return value;
}

function positiveInt(text, name) {
  if (!/^[1-9]\d*$/.test(text)) {
    console.error(`${name} must be a positive whole number, not "${text}".`);
    process.exit(2);
  }
  return Number(text);
}

function log(line) {
  console.log(line);
}
