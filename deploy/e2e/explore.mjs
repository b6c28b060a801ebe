import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const pw = readFileSync(process.argv[2] + '/initial-admin-password','utf8').trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await ctx.newPage();
page.on('console', m => console.log('CONSOLE', m.type(), m.text()));
page.on('framenavigated', f => console.log('NAV', f.url()));
page.on('response', async r => { if (r.url().includes('uidl') || r.status()>=400) console.log('RESP', r.status(), r.request().method(), r.url(), (await r.text().catch(()=>'')).slice(0,200)); });
await page.goto('http://127.0.0.1:8180/manage');
const form = page.locator('vaadin-login-form');
await form.locator('input[name=username]').waitFor();
await form.locator('input[name=username]').fill('admin');
await form.locator('input[name=password]').fill('wrong');
await form.locator('vaadin-button[slot=submit]').click();
for (let i = 0; i < 10; i++) {
  await page.waitForTimeout(1000);
  console.log(i, await page.evaluate(() => { const f = document.querySelector('vaadin-login-form'); const s = document.querySelector('.v-system-error'); return JSON.stringify({error: f.hasAttribute('error'), ferror: f.error, disabled: f.disabled, sys: s && s.matches(':popover-open'), sysText: s && s.innerText, loading: document.querySelector('vaadin-connection-indicator').getAttribute('loading')}); }));
}
console.log('--- now correct password');
await form.locator('input[name=password]').fill(pw);
await form.locator('vaadin-button[slot=submit]').click({timeout: 5000}).catch(e => console.log('click failed', e.message.split('\n')[0]));
await page.waitForTimeout(5000);
console.log(page.url(), await page.evaluate(() => document.body.innerText.slice(0,200)));
await browser.close();
