// The participant page in headless Chromium against a real `pamoja serve`: join, submit, vote and see
// the reveal; offline submissions delivered exactly once (also across a reload and a lost answer); the
// page without JavaScript; languages and right-to-left text; axe-core accessibility scan; page weight;
// screenshots at 360x740. Run by ctest (label "browser") with `node --test-reporter=spec`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { CODE, SOURCE, count, launch, makeWorkshop, quote, requireTools, screenshot, serve, until } from './harness.mjs';

const require = createRequire(import.meta.url);
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

let dir, workshop, server, chrome;

before(async () => {
  requireTools();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pamoja-browser-'));
  workshop = makeWorkshop(dir);
  server = await serve(workshop.file);
  chrome = await launch();
});

after(async () => {
  if (chrome) await chrome.close();
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function phone(options = {}) {
  const context = await chrome.browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource|ERR_INTERNET_DISCONNECTED|WebSocket/.test(m.text())) errors.push(m.text()); });
  return { context, page, errors };
}

async function joinAs(page, name, { anonymous = false, language = 'en' } = {}) {
  await page.goto(`${server.base}/?code=${CODE}`);
  if (anonymous) await page.getByLabel('Take part anonymously').check();
  else await page.getByLabel('Your name').fill(name);
  if (await page.locator('input[name=constituency]').count()) await page.locator('#c-south').check();
  await page.locator('#language').selectOption(language);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator('#idea-form').waitFor();
}

async function sendIdea(page, text) {
  await page.locator('#idea-text').fill(text);
  await page.locator('#idea-form button[type=submit]').click();
}

function ideasWithText(text) {
  return count(workshop.file, `select count(*) from ideas where text = ${quote(text)}`);
}

test('join, submit, vote and see the reveal', async () => {
  const { context, page, errors } = await phone();
  await page.goto(`${server.base}/?code=${CODE}`);
  assert.equal(await page.locator('#code').inputValue(), CODE);
  await screenshot(page, 'join');
  await joinAs(page, 'Amina');
  await page.getByText('You take part as', { exact: false }).waitFor();
  assert.match(await page.locator('#who').innerText(), /Amina/);

  const text = 'Southern partners sit on the selection committee';
  await sendIdea(page, text);
  const mine = page.locator('#mine-list li', { hasText: text });
  await mine.waitFor();
  await until(async () => (await mine.locator('.state').getAttribute('class')).includes('state-saved'), 'the idea to be kept until the reveal');
  await until(async () => /received/i.test(await page.locator('#status').innerText()), 'the acknowledgement in the live region');
  assert.equal(ideasWithText(text), 1);
  // Private writing: held ideas stay off the board until the facilitator reveals them.
  assert.equal(await page.locator('#board-list', { hasText: text }).count(), 0);

  // Edit before the reveal, through the page's own controls.
  await mine.getByRole('button', { name: 'Edit' }).click();
  const edited = text + ' and the jury';
  await mine.getByLabel('Edit your idea').fill(edited);
  await mine.getByRole('button', { name: 'Save' }).click();
  await until(() => ideasWithText(edited) === 1, 'the edit to be stored');

  // Vote: the round from the workshop file, dots through the stepper.
  const vote = page.locator('#vote');
  await vote.waitFor();
  assert.match(await page.locator('#dots-left').innerText(), /3 of 3/);
  await vote.getByRole('button', { name: 'Add a dot to: Budgets decided together' }).click();
  await until(async () => /2 of 3/.test(await page.locator('#dots-left').innerText()), 'a dot to be spent');
  await vote.getByRole('button', { name: 'Add a dot to: Budgets decided together' }).click();
  await until(async () => /1 of 3/.test(await page.locator('#dots-left').innerText()), 'a second dot');
  // Two dots is this round's most per item.
  assert.equal(await vote.getByRole('button', { name: 'Add a dot to: Budgets decided together' }).isDisabled(), true);
  assert.equal(count(workshop.file, `select coalesce(sum(dots),0) from votes where round_id = ${quote(workshop.roundId)}`), 2);
  await screenshot(page, 'vote');

  // The facilitator reveals; the page updates by itself.
  server.command('reveal');
  await until(async () => (await page.locator('#board-list').innerText()).includes(edited), 'the revealed idea on the board', 15000);
  await until(async () => (await mine.locator('.state').getAttribute('class')).includes('state-revealed'), 'my idea to show as revealed');
  assert.equal(await mine.getByRole('button', { name: 'Edit' }).count(), 0);
  assert.equal(await mine.getByRole('button', { name: 'Withdraw' }).count(), 0);
  assert.match(await page.locator('#board-list').innerText(), /Money follows trust/);
  await screenshot(page, 'board');

  // A reload keeps the session and the page.
  await page.reload();
  await page.locator('#board-list', { hasText: edited }).waitFor();
  assert.equal(await page.locator('#join-form').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline: submitted ideas wait on the phone and are delivered exactly once', async () => {
  const { context, page, errors } = await phone();
  await joinAs(page, 'Bram');
  await context.setOffline(true);
  const texts = ['Offline one: co-written calls', 'Offline two: shared risk register'];
  for (const t of texts) await sendIdea(page, t);
  for (const t of texts) {
    const li = page.locator('#mine-list li', { hasText: t });
    await li.waitFor();
    assert.match(await li.locator('.state').getAttribute('class'), /state-pending/);
  }
  await until(async () => /No connection/.test(await page.locator('#status').innerText()), 'the offline notice');
  assert.match(await page.locator('#status').innerText(), /Still to send: 2/);
  await screenshot(page, 'offline');
  for (const t of texts) assert.equal(ideasWithText(t), 0);

  await context.setOffline(false);
  for (const t of texts) {
    const li = page.locator('#mine-list li', { hasText: t });
    await until(async () => !(await li.locator('.state').getAttribute('class')).includes('state-pending'), `"${t}" to be delivered`, 20000);
    assert.equal(ideasWithText(t), 1);
  }
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('pamoja.outbox')).length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer lost on the way: the idea is resent and stored once, then withdrawn', async () => {
  const { context, page } = await phone();
  await joinAs(page, 'Chidi');
  let dropped = 0;
  // The server commits, then the answer never reaches the page (as on a flaky connection).
  await page.route('**/api/ideas', async (route) => {
    if (dropped++ === 0) { await route.fetch(); await route.abort('connectionreset'); } else await route.continue();
  });
  const text = 'Answer lost once: funding straight to local groups';
  await sendIdea(page, text);
  const li = page.locator('#mine-list li', { hasText: text });
  await until(async () => !(await li.locator('.state').getAttribute('class')).includes('state-pending'),
    async () => `the resend (${dropped} request(s); outbox ${await page.evaluate(() => localStorage.getItem('pamoja.outbox'))})`, 40000);
  assert.ok(dropped >= 2, 'the page sent it again');
  assert.equal(ideasWithText(text), 1);
  // Withdraw it: the page asks first, in place, then the server removes it.
  await li.getByRole('button', { name: 'Withdraw' }).click();
  const confirm = li.getByRole('group', { name: 'Withdraw this idea?' });
  await confirm.getByRole('button', { name: 'Withdraw' }).click();
  await until(() => ideasWithText(text) === 0, 'the withdrawal to be stored');
  await until(async () => (await page.locator('#mine-list li', { hasText: text }).count()) === 0, 'the idea to leave my list');
  await context.close();
});

test('a reload while the server is unreachable keeps the idea, then sends it once', async () => {
  const { context, page } = await phone();
  await joinAs(page, 'Dina');
  await context.route('**/api/ideas', (route) => route.abort('connectionrefused'));
  const text = 'Kept across a reload: translate the calls';
  await sendIdea(page, text);
  await page.locator('#mine-list li .state-pending').waitFor();
  await page.reload();
  await page.locator('#mine-list li', { hasText: text }).locator('.state-pending').waitFor();
  assert.equal(ideasWithText(text), 0);
  await context.unroute('**/api/ideas');
  await until(() => ideasWithText(text) === 1, 'the idea to arrive after the reload', 40000);
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(ideasWithText(text), 1);
  await context.close();
});

test('without JavaScript: join, send an idea, withdraw one and vote with plain forms', async () => {
  const { context, page } = await phone({ javaScriptEnabled: false });
  await page.goto(`${server.base}/?code=${CODE}`);
  await page.getByLabel('Your name').fill('Esi');
  if (await page.locator('input[name=constituency]').count()) await page.locator('#c-north').check();
  await page.getByRole('button', { name: 'Join' }).click();
  await page.locator('#idea-form').waitFor();
  const text = 'No script needed: accountability to communities';
  await page.locator('#idea-text').fill(text);
  await page.locator('#idea-form button[type=submit]').click();
  await page.locator('#mine-list li', { hasText: text }).waitFor();
  assert.equal(ideasWithText(text), 1);
  // Sending the same form again (back button, double tap) changes nothing: its id is fixed.
  const gone = 'No script: to be withdrawn';
  await page.locator('#idea-text').fill(gone);
  await page.locator('#idea-form button[type=submit]').click();
  const li = page.locator('#mine-list li', { hasText: gone });
  await li.getByRole('button', { name: 'Withdraw' }).click();
  await until(() => ideasWithText(gone) === 0, 'the withdrawal');
  assert.equal(await page.locator('#mine-list li', { hasText: gone }).count(), 0);

  const votes = () => count(workshop.file, `select coalesce(sum(dots),0) from votes v join participants p on p.id = v.participant_id where p.name = 'Esi'`);
  await page.locator('#vote-form select').first().selectOption('1');
  await page.getByRole('button', { name: 'Save my dots' }).click();
  await page.locator('#vote-form').waitFor();
  assert.equal(votes(), 1);
  await screenshot(page, 'nojs');
  await context.close();
});

test('languages: one catalogue per language, the page in French, right-to-left text', async () => {
  const en = await (await fetch(`${server.base}/i18n/en.json`)).json();
  for (const lang of ['nl', 'fr', 'es', 'pt']) {
    const r = await fetch(`${server.base}/i18n/${lang}.json`);
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(await r.json()).sort(), Object.keys(en).sort());
  }
  const { context, page } = await phone();
  await page.goto(`${server.base}/?lang=fr&code=${CODE}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.locator('.langs a[aria-current]').innerText(), 'Français');
  await joinAs(page, 'Fatou', { language: 'fr' });
  // Arabic text on the board runs right to left inside a left-to-right page.
  await page.locator('#board-list li[lang=ar]').waitFor();
  // (the script may rebuild the board between two looks, so ask until an attached element answers)
  await until(async () => (await page.locator('#board-list li[lang=ar]').evaluate((e) => getComputedStyle(e).direction)) === 'rtl',
    'the Arabic idea to run right to left');
  assert.equal(await page.locator('#question').evaluate((e) => getComputedStyle(e).direction), 'ltr');
  await context.close();
});

test('accessibility: no serious or critical axe-core violations', async () => {
  const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const { context, page } = await phone({ bypassCSP: true }); // axe is a test-time script
  const scan = async (label) => {
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
    console.log(`axe ${label}: ${result.violations.length} violation(s)${all.length ? ': ' + all.join(', ') : ''}`);
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [], label);
  };
  await page.goto(`${server.base}/?code=${CODE}`);
  await scan('join page');
  await joinAs(page, 'Gloria');
  await sendIdea(page, 'Accessible to everyone');
  await page.locator('#mine-list li .state-saved').first().waitFor();
  await page.locator('#vote').waitFor();
  await scan('joined page');
  await context.close();
});

test('page weight: first load under 60 KB transferred', async () => {
  const { context, page } = await phone();
  const sizes = [];
  page.on('requestfinished', async (req) => {
    const s = await req.sizes();
    sizes.push({ url: req.url(), bytes: s.responseBodySize + s.responseHeadersSize });
  });
  await page.goto(`${server.base}/?code=${CODE}`, { waitUntil: 'networkidle' });
  const total = sizes.reduce((a, s) => a + s.bytes, 0);
  const raw = ['app.js', 'app.css'].map((f) => fs.readFileSync(path.join(SOURCE, 'core/live/web', f)));
  const html = Buffer.from(await (await fetch(`${server.base}/?code=${CODE}`)).text());
  const rawTotal = [...raw, html].reduce((a, b) => a + b.length, 0);
  const gzipTotal = [...raw, html].reduce((a, b) => a + zlib.gzipSync(b, { level: 9 }).length, 0);
  console.log(`page weight: transferred ${total} bytes in ${sizes.length} requests (${sizes.map((s) => `${new URL(s.url).pathname} ${s.bytes}`).join(', ')}); page+script+style raw ${rawTotal}, gzip ${gzipTotal}`);
  assert.ok(total < 60 * 1024, `first load ${total} bytes`);
  assert.ok(sizes.every((s) => new URL(s.url).origin === server.base), 'nothing loaded from elsewhere');
  await context.close();
});

test('the join code is checked', async () => {
  const { context, page } = await phone();
  await page.goto(`${server.base}/`);
  await page.locator('#code').fill('XXXXXX');
  await page.getByLabel('Your name').fill('Hana');
  await page.locator('#c-other').check();
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /code is not right/);
  assert.equal(await page.locator('#code').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => localStorage.getItem('pamoja.session')), null);
  await context.close();
});

