// harness.mjs: what the browser tests share: ok/not ok reporting, the logins file, one headless
// Debian chromium (never a downloaded browser) in a private temporary directory, and the run
// itself with its time limit and closing line.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

process.stdout.on('error', () => {});   // a closed pipe (| head) must not crash the run

const CHROMIUM = process.env.CRM_CHROMIUM || '/usr/bin/chromium';
const ACTION_TIMEOUT_MS = 10_000;
const NAV_TIMEOUT_MS = 15_000;
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

// ---------------------------------------------------------------- reporting

let passed = 0;
let failed = 0;
const notes = new Set();
export function ok(name) { passed++; console.log(`ok - browser: ${name}`); }
export function notOk(name, reason) {
  failed++;
  const why = String(reason ?? 'failed').replace(/\s+/g, ' ').trim().slice(0, 500);
  console.log(`not ok - browser: ${name}: ${why}`);
}
// Runs one check: fn returns nothing (pass) or throws (fail). `needs` lists the
// preconditions: when one is false the check is reported as not ok without running it.
export async function check(name, fn, needs = {}) {
  for (const [what, good] of Object.entries(needs)) {
    if (!good) { notOk(name, `not checked: ${what} failed earlier`); return false; }
  }
  try {
    await fn();
    ok(name);
    return true;
  } catch (e) {
    notOk(name, e && e.message ? e.message.split('\n')[0] : e);
    return false;
  }
}
export function assert(cond, msg) { if (!cond) throw new Error(msg); }
export function note(text) { notes.add(text); }

// The demo logins file: one `username password role` per line; the first user of each role.
export function readLogins(file) {
  const byRole = {};
  const text = fs.readFileSync(file, 'utf8');
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 3 || f[0].startsWith('#')) continue;
    const [username, password, role] = f;
    if (!byRole[role]) byRole[role] = { username, password, role };
  }
  return byRole;
}

// ---------------------------------------------------------------- the browser

// Everything the browser writes (its fresh user-data-dir, Playwright's artifacts, chromium's
// own temporary files) goes into one private temporary directory, removed at the end.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-browser-'));
process.env.TMPDIR = workDir;
let browser = null;
function cleanup() {
  // chromium's helper processes may still be writing for a moment after close: retry.
  for (let i = 0; i < 5 && fs.existsSync(workDir); i++) {
    try { fs.rmSync(workDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 }); } catch { /* retry */ }
    if (fs.existsSync(workDir)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

// One headless chromium, started on first use; each caller gets its own isolated context
// with its own cookies.
export async function newContext(options = {}) {
  if (!browser) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 30_000,
    });
  }
  const ctx = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    ...options,
  });
  ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
  ctx.setDefaultNavigationTimeout(NAV_TIMEOUT_MS);
  return ctx;
}

// ---------------------------------------------------------------- the run

// Runs main under a time limit, closes the browser, prints the notes and the closing line
// `# LABEL: N checks passed, M failed`, and exits 0 only when every check passed.
export async function runTest(label, limitMs, main) {
  const watchdog = setTimeout(() => {
    notOk('whole run', `still running after ${limitMs / 1000} s, stopped`);
    console.log(`# ${label}: ${passed} checks passed, ${failed} failed`);
    cleanup();
    process.exit(1);
  }, limitMs);
  try {
    await main();
  } catch (e) {
    notOk('run', e && e.message ? e.message.split('\n')[0] : e);
  } finally {
    if (browser) { try { await browser.close(); } catch { /* ignore */ } }
    cleanup();
    clearTimeout(watchdog);
  }
  for (const n of notes) console.log(`# note: ${n}`);
  console.log(`# ${label}: ${passed} checks passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
