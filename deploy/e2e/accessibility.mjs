// Audits the kiosk's accessibility in Debian's headless Chromium: the home screen, sign-in, every installed
// service's screens that a resident reaches, "my points", acting for a relative (where the kiosk offers it)
// and the volunteer check-in screen, each at 1080×1920 and 1920×1080 in ordinary and extra-large text (home
// screens in high contrast too). On each it runs axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA, best
// practices), measures every visible touch target against the kiosk's 60×60 px minimum (DOMAIN.md,
// "Elder-friendly screens") and finds the smallest visible text. Started by deploy/e2e/accessibility, which
// starts a demo server first; by hand against a running demo server:
//   STATION_URL=http://127.0.0.1:8180 STATION_DATA_DIR=/path/to/data node deploy/e2e/accessibility.mjs
// Screenshots go to deploy/e2e/screenshots/a11y-<screen>-<size>-<normal|xl>.png. The last line is
//   screens=… axe_serious=… axe_critical=… targets_under_60px=… min_body_font_px=…
// and the exit status is non-zero unless axe_serious=0 axe_critical=0 targets_under_60px=0
// min_body_font_px>=24 and every screen was reached.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  BOTH, here, launchBrowser, log, openKioskHome, pageText, resident, shotDir, signIn, signOut, sizeName, STEP,
  until, waitText,
} from './station-browser.mjs';

const MIN_TARGET_PX = 60; // DOMAIN.md: main touch targets at least 60×60
const MIN_FONT_PX = 24; // the kiosk's body text (STYLE of the host: 24 px); DOMAIN.md asks 18 dp at least
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SCRIPT = join(here, 'node_modules', 'axe-core', 'axe.min.js');
const RESIDENT = '李娜'; // a volunteer with points and a mother (王秀兰) among her relatives
const PARENT = '陈静'; // the mother of 陈小雨, who can be enrolled for tutoring

/** What a resident reaches in each bundled service after its first screen (other services: the first only). */
const WALKS = {
  'policy-lookup': { person: RESIDENT, walk: policyScreens },
  canteen: { person: RESIDENT, walk: canteenScreens },
  'elder-care': { person: RESIDENT, walk: elderCareScreens },
  tutoring: { person: PARENT, walk: tutoringScreens },
};

const audits = [];
const sections = [];

for (const file of readdirSync(shotDir)) {
  if (/^a11y-.*\.png$/.test(file)) rmSync(join(shotDir, file));
}

const browser = await launchBrowser();
try {
  for (const size of BOTH) {
    let tiles = [];
    await section('home', size, async page => {
      await openKioskHome(page);
      await page.locator('[id^=tile-]').first().waitFor({ state: 'visible', timeout: STEP });
      tiles = await page.locator('[id^=tile-]').evaluateAll(links => links.map(link => link.id.replace(/^tile-/, '')));
      log(`  service tiles: ${tiles.join(', ')}`);
      if (size === BOTH[0]) await selfCheck(page);
      await audit(page, 'home', size);
      await audit(page, 'home-contrast', size, { contrast: true });
    });
    for (const tile of tiles) {
      await section(`${tile}-guest`, size, async page => {
        await openKioskHome(page);
        await openTile(page, tile);
        await audit(page, `${tile}-guest`, size);
      });
    }
    await section('volunteer-checkin', size, async page => {
      await openKioskHome(page);
      await page.locator('#volunteer-checkin').click();
      await page.locator('.checkin-card, #checkin-none').first().waitFor({ state: 'visible', timeout: STEP });
      await audit(page, 'volunteer-checkin', size);
    });
    await section('sign-in', size, async page => {
      await openKioskHome(page);
      await signIn(page, resident(RESIDENT), name => audit(page, name, size));
      await audit(page, 'signed-in-home-contrast', size, { contrast: true });
      if (await page.locator('#my-points-link').count() === 0) {
        log(`  no "my points" link for ${RESIDENT}: no my-points screen to audit`);
        return;
      }
      await page.locator('#my-points-link').click();
      await waitText(page.locator('#my-points-balance'), t => /\d/.test(t), 'the points balance');
      await audit(page, 'my-points', size);
    });
    await section('acting-for', size, async page => {
      await openKioskHome(page);
      await signIn(page, resident(RESIDENT), null);
      if (await page.locator('#act-for').count() === 0) {
        log(`  no "for my family" button for ${RESIDENT}: no acting-for screens to audit`);
        return;
      }
      await page.locator('#act-for').click();
      await page.locator('#act-for-self').waitFor({ state: 'visible', timeout: STEP });
      await audit(page, 'acting-for', size);
      await page.locator('[id^=act-for-]:not(#act-for-self)').first().click(); // her mother
      await page.locator('#acting-for-banner').waitFor({ state: 'visible', timeout: STEP });
      await audit(page, 'acting-for-home', size);
      await page.locator('#act-for-stop').click();
      await page.locator('#acting-for-banner').waitFor({ state: 'hidden', timeout: STEP });
      await signOut(page);
    });
    for (const tile of tiles) {
      const { person, walk } = WALKS[tile] ?? { person: RESIDENT, walk: null };
      await section(tile, size, async page => {
        await openKioskHome(page);
        await signIn(page, resident(person), null);
        await openTile(page, tile);
        await audit(page, tile, size);
        if (walk) await walk(page, size);
        await signOut(page);
      });
    }
  }
} finally {
  await browser.close();
}

process.exit(report());

// ---------------------------------------------------------------------------------------------------
// The services' inner screens (ids as in kiosk-flows.mjs)

async function policyScreens(page, size) {
  for (const key of ['s', 'b', 'k']) await page.locator(`#policy-key-${key}`).click();
  await page.locator('#policy-search-button').click();
  await page.locator('#policy-results .policy-result').first().waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'policy-results', size);
  await page.locator('#policy-results .policy-result').first().click();
  await page.locator('#policy-page ol li').first().waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'policy-page', size);
}

async function canteenScreens(page, size) {
  const eater = page.locator('[id^=canteen-eater-]');
  if (await eater.count() > 0) await eater.first().click(); // the first screen asked for whom: herself
  const day = page.locator('[id^=canteen-day-]:not([disabled])').last(); // the last day: every sitting open
  await day.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-days', size);
  await day.click();
  const meal = page.locator('[id^=canteen-meal-]:not([disabled])').first();
  await meal.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-meals', size);
  await meal.click();
  await page.locator('#canteen-sitting-0').waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-sittings', size);
  await page.locator('#canteen-sitting-0').click();
  await page.locator('[id^=canteen-menu-]').first().waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-menu', size);
  await page.locator('#canteen-next').click();
  const pay = page.locator('[id^=canteen-pay-]:not([disabled])');
  await pay.first().waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-payment', size);
  const points = page.locator('#canteen-pay-points:not([disabled])'); // 李娜 pays with points, as in kiosk-flows
  await (await points.count() ? points : pay.first()).click();
  await page.locator('#canteen-breakdown').waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'canteen-confirm', size); // not confirmed: the audit orders nothing
}

async function elderCareScreens(page, size) {
  const forRelative = page.locator('[id^=eldercare-for-]:not(#eldercare-for-self)');
  if (await forRelative.count() > 0) await forRelative.first().click(); // for her mother, as in kiosk-flows
  else await page.locator('#eldercare-for-self').click();
  const service = page.locator('[id^=eldercare-service-]:not([disabled])').first();
  await service.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'eldercare-services', size);
  const rehab = page.locator('#eldercare-service-rehab:not([disabled])');
  await (await rehab.count() ? rehab : service).click();
  const day = page.locator('[id^=eldercare-day-]:not([disabled])').first();
  await day.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'eldercare-days', size);
  await day.click();
  const time = page.locator('[id^=eldercare-time-]:not([disabled])').first();
  await time.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'eldercare-times', size);
  await time.click();
  await page.locator('#eldercare-confirm').waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'eldercare-summary', size); // not confirmed: the audit books nothing
}

async function tutoringScreens(page, size) {
  await page.locator('[id^=tutoring-enrol-]').first().click({ timeout: STEP });
  const child = page.locator('[id^=tutoring-child-]:not([id^=tutoring-child-card-])').first();
  await child.waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'tutoring-child', size);
  await child.click();
  const next = page.locator('#tutoring-profile-save, #tutoring-confirm').first();
  await next.waitFor({ state: 'visible', timeout: STEP });
  // A child without school details is asked for them first (text fields, grade buttons, a digit pad).
  const asksDetails = (await next.getAttribute('id')) === 'tutoring-profile-save';
  await audit(page, asksDetails ? 'tutoring-profile' : 'tutoring-confirm', size);
  await page.locator('#service-home').click();
  await openTile(page, 'tutoring');
  await page.locator('#tutoring-my-children').click({ timeout: STEP });
  await page.locator('[id^=tutoring-child-card-]').first().waitFor({ state: 'visible', timeout: STEP });
  await audit(page, 'tutoring-my-children', size);
}

async function openTile(page, tile) {
  await page.locator(`#tile-${tile}`).click();
  await page.locator('#service-home').waitFor({ state: 'visible', timeout: STEP });
  // The plugin's own component (or the host's "unavailable" panel) follows the host's way home.
  await page.locator('.service-host > :nth-child(2)').waitFor({ state: 'visible', timeout: STEP });
}

// ---------------------------------------------------------------------------------------------------
// One audit: the display as asked, then targets, text and axe, a screenshot, one line and its details

async function audit(page, name, size, { contrast = false } = {}) {
  // Whichever text size is on now is audited first: one switch per screen fewer.
  const xlNow = await hasDisplayClass(page, 'text-xl');
  for (const xl of [xlNow, !xlNow]) {
    await display(page, { xl, contrast });
    const label = `${name}@${sizeName(size)}/${xl ? 'xl' : 'normal'}`;
    const { measured, axe, review } = await inspect(page);
    await page.screenshot({
      path: join(shotDir, `a11y-${name}-${sizeName(size)}-${xl ? 'xl' : 'normal'}.png`), fullPage: true,
    });
    const serious = axe.filter(v => v.impact === 'serious').reduce((n, v) => n + v.nodes.length, 0);
    const critical = axe.filter(v => v.impact === 'critical').reduce((n, v) => n + v.nodes.length, 0);
    audits.push({ label, name, serious, critical, axe, review, ...measured });
    log(`screen=${label} axe_serious=${serious} axe_critical=${critical}`
      + ` targets_under_60px=${measured.small.length} min_font_px=${px(measured.minFont)}`);
    log(`  targets measured: ${measured.targets}; smallest text: ${px(measured.minFont)} px in ${measured.minFontAt}`);
    for (const t of measured.small) log(`  small target: ${name} ${t.what} ${t.w}x${t.h}`);
    for (const t of measured.smallText) log(`  small text: ${px(t.px)} px in ${t.what}`);
    for (const v of axe) {
      log(`  axe ${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}):`
        + ` ${v.nodes.slice(0, 3).map(n => n.target).join(' | ')} — ${v.help}`);
    }
    for (const v of review) {
      log(`  axe could not decide ${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}):`
        + ` ${v.nodes.slice(0, 3).map(n => `${n.target} [${n.why}]`).join(' | ')} — ${v.help}`);
    }
  }
}

async function inspect(page) {
  await settle(page);
  const measured = await page.evaluate(measure, { minTarget: MIN_TARGET_PX, minFont: MIN_FONT_PX });
  const { violations, review } = await runAxe(page);
  return { measured, axe: violations, review };
}

/**
 * Proves once that the audit sees what it must: a 30×30 px button with 12 px pale grey text, put into the
 * kiosk for the moment, must come out as a small target, as the smallest text and as a serious axe
 * contrast violation. A harness that finds nothing because it looks nowhere fails here.
 */
async function selfCheck(page) {
  await page.locator('.kiosk-content').first().evaluate(content => {
    const canary = document.createElement('button');
    canary.id = 'a11y-canary';
    canary.textContent = 'ab'; // short enough to stay inside: axe leaves overflowing text undecided
    canary.style.cssText = 'width:30px;height:30px;padding:0;border:0;font-size:12px;color:#c8c8c8;background:#fff';
    content.prepend(canary);
  });
  try {
    const { measured, axe } = await inspect(page);
    const seen = {
      'a small target': measured.small.some(t => t.what.includes('#a11y-canary') && t.w === 30 && t.h === 30),
      'the smallest text': measured.minFont === 12 && measured.minFontAt.includes('#a11y-canary'),
      'a serious contrast violation': axe.some(v => v.id === 'color-contrast' && v.impact === 'serious'
        && v.nodes.some(n => n.target.includes('#a11y-canary'))),
    };
    const missed = Object.keys(seen).filter(what => !seen[what]);
    if (missed.length) throw new Error(`self-check: the planted button was not seen as ${missed.join(', ')}`);
    log('  self-check ok: a planted 30x30 px button with 12 px pale text is seen as a small target, as the'
      + ' smallest text and as a serious contrast violation');
  } finally {
    await page.locator('#a11y-canary').evaluate(canary => canary.remove());
  }
}

async function hasDisplayClass(page, name) {
  return page.locator('.kiosk').first().evaluate((kiosk, c) => kiosk.classList.contains(c), name);
}

/** Larger text (#text-size) and high contrast (#contrast) as asked; the layout's classes tell what is on. */
async function display(page, { xl, contrast }) {
  for (const [name, button, wanted] of [['text-xl', '#text-size', xl], ['contrast', '#contrast', contrast]]) {
    if (await hasDisplayClass(page, name) === wanted) continue;
    await page.locator(button).click();
    await until(async () => await hasDisplayClass(page, name) === wanted,
      `the kiosk ${wanted ? 'with' : 'without'} ${name}`);
  }
  // No focus ring and no hover tint from the last touch: Lumo draws a button's hover as a ::before layer,
  // on which axe cannot decide the contrast, and neither is what a resident sees before touching.
  await page.evaluate(() => document.activeElement?.blur?.());
  await page.mouse.move(0, 0); // the corner of the header bar: nothing there reacts to a pointer
}

/** Until Vaadin has no round trip open, the fonts are loaded and two frames are drawn; never under the idle layer. */
async function settle(page) {
  await until(() => page.evaluate(() => Object.values(window.Vaadin?.Flow?.clients ?? {})
    .every(client => typeof client.isActive !== 'function' || !client.isActive())),
  'Vaadin to finish its round trips');
  // Lumo fades a touched button's ::after out over a few hundred ms: wait for such transitions to end
  // (endless animations aside), so that axe does not meet a half-transparent layer over a label.
  await until(() => page.evaluate(() => document.getAnimations()
    .every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)),
  'the transitions to end', 5_000);
  await page.evaluate(() => document.fonts.ready.then(() =>
    new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  if (await page.locator('#idle-overlay').isVisible()) {
    throw new Error('the idle warning covers the screen: the audit took too long between touches');
  }
}

/**
 * axe-core on the whole document. Returns its violations, one entry per rule and impact with the offending
 * elements, and what it could not decide ("incomplete", to be looked at by a person: not counted).
 */
async function runAxe(page) {
  if (!await page.evaluate(() => typeof window.axe === 'object')) await page.addScriptTag({ path: AXE_SCRIPT });
  const found = await page.evaluate(async tags => {
    // Vaadin's connection indicator is a closed popover (display: none) until a round trip is slow or the
    // connection is lost, yet axe's region rule reads its hidden "Online" as content outside the landmarks:
    // the framework's, never shown on these screens, so left out.
    const context = { include: [document], exclude: [['vaadin-connection-indicator']] };
    const result = await window.axe.run(context,
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const rules = list => list.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({
        impact: n.impact,
        target: n.target.map(t => [].concat(t).join(' >>> ')).join(' '),
        why: [...n.any, ...n.all, ...n.none].map(c => c.data?.messageKey ?? c.id).filter(Boolean)[0] ?? '',
      })),
    }));
    return { violations: rules(result.violations), incomplete: rules(result.incomplete) };
  }, AXE_TAGS);
  // One count per offending element, by that element's impact (a rule's nodes can differ).
  const byImpact = list => list.flatMap(v => ['critical', 'serious', 'moderate', 'minor', null]
    .map(impact => ({ id: v.id, impact: impact ?? v.impact, help: v.help,
      nodes: v.nodes.filter(n => (n.impact ?? null) === impact) }))
    .filter(v => v.nodes.length));
  return { violations: byImpact(found.violations), review: byImpact(found.incomplete) };
}

/**
 * Runs in the page. Targets: every visible clickable element inside the kiosk (light DOM and open shadow
 * roots), a Vaadin field measured by its input area, the parts of a counted Vaadin component not counted
 * again. Text: the smallest computed font size of any visible text in the document.
 */
function measure({ minTarget, minFont }) {
  const CLICKABLE = 'button, a[href], vaadin-button, [role=button], [role=tab], [role=link], [role=checkbox],'
    + ' [role=radio], vaadin-checkbox, vaadin-radio-button, vaadin-select, vaadin-combo-box, vaadin-text-field,'
    + ' vaadin-text-area, vaadin-integer-field, vaadin-date-picker, vaadin-time-picker, input, select, textarea,'
    + ' [tabindex]:not([tabindex="-1"])';
  const visible = el => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const parentOf = node => node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement;
  const inputArea = el => el.shadowRoot?.querySelector('[part~="input-field"]') ?? null;
  const describe = el => {
    const own = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '')
      + [...el.classList].slice(0, 2).map(c => `.${c}`).join('');
    // Named by the nearest ancestor with an id of the application's (not Vaadin's #outlet or #ROOT-…).
    const named = up => up.id && !/^(ROOT-|outlet$)/.test(up.id);
    let anchor = named(el) ? null : parentOf(el);
    while (anchor && !named(anchor)) anchor = parentOf(anchor);
    const text = (el.innerText ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)
      || el.getAttribute('aria-label') || el.getAttribute('title') || '';
    return `${anchor ? `#${anchor.id} ` : ''}${own}${text ? ` "${text}"` : ''}`;
  };
  const walk = (root, visit) => {
    for (const el of root.querySelectorAll('*')) {
      visit(el);
      if (el.shadowRoot) walk(el.shadowRoot, visit);
    }
  };

  // --- targets
  const kiosk = document.querySelector('.kiosk');
  const candidates = [];
  if (kiosk) {
    candidates.push(kiosk);
    walk(kiosk, el => candidates.push(el));
  }
  const counted = new Set(candidates.filter(el => el.matches(CLICKABLE) && visible(el)));
  // A part of a counted Vaadin component (its native input in the light DOM, its buttons in its shadow
  // root) is that component, once: the outermost counted vaadin-* element stands for all inside it.
  const partOfComponent = el => {
    for (let up = parentOf(el); up; up = parentOf(up)) {
      if (counted.has(up) && up.tagName.startsWith('VAADIN-')) return true;
    }
    return false;
  };
  const small = [];
  let targets = 0;
  const scrollX = window.scrollX;
  const scrollY = window.scrollY;
  for (const el of counted) {
    if (partOfComponent(el)) continue;
    // A native input or textarea inside a Vaadin field that is not itself counted (a password field, say)
    // is measured by that field's input area, like the counted fields.
    let field = inputArea(el) ? el : null;
    for (let up = parentOf(el); !field && up && /^(INPUT|TEXTAREA)$/.test(el.tagName); up = parentOf(up)) {
      if (inputArea(up)) field = up;
    }
    const box = field ? inputArea(field) : el;
    box.scrollIntoView({ block: 'center', inline: 'center' });
    const r = box.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Off-screen after scrolling it into view (moved out of sight on purpose): nothing a finger can touch.
    if (r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight) continue;
    targets++;
    if (r.width < minTarget || r.height < minTarget) {
      small.push({ what: describe(field ?? el) + (field ? '::part(input-field)' : ''),
        w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 });
    }
  }
  window.scrollTo(scrollX, scrollY);

  // --- text: each visible text node, at the size it is drawn in (a slotted node: its slot's)
  let min = Infinity;
  let minAt = '';
  const under = new Map();
  const texts = [];
  const collect = root => {
    const nodes = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = nodes.nextNode(); n; n = nodes.nextNode()) texts.push(n);
  };
  collect(document.body);
  walk(document.body, el => { if (el.shadowRoot) collect(el.shadowRoot); });
  const range = document.createRange();
  for (const text of texts) {
    if (!/\S/.test(text.data)) continue;
    const el = text.assignedSlot ?? parentOf(text);
    if (!el || !visible(el)) continue;
    range.selectNodeContents(text);
    const r = range.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue; // not drawn (e.g. a slotless shadow host's child)
    const size = parseFloat(getComputedStyle(el).fontSize);
    const what = describe(parentOf(text)); // a slotted node: named by the element that holds it
    if (size < min) {
      min = size;
      minAt = what;
    }
    if (size < minFont) under.set(what, size);
  }
  return {
    targets, small, minFont: min === Infinity ? 0 : min, minFontAt: minAt,
    smallText: [...under].slice(0, 12).map(([what, px]) => ({ what, px })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Harness

async function section(name, size, body) {
  const label = `${name}@${sizeName(size)}`;
  const started = Date.now();
  log(`section ${label}`);
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('response', r => { if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  let ok = true;
  try {
    await body(page);
    if (problems.length) throw new Error(problems.join('; '));
  } catch (e) {
    ok = false;
    log(`  FAILED ${label}: ${e.message.split('\n')[0]}`);
    log(`  at ${page.url()}; page text: ${JSON.stringify(await pageText(page))}`);
    try {
      await page.screenshot({ path: join(shotDir, `a11y-FAILED-${name}-${sizeName(size)}.png`) });
    } catch { /* the page may be gone */ }
  } finally {
    await context.close();
  }
  log(`  ${ok ? 'ok' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  sections.push({ label, ok });
}

/** Prints what recurs across screens, then the summary line; returns the exit status. */
function report() {
  const targets = new Map();
  const rules = new Map();
  const undecided = new Map();
  for (const a of audits) {
    for (const t of a.small) {
      const key = `${t.what} ${t.w}x${t.h}`;
      targets.set(key, [...(targets.get(key) ?? []), a.label]);
    }
    for (const v of a.axe) {
      for (const n of v.nodes) {
        const key = `${v.id} (${v.impact}) ${n.target} — ${v.help}`;
        rules.set(key, [...(rules.get(key) ?? []), a.label]);
      }
    }
    for (const v of a.review) {
      for (const n of v.nodes) {
        const key = `${v.id} (${v.impact}) ${n.target} [${n.why}] — ${v.help}`;
        undecided.set(key, [...(undecided.get(key) ?? []), a.label]);
      }
    }
  }
  const recurring = (title, map) => {
    if (!map.size) return;
    log(title);
    for (const [key, where] of [...map].sort((x, y) => y[1].length - x[1].length)) {
      log(`  ${where.length}× ${key} (${where.slice(0, 4).join(', ')}${where.length > 4 ? ', …' : ''})`);
    }
  };
  recurring('small targets by element:', targets);
  recurring('axe violations by element:', rules);
  recurring('axe could not decide (not counted; look at the screenshots):', undecided);
  // Extra-large text should enlarge the text on the screen, not only the frame around it.
  const unchanged = audits.filter(a => a.label.endsWith('/xl')).filter(xl => {
    const normal = audits.find(a => a.label === xl.label.replace(/\/xl$/, '/normal'));
    return normal && xl.minFont <= normal.minFont;
  });
  if (unchanged.length) {
    log('extra-large text leaves the smallest text as it was (not counted):');
    for (const a of unchanged) log(`  ${a.label.replace(/\/xl$/, '')}: ${px(a.minFont)} px in ${a.minFontAt}`);
  }
  const failed = sections.filter(s => !s.ok);
  if (failed.length) log(`screens not reached: ${failed.map(s => s.label).join(' ')}`);

  const sum = key => audits.reduce((n, a) => n + a[key], 0);
  const serious = sum('serious');
  const critical = sum('critical');
  const small = audits.reduce((n, a) => n + a.small.length, 0);
  const minFont = audits.length ? Math.min(...audits.map(a => a.minFont)) : 0;
  log(`screens=${audits.length} axe_serious=${serious} axe_critical=${critical} targets_under_60px=${small}`
    + ` min_body_font_px=${px(minFont)}`);
  const met = serious === 0 && critical === 0 && small === 0 && minFont >= MIN_FONT_PX;
  return met && !failed.length && audits.length > 0 ? 0 : 1;
}

function px(value) {
  return String(Math.round(value * 100) / 100);
}
