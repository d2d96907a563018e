// The offline contribution form in headless Chromium from a file:// URL with the network off: filled
// in in two languages, its packet downloaded and imported with the pamoja binary, then imported again
// with no change; the page without JavaScript explains what to do. Run by ctest (label "browser").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { BUILD, SOURCE, count, launch, makeWorkshop, pamoja, requireTools, sql } from './harness.mjs';

const require = createRequire(import.meta.url);
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

let dir, workshop, formFile, chrome, saves = 0;

before(async () => {
  requireTools();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pamoja-form-'));
  workshop = makeWorkshop(dir);
  formFile = path.join(dir, 'contribution form.html');
  const said = pamoja('form', workshop.file, '-o', formFile, '--steps', '1,2', '--language', 'en');
  assert.match(said, /Wrote the contribution form/);
  chrome = await launch();
});

after(async () => {
  if (chrome) await chrome.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// A context with no network at all; every request other than the file itself is recorded.
async function open(options = {}) {
  const context = await chrome.browser.newContext({ ...PHONE, acceptDownloads: true, ...options });
  await context.setOffline(true);
  const page = await context.newPage();
  const errors = [], requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(formFile).href);
  return { context, page, errors, requests };
}

async function shot(page, name) {
  for (const d of [path.join(BUILD, 'screenshots'), path.join(SOURCE, 'docs', 'screenshots')]) {
    fs.mkdirSync(d, { recursive: true });
    await page.screenshot({ path: path.join(d, `form-${name}.png`), fullPage: true });
  }
}

function offlineIdeas() {
  return count(workshop.file, "select count(*) from ideas where source = 'offline_form'");
}

// Saves: the download (a data: URL, which Chromium hands to Playwright from file://) and the text.
async function save(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save').click()]);
  // Two saves in one second suggest the same name (a browser then adds " (1)"): keep both.
  const file = path.join(dir, `${++saves}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const text = await page.locator('#packet').inputValue();
  assert.equal(fs.readFileSync(file, 'utf8'), text, 'the download and the text are the same packet');
  assert.match(download.suggestedFilename(), /^pamoja-contribution-\d{8}-\d{6}\.txt$/);
  return { file, text };
}

test('English: write ideas, save the packet, import it once', async () => {
  const { context, page, errors, requests } = await open({ locale: 'en-GB' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').innerText(), 'Partnerships 2030');
  assert.equal(await page.locator('.prompt').count(), 2, 'the prompts of steps 1 and 2');
  await page.getByLabel('Your name').fill('Wanjiru');
  await page.locator('#constituency').selectOption('south');
  const first = page.locator('.prompt').nth(0);
  await first.getByRole('button', { name: 'Add this idea' }).click(); // empty: refused, said
  await page.waitForFunction(() => /write your idea/i.test(document.getElementById('status').textContent));
  await first.locator('textarea').fill('Pooled funds decided in the South');
  await first.getByRole('button', { name: 'Add this idea' }).click();
  await first.locator('textarea').fill('Multi-year core funding\nfor partners');
  await first.locator('textarea').press('Control+Enter'); // the keyboard way
  await first.locator('textarea').fill('An idea to take back');
  await first.getByRole('button', { name: 'Add this idea' }).click();
  await first.getByRole('button', { name: 'Remove the idea: An idea to take back' }).click();
  const second = page.locator('.prompt').nth(1);
  await second.locator('textarea').fill('Due diligence both ways');
  await second.getByLabel('Send without my name').check();
  await second.getByRole('button', { name: 'Add this idea' }).click();
  assert.equal(await page.locator('.ideas li').count(), 3);
  assert.match(await page.locator('#count').innerText(), /3/);
  await shot(page, 'phone');
  const { file, text } = await save(page);
  assert.ok(text.startsWith('-----BEGIN PAMOJA CONTRIBUTION-----\n'));
  assert.ok(text.trimEnd().endsWith('-----END PAMOJA CONTRIBUTION-----'));
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, [], 'nothing was fetched');

  assert.match(pamoja('import', workshop.file, file), /Imported 3 idea(?:s|\(s\))? from the contribution packet; 0 already present/);
  assert.equal(offlineIdeas(), 3);
  assert.equal(count(workshop.file, "select count(*) from ideas i join participants p on p.id = i.author_id where p.name = 'Wanjiru' and i.source = 'offline_form'"), 2);
  assert.equal(sql(workshop.file, "select coalesce(author_id, '') || '|' || constituency || '|' || step from ideas where text = 'Due diligence both ways'"), '|south|2');
  assert.equal(sql(workshop.file, "select text from ideas where text like 'Multi-year%'"), 'Multi-year core funding\nfor partners');
  // Again, and again as pasted into an e-mail reply: nothing more.
  const history = count(workshop.file, 'select count(*) from history');
  assert.match(pamoja('import', workshop.file, file), /Nothing to import: the 3 idea(?:s|\(s\))? of this packet are already in the workshop/);
  const reply = path.join(dir, 'reply.eml');
  fs.writeFileSync(reply, 'Subject: Re: my ideas\r\n\r\nThanks!\r\n\r\n' + text.split('\n').map((l) => '> ' + l).join('\r\n'));
  assert.match(pamoja('import', workshop.file, reply), /Nothing to import/);
  assert.equal(offlineIdeas(), 3);
  assert.equal(count(workshop.file, 'select count(*) from history'), history, 'no change was made');

  // The ideas stay in the browser after a reload (until sent), and a save after a change says so.
  await page.reload();
  assert.equal(await page.locator('.ideas li').count(), 3);
  await context.close();
});

test('French from the browser, then Dutch from the picker: a second packet adds only its new idea', async () => {
  const { context, page, errors, requests } = await open({ locale: 'fr-FR' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('#lang').inputValue(), 'fr');
  const texts = JSON.parse(await page.locator('#pamoja-form-data').textContent()).texts;
  const label = page.locator('.prompt').nth(0).locator('label').first();
  assert.equal(await label.innerText(), texts.fr.idea);
  assert.notEqual(texts.fr.idea, texts.en.idea, 'French words on the page');
  await page.locator('#lang').selectOption('nl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await label.innerText(), texts.nl.idea);
  assert.notEqual(texts.nl.idea, texts.en.idea);
  await page.locator('#name').fill('Joost');
  await page.locator('#constituency').selectOption('north');
  await page.locator('.prompt').nth(1).locator('textarea').fill('Gedeelde risico\'s — één fonds');
  await page.locator('.prompt').nth(1).locator('button.add').click();
  const { file } = await save(page);
  // The same idea saved again in a second packet, plus one more: only the new one is added.
  await page.locator('.prompt').nth(0).locator('textarea').fill('Agenda samen opstellen');
  await page.locator('.prompt').nth(0).locator('button.add').click();
  assert.equal(await page.locator('#stale').isVisible(), true, 'saving again is asked for');
  const later = await save(page);
  assert.deepEqual(errors, []);
  assert.deepEqual(requests, []);
  await context.close();

  const before = offlineIdeas();
  assert.match(pamoja('import', workshop.file, file), /Imported 1 idea(?:s|\(s\))?/);
  assert.match(pamoja('import', workshop.file, later.file), /Imported 1 idea(?:s|\(s\))? from the contribution packet; 1 already present/);
  assert.match(pamoja('import', workshop.file, later.file), /Nothing to import/);
  assert.equal(offlineIdeas(), before + 2);
  assert.equal(sql(workshop.file, "select text from ideas where text like 'Gedeelde%'"), 'Gedeelde risico\'s — één fonds');
});

test('without JavaScript the page says what to do and still lists the questions', async () => {
  const { context, page, requests } = await open({ javaScriptEnabled: false, locale: 'en-GB' });
  const notice = page.locator('#noscript');
  assert.equal(await notice.isVisible(), true);
  assert.match(await notice.innerText(), /JavaScript/);
  assert.match(await notice.innerText(), /e-mail/);
  assert.equal(await page.locator('.prompt h3').count(), 2);
  assert.equal(await page.locator('.prompt h3').first().isVisible(), true);
  assert.equal(await page.locator('#send').isVisible(), false, 'no button that cannot work');
  assert.deepEqual(requests, []);
  await shot(page, 'noscript');
  await context.close();
});

test('accessibility: no serious or critical axe-core violations, empty and filled in; copy to the clipboard', async () => {
  const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const { context, page } = await open({ locale: 'en-GB', bypassCSP: true }); // axe is a test-time script
  const scan = async (label) => {
    await page.addScriptTag({ content: axe });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const all = result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
    console.log(`axe ${label}: ${result.violations.length} violation(s)${all.length ? ': ' + all.join(', ') : ''}`);
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), [], label);
  };
  await scan('empty form');
  await page.locator('.prompt').nth(0).locator('textarea').fill('Accessible to everyone');
  await page.locator('.prompt').nth(0).locator('button.add').click();
  await page.locator('#save').focus();
  await page.keyboard.press('Enter'); // saving works from the keyboard
  await page.locator('#packet').waitFor();
  await scan('saved form');
  await page.locator('#copy').click();
  await page.waitForFunction(() => /Copied|copy it yourself/.test(document.getElementById('status').textContent));
  const weight = fs.statSync(formFile).size;
  console.log(`form weight: ${weight} bytes in one file`);
  assert.ok(weight < 80 * 1024, `form ${weight} bytes`);
  await context.close();
});

test('a tampered packet is refused whole and changes nothing', async () => {
  const { context, page } = await open({ locale: 'en-GB' });
  await page.locator('#name').fill('Eve');
  await page.locator('.prompt').nth(0).locator('textarea').fill('Honest idea');
  await page.locator('.prompt').nth(0).locator('button.add').click();
  const { text } = await save(page);
  await context.close();
  const lines = text.split('\n');
  const body = lines.findIndex((l, i) => i > 4 && l.length > 10);
  // Same length, one character of the content changed.
  lines[body] = lines[body].slice(0, 20) + (lines[body][20] === 'A' ? 'B' : 'A') + lines[body].slice(21);
  const bad = path.join(dir, 'tampered.txt');
  fs.writeFileSync(bad, lines.join('\n'));
  const before = offlineIdeas();
  assert.throws(() => pamoja('import', workshop.file, bad), (e) => /changed after it was saved/.test(String(e.stderr)));
  const cut = path.join(dir, 'cut.txt');
  fs.writeFileSync(cut, text.split('\n').slice(0, 7).join('\n'));
  assert.throws(() => pamoja('import', workshop.file, cut), (e) => /truncated/.test(String(e.stderr)));
  assert.equal(offlineIdeas(), before);
});
