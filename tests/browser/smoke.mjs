#!/usr/bin/env node
// Browser smoke test of the CRM staff application.
//
//   node smoke.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
//
// LOGINS_FILE holds one `username password role` per line (roles admin, manager, agent),
// as written by `scripts/dev start` to $CRM_VAR/demo-logins.txt.
//
// Uses Debian's /usr/bin/chromium through playwright-core (never a downloaded browser),
// headless, with a fresh temporary profile that is removed at the end.
// Prints one `ok - browser: ...` or `not ok - browser: ... <reason>` line per check and
// exits 0 only if every check passed. A check that could not be carried out (because an
// earlier step failed) is printed as `not ok`, never as `ok`.

import { assert, check, newContext, note, notOk, ok, runTest } from './harness.mjs';
import { startRun } from './site.mjs';
import fs from 'node:fs';
import path from 'node:path';

const RUN_LIMIT_MS = 90_000;        // hard stop; a normal run takes well under 60 s

// The demo users have different language preferences: what each language says.
const WELCOME = { en: 'Welcome', fil: 'Maligayang pagdating', ms: 'Selamat datang' };
const SIGN_OUT = { en: 'Sign out', fil: 'Mag-sign out', ms: 'Log keluar' };

// Checks a signed-in home page in whatever language the user prefers.
async function expectHome(page, who) {
  const lang = await htmlLang(page);
  assert(lang in WELCOME, `${who} home page has <html lang="${lang}">, want one of en, fil, ms`);
  const h1 = await h1Text(page);
  assert(h1.startsWith(WELCOME[lang]) && h1.length > WELCOME[lang].length + 2,
    `${who} home page (lang ${lang}) has h1 "${h1}", want "${WELCOME[lang]}, FULL NAME"`);
  // The nav's aria-label is translated ("Main" in English), so any non-empty label will do.
  const nav = page.locator(lang === 'en' ? 'header nav[aria-label="Main"]' : 'header nav[aria-label]:not([aria-label=""])');
  assert(await nav.count() === 1 && await nav.isVisible(), `no visible labelled <nav> in the header of the ${who} home page`);
  const btn = ((await page.locator('form[method="post"][action="/logout"] button').textContent()) ?? '').trim();
  assert(btn === SIGN_OUT[lang], `${who} sign-out button says "${btn}", want "${SIGN_OUT[lang]}"`);
  return lang;
}

// ---------------------------------------------------------------- arguments

const [baseArg, loginsFile, shotDir] = process.argv.slice(2);
if (!baseArg || !loginsFile) {
  console.error('usage: node smoke.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const url = (p) => BASE + p;

// ---------------------------------------------------------------- helpers

// Watches a context for console errors, uncaught page errors, failed requests and
// HTTP error responses. Predicates in `allowed` mark responses that may legitimately be
// errors (the rejected sign-in). `take()` returns and clears what was seen so far.
function watch(ctx) {
  const w = { problems: [], allowed: [], responses: [] };
  const attach = (page) => {
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const where = m.location()?.url || '';
      // Chromium asks for /favicon.ico by itself; the pages do not link it. A 404 there
      // is noted (once) rather than failed, see notes at the end of the output.
      if (/^https?:\/\/[^/]+\/favicon\.ico$/.test(where)) {
        note(`the browser's own request for /favicon.ico failed: ${m.text()}`);
        return;
      }
      w.problems.push(`console error: ${m.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (e) => w.problems.push(`page error: ${e.message}`));
  };
  ctx.pages().forEach(attach);
  ctx.on('page', attach);
  ctx.on('requestfailed', (r) => {
    // A page left while its icon was still loading aborts that fetch: not a failure of the site.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && /\/static\/favicon\.svg$/.test(r.url())) return;
    w.problems.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`);
  });
  ctx.on('response', (r) => {
    w.responses.push({ url: r.url(), status: r.status(), method: r.request().method() });
    if (r.status() >= 400 && !w.allowed.some((f) => f(r))) {
      w.problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
    }
  });
  w.take = () => w.problems.splice(0);
  return w;
}

// Submits a form by clicking `button` and waits for the page that comes back.
async function submitAndWait(page, button) {
  const [resp] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    button.click(),
  ]);
  return resp;
}

const pathOf = (page) => new URL(page.url()).pathname;

// A short description of the page a request ended on, for failure messages: the HTTP
// status of the first request in the redirect chain and the page's h1 and first paragraph.
async function describe(page, resp) {
  let status = resp ? resp.status() : '?';
  let first = resp ? resp.request() : null;
  while (first && first.redirectedFrom()) first = first.redirectedFrom();
  if (first && resp && first !== resp.request()) {
    const r0 = await first.response();
    status = `${r0 ? r0.status() : '?'} then ${resp.status()}`;
  }
  let h1 = '';
  let para = '';
  try {
    h1 = ((await page.locator('h1').first().textContent({ timeout: 1000 })) ?? '').trim();
    para = ((await page.locator('main p').first().textContent({ timeout: 1000 })) ?? '').trim();
  } catch { /* page has no h1 or p */ }
  return `HTTP ${status} on ${pathOf(page)}, h1 "${h1}"${para ? `, "${para.slice(0, 120)}"` : ''}`;
}
const htmlLang = (page) => page.locator('html').getAttribute('lang');
const h1Text = async (page) => ((await page.locator('h1').first().textContent()) ?? '').trim();

async function signIn(page, who, password = who.password) {
  await page.goto(url('/login'));
  await page.locator('#username').fill(who.username);
  await page.locator('#password').fill(password);
  return submitAndWait(page, page.locator('button[type="submit"].primary'));
}

async function signOutButton(page) {
  return page.locator('form[method="post"][action="/logout"] button');
}

// Inputs and selects (not type=hidden) without an associated label.
async function unlabelled(page) {
  return page.evaluate(() => {
    const out = [];
    let count = 0;
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.type === 'hidden') continue;
      count++;
      const byLabel = el.labels && [...el.labels].some((l) => l.textContent.trim() !== '');
      const byAria = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
        .some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
      if (!byLabel && !byAria) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}[name=${el.name}]`);
      }
    }
    return { count, missing: out };
  });
}

async function shot(page, name) {
  if (!shotDir) return;
  fs.mkdirSync(shotDir, { recursive: true });
  await page.screenshot({ path: path.join(shotDir, name), fullPage: true });
}

// Switches language with the footer form, returns after the page came back.
async function switchLanguage(page, lang) {
  const form = page.locator('form.lang-form[action="/prefs/language"]');
  await form.locator('select#lang-select').selectOption(lang);
  const resp = await submitAndWait(page, form.locator('button[type="submit"], button:not([type])').first());
  assert(resp && resp.status() === 200, `page after switching came back with HTTP ${resp?.status()}`);
}

async function expectLanguage(page, lang, h1Start, signOutText) {
  const got = await htmlLang(page);
  assert(got === lang, `<html lang="${got}">, want "${lang}"`);
  const h1 = await h1Text(page);
  assert(h1.startsWith(h1Start), `h1 is "${h1}", want it to start with "${h1Start}"`);
  const btn = ((await (await signOutButton(page)).textContent()) ?? '').trim();
  assert(btn === signOutText, `sign-out button says "${btn}", want "${signOutText}"`);
  const sel = await page.locator('#lang-select').inputValue();
  assert(sel === lang, `language select shows "${sel}", want "${lang}"`);
}

// ---------------------------------------------------------------- the run

async function main() {
  const logins = await startRun(BASE, loginsFile);
  if (!logins) return;
  const admin = logins.admin;
  const agent = logins.agent;
  const other = logins.manager || admin;
  if (!admin) notOk('logins file has an admin', `no "admin" line in ${loginsFile}`);
  if (!agent) notOk('logins file has an agent', `no "agent" line in ${loginsFile}`);
  if (!admin) return;

  // ---------------- the JavaScript-enabled browser: admin, then agent
  const ctx = await newContext();
  const w = watch(ctx);
  const page = await ctx.newPage();

  // (a) wrong password: error alert, still on /login.
  let loginLabels = null;
  let wrongPost = null;
  w.allowed.push((r) => r.request() === wrongPost);   // whatever status a rejected sign-in gets
  await check('wrong password shows the error alert and stays on /login', async () => {
    await page.goto(url('/login'));
    loginLabels = await unlabelled(page);
    await shot(page, 'login-desktop.png');
    const btn = page.locator('button[type="submit"].primary');
    assert((await btn.textContent()).trim() === 'Sign in', `submit button says "${(await btn.textContent()).trim()}"`);
    await page.locator('#username').fill(admin.username);
    await page.locator('#password').fill(admin.password + '-not-the-password');
    const [resp] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      (async () => {
        const reqP = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/login');
        await btn.click();
        wrongPost = await reqP;
      })(),
    ]);
    assert(resp, 'no page came back');
    assert(pathOf(page) === '/login', `ended on ${pathOf(page)}, want /login`);
    const alert = page.locator('p.error[role="alert"]');
    assert(await alert.count() === 1, `no <p class="error" role="alert"> on the page (${await describe(page, resp)})`);
    assert(await alert.isVisible(), 'the error alert is not visible');
    await shot(page, 'login-error.png');
    const text = (await alert.textContent()).trim();
    assert(text.length > 0, 'the error alert is empty');
    assert(!(await page.locator('nav[aria-label="Main"]').count()), 'main navigation shown after a failed sign-in');
    assert(await page.locator('#password').inputValue() === '', 'the password field was refilled after a failed sign-in');
  });

  // (b) sign in as the admin.
  let homeLabels = null;
  const adminIn = await check('admin signs in and lands on the home page', async () => {
    const resp = await signIn(page, admin);
    assert(resp, 'no page came back');
    const post = resp.request().redirectedFrom();
    assert(post && post.method() === 'POST', `sign-in did not answer with a redirect (${await describe(page, resp)})`);
    const postResp = await post.response();
    assert(postResp && postResp.status() === 303, `POST /login answered ${postResp?.status()}, want 303`);
    assert(pathOf(page) === '/', `ended on ${pathOf(page)}, want /`);
    assert(resp.status() === 200, `home page answered ${resp.status()}`);
    const lang = await htmlLang(page);
    const h1 = await h1Text(page);
    assert(lang === 'en', `<html lang="${lang}">, want "en" (h1 "${h1}"; a language preference left over from an earlier run is reset by the "switch back to en" step)`);
    assert(/^Welcome\b/.test(h1) && h1.length > 'Welcome, '.length, `h1 is "${h1}", want "Welcome, FULL NAME"`);
    assert(await page.locator('header nav[aria-label="Main"]').isVisible(), 'no visible <nav aria-label="Main"> in the header');
    assert(await (await signOutButton(page)).count() === 1, 'no sign-out form (POST /logout) with a button');
    homeLabels = await unlabelled(page);
  });

  // (c) no console errors, no failed requests, the stylesheet loaded and applies.
  await check('login and home pages load without console errors or failed requests', async () => {
    const problems = w.take();
    assert(problems.length === 0, problems.join('; '));
    const css = w.responses.filter((r) => new URL(r.url).pathname === '/static/crm.css');
    assert(css.length > 0 || await page.evaluate(() => document.styleSheets.length > 0), 'no request for /static/crm.css');
    for (const r of css) assert(r.status === 200 || r.status === 304, `/static/crm.css answered ${r.status}`);
    const rules = await page.evaluate(() => {
      let n = 0;
      for (const s of document.styleSheets) { try { n += s.cssRules.length; } catch { /* cross-origin */ } }
      return n;
    });
    assert(rules > 0, 'the page has no CSS rules applied (stylesheet empty or not loaded)');
  }, { 'admin sign-in': adminIn });

  // (d)(e)(f) language switch and back.
  const langSteps = [
    ['fil', 'Maligayang pagdating', 'Mag-sign out', 'Filipino'],
    ['ms', 'Selamat datang', 'Log keluar', 'Malay'],
  ];
  for (const [lang, h1, signOut, name] of langSteps) {
    await check(`switching language to ${lang} gives <html lang="${lang}"> and a ${name} page`, async () => {
      await switchLanguage(page, lang);
      assert(pathOf(page) === '/', `ended on ${pathOf(page)}, want /`);
      await expectLanguage(page, lang, h1, signOut);
    }, { 'admin sign-in': adminIn });
  }
  // Always try to put the admin back to English, even after a failure above.
  await check('switching language back to en gives <html lang="en"> and an English page', async () => {
    if (pathOf(page) !== '/') await page.goto(url('/'));
    await switchLanguage(page, 'en');
    await expectLanguage(page, 'en', 'Welcome', 'Sign out');
    // The preference is stored per user: a fresh load still shows English.
    await page.goto(url('/'));
    assert(await htmlLang(page) === 'en', 'English did not stick on reload');
    await shot(page, 'home-desktop.png');
  }, { 'admin sign-in': adminIn });

  // (g) phone viewport: no horizontal scroll, sign-out button visible.
  await check('home page at 375x740 has no horizontal scroll and a visible sign-out button', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      await page.goto(url('/'));
      const m = await page.evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        cw: document.documentElement.clientWidth,
      }));
      await shot(page, 'home-phone.png');
      assert(m.sw <= m.cw, `horizontal scroll: scrollWidth ${m.sw} > clientWidth ${m.cw}`);
      const btn = await signOutButton(page);
      assert(await btn.isVisible(), 'sign-out button not visible');
      const box = await btn.boundingBox();
      assert(box && box.x >= 0 && box.x + box.width <= m.cw + 0.5, `sign-out button lies outside the viewport (${JSON.stringify(box)})`);
      assert(box.width >= 24 && box.height >= 24, `sign-out button is only ${Math.round(box.width)}x${Math.round(box.height)} px (want at least 24x24 to tap)`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, { 'admin sign-in': adminIn });

  // (h) every input/select on the login and home pages has a label.
  await check('every input and select on the login and home pages has a label', async () => {
    assert(loginLabels, 'login page was not read');
    assert(homeLabels, 'home page was not read');
    assert(loginLabels.count >= 2, `login page has only ${loginLabels.count} visible-type inputs, want username and password`);
    assert(homeLabels.count >= 1, 'home page has no input or select (language select missing?)');
    const missing = [...loginLabels.missing.map((m) => `login: ${m}`), ...homeLabels.missing.map((m) => `home: ${m}`)];
    assert(missing.length === 0, `no label for ${missing.join(', ')}`);
  }, { 'admin sign-in': adminIn });

  // (i) sign out, then / sends back to /login.
  await check('sign out goes to /login and / then redirects to /login', async () => {
    if (pathOf(page) !== '/') await page.goto(url('/'));
    const resp = await submitAndWait(page, await signOutButton(page));
    const post = resp?.request().redirectedFrom();
    const postResp = post ? await post.response() : null;
    assert(postResp && postResp.status() === 303, `POST /logout: ${await describe(page, resp)}, want a 303 to /login`);
    assert(pathOf(page) === '/login', `ended on ${pathOf(page)}, want /login`);
    await page.goto(url('/'));
    assert(pathOf(page) === '/login', `GET / after sign-out ended on ${pathOf(page)}, want /login`);
    assert(!(await page.locator('nav[aria-label="Main"]').count()), 'main navigation still shown after sign-out');
  }, { 'admin sign-in': adminIn });

  // Anonymous visitors: language links in the footer.
  await check('anonymous login page has ?lang=en|fil|ms links that switch the page language', async () => {
    await ctx.clearCookies();
    await page.goto(url('/login'));
    const nav = page.locator('footer nav.lang-links');
    assert(await nav.count() === 1, 'no <nav class="lang-links"> in the footer');
    for (const l of ['en', 'fil', 'ms']) {
      assert(await nav.locator(`a[href="?lang=${l}"]`).count() === 1, `no link ?lang=${l}`);
    }
    await Promise.all([page.waitForNavigation(), nav.locator('a[href="?lang=fil"]').click()]);
    assert(await htmlLang(page) === 'fil', `after ?lang=fil <html lang="${await htmlLang(page)}">`);
    const btn = (await page.locator('button[type="submit"].primary').textContent()).trim();
    assert(btn !== 'Sign in', 'sign-in button still in English after ?lang=fil');
    await Promise.all([page.waitForNavigation(), page.locator('footer nav.lang-links a[href="?lang=en"]').click()]);
    assert(await htmlLang(page) === 'en', `after ?lang=en <html lang="${await htmlLang(page)}">`);
  });

  // The agent sees no link to staff administration.
  await check('agent signs in and has no link to /admin/staff', async () => {
    await ctx.clearCookies();
    const resp = await signIn(page, agent);
    assert(resp && pathOf(page) === '/', `agent sign-in: ${await describe(page, resp)}, want the home page /`);
    await expectHome(page, 'agent');
    const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')]
      .map((a) => new URL(a.href, location.href).pathname)
      .filter((p) => p === '/admin/staff' || p.startsWith('/admin/staff/')));
    assert(links.length === 0, `agent page links to ${links.join(', ')}`);
    // and opening it directly is refused (not a 200 page)
    const r = await ctx.request.get(url('/admin/staff'), { maxRedirects: 0, failOnStatusCode: false });
    assert(r.status() !== 200, 'agent gets HTTP 200 for /admin/staff');
    await submitAndWait(page, await signOutButton(page));
    assert(pathOf(page) === '/login', `agent sign-out ended on ${pathOf(page)}`);
  }, { 'agent login in the logins file': !!agent });

  await check('later pages (language switches, phone view, sign-out, agent) had no console errors or failed requests', async () => {
    const problems = w.take();
    assert(problems.length === 0, problems.join('; '));
  }, { 'admin sign-in': adminIn });

  // ---------------- JavaScript disabled: sign in and sign out still work
  await ctx.close();
  const noJs = await newContext({ javaScriptEnabled: false });
  const wn = watch(noJs);
  const p2 = await noJs.newPage();
  await check(`with JavaScript disabled, ${other.role} signs in and out`, async () => {
    const resp = await signIn(p2, other);
    assert(resp && pathOf(p2) === '/', `sign-in: ${await describe(p2, resp)}, want the home page /`);
    await expectHome(p2, other.role);
    await submitAndWait(p2, await signOutButton(p2));
    assert(pathOf(p2) === '/login', `sign-out ended on ${pathOf(p2)}, want /login`);
    await p2.goto(url('/'));
    assert(pathOf(p2) === '/login', `GET / after sign-out ended on ${pathOf(p2)}, want /login`);
    const problems = wn.take();
    assert(problems.length === 0, problems.join('; '));
  });
}

await runTest('browser', RUN_LIMIT_MS, main);
