// Shared by the browser tests: Debian's Chromium through playwright-core (never a downloaded browser),
// a workshop made with the pamoja CLI, `pamoja serve` on a free port, and reads of the workshop file.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = await import('playwright-core').catch((e) => {
  throw new Error(`playwright-core is missing: run \`npm ci\` in tests/browser (scripts/test does). ${e.message}`);
});

export const CHROMIUM = process.env.PAMOJA_CHROMIUM || '/usr/bin/chromium';
export const PAMOJA = process.env.PAMOJA_BINARY;
export const SOURCE = process.env.PAMOJA_SOURCE_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const BUILD = process.env.PAMOJA_BUILD_DIR || path.join(SOURCE, 'build');
export const CODE = 'ACD347';

// Nothing is skipped silently: a missing tool fails the test with what to do about it.
export function requireTools() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's "chromium" package (scripts/test does).`);
  if (!PAMOJA || !fs.existsSync(PAMOJA))
    throw new Error(`The pamoja binary is missing (PAMOJA_BINARY=${PAMOJA}); build it first.`);
  execFileSync('sqlite3', ['-version']);
}

// Playwright's launch() always gives Chromium a new empty --user-data-dir of its own (and refuses one
// passed in args); each test then opens its own context.
export async function launch() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return { browser, close: () => browser.close() };
}

export function pamoja(...args) {
  return execFileSync(PAMOJA, args, { encoding: 'utf8', env: cliEnv() }).trim();
}

function cliEnv() {
  return { ...process.env, QT_QPA_PLATFORM: 'offscreen', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

// A workshop with private writing (ideas held until revealed), optional anonymity, and in step 1:
// two ideas in a cluster, one loose idea in Arabic, and an open voting round on ideas.
export function makeWorkshop(dir) {
  const seed = path.join(dir, 'seed.pamoja');
  pamoja('new', seed, '--title', 'Partnerships 2030');
  const exported = path.join(dir, 'seed.json');
  pamoja('export', seed, '--format', 'json', '-o', exported);
  const w = JSON.parse(fs.readFileSync(exported, 'utf8'));
  const ws = w.workshop[0];
  ws.private_writing = true;
  ws.anonymity = 'optional';
  ws.languages = 'en,fr,ar';
  const prompt = w.prompts.filter((p) => p.step === 1).sort((a, b) => a.position - b.position)[0];
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const cluster = { ...templateOf(w, 'clusters', { id: uuid(1), step: 1, title: 'Money follows trust', colour: '#f6d55c', x: 0, y: 0, collapsed: false }) };
  const idea = (n, text, language, clusterId) => ({
    id: uuid(n), step: 1, prompt_id: prompt.id, text, original_text: text, language, translation: '',
    translation_language: '', author_id: '', constituency: 'south', source: 'facilitator', created: now,
    modified: now, cluster_id: clusterId || '', merged_into: '', hidden: false, revealed: true, x: 0, y: 0,
  });
  w.clusters.push(cluster);
  w.ideas.push(idea(11, 'Pooled funds managed by Southern partners', 'en', cluster.id));
  w.ideas.push(idea(12, 'Budgets decided together', 'en', cluster.id));
  w.ideas.push(idea(13, 'تمويل مباشر للمنظمات المحلية', 'ar'));
  w.voting_rounds.push({ id: uuid(21), step: 1, title: 'What matters most', target: 'ideas', dots_per_participant: 3,
    max_per_item: 2, open: true, created: now });
  fs.writeFileSync(exported, JSON.stringify(w));
  const file = path.join(dir, 'workshop.pamoja');
  pamoja('import', file, exported);
  return { file, ideaIds: [uuid(11), uuid(12), uuid(13)], roundId: uuid(21) };
}

function templateOf(_w, _list, value) { return value; }
function uuid(n) { return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`; }

// `pamoja serve` on a free port; resolves once the page answers.
export async function serve(file, extra = []) {
  const port = await freePort();
  const proc = spawn(PAMOJA, ['serve', file, '--bind', '127.0.0.1', '--port', String(port), '--code', CODE, ...extra],
    { env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`pamoja serve exited with ${proc.exitCode}:\n${output}`);
    try { const r = await fetch(base + '/'); if (r.ok) break; } catch { /* not listening yet */ }
    if (Date.now() > deadline) { proc.kill(); throw new Error(`pamoja serve did not answer on ${base}:\n${output}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base, proc, output: () => output,
    // The facilitator's commands `pamoja serve` reads on its standard input, one per line.
    command: (line) => proc.stdin.write(line + '\n'),
    stop: () => new Promise((resolve) => {
      if (proc.exitCode !== null) { resolve(); return; }
      proc.once('exit', resolve);
      proc.kill('SIGTERM');
    }),
  };
}

export function sql(file, query) {
  return execFileSync('sqlite3', ['-readonly', file, query], { encoding: 'utf8' }).trim();
}

export function count(file, query) {
  return Number(sql(file, query));
}

export function quote(s) {
  return "'" + String(s).replace(/'/g, "''") + "'";
}

// Waits until fn() is truthy (polls; the server commits before it answers, the page updates by events).
export async function until(fn, what, ms = 10000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${typeof what === 'function' ? await what() : what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function screenshot(page, name) {
  const dirs = [path.join(BUILD, 'screenshots'), path.join(SOURCE, 'docs', 'screenshots')];
  for (const d of dirs) {
    fs.mkdirSync(d, { recursive: true });
    await page.screenshot({ path: path.join(d, `participant-${name}.png`), fullPage: true });
  }
}
