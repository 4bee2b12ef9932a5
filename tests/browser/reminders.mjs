#!/usr/bin/env node
// Browser test of "my day": the birthday greeting scenario
//
//   "a manager opens 'my day', greets a client whose birthday is today, sees the interaction on
//    the client's timeline"
//
//   node reminders.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
//
// LOGINS_FILE holds one `username password role` per line (as scripts/dev start writes it).
// Uses Debian's /usr/bin/chromium through playwright-core, headless, with JavaScript off: every
// step is a plain link or form.
//
// For each interface language (en, fil, ms) the manager switches the language with the footer's
// form, makes a client (the quick form), gives them a birthday today and a preferred channel (the
// full form; "today" is the date my day shows, the company's), opens my day from the navigation,
// finds the client under today's occasions with the age they turn (computed here from the year
// given), greets them by SMS, comes back to my day with the client marked greeted, follows the
// client's link and finds the greeting on the timeline: an outgoing SMS whose text is the
// language's "birthday greeting" (read from templates/lang/LANG.hdf, not from the page). Then my
// day and /reminders at phone width (no sideways scrolling), every field of /, /reminders,
// /calendar and (as the admin) /admin/reminders labelled. The manager's language is put back.
// Prints one `ok - browser: ...` or `not ok - browser: ...` line per check; exits 0 only if all passed.

import { assert, check, newContext, runTest } from './harness.mjs';
import { site, startRun } from './site.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN_LIMIT_MS = 180_000;
const PHONE_WIDTH = 375;
const LANGS = ['en', 'fil', 'ms'];

const [baseArg, loginsFile, shotDir] = process.argv.slice(2);
if (!baseArg || !loginsFile) {
  console.error('usage: node reminders.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const url = (p) => BASE + p;
const { createClient, watch, clickAndWait, describe, expectSaved, signIn, navTo, unlabelled, shot, overflow, pathOf } = site(BASE, shotDir);
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TAG36 = Date.now().toString(36).toUpperCase();

// A string of templates/lang/LANG.hdf by its section and key (the first `key = value` after `section {`).
function langText(lang, section, key) {
  const text = fs.readFileSync(path.join(SRC, 'templates', 'lang', `${lang}.hdf`), 'utf8');
  const at = text.search(new RegExp(`^\\s*${section} \\{\\s*$`, 'm'));
  assert(at >= 0, `no section ${section} in ${lang}.hdf`);
  const m = new RegExp(`^\\s*${key} = (.*)$`, 'm').exec(text.slice(at));
  assert(m, `no ${section}.${key} in ${lang}.hdf`);
  return m[1].trim();
}
const textOf = async (loc) => ((await loc.textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function setLanguage(page, lang) {
  const form = page.locator('footer form[action="/prefs/language"]');
  assert(await form.count() === 1, `no language form in the footer of ${pathOf(page)}`);
  await form.locator('select[name="lang"]').selectOption(lang);
  const resp = await clickAndWait(page, form.locator('button[type="submit"]'));
  const htmlLang = await page.locator('html').getAttribute('lang');
  assert(resp && resp.status() === 200 && htmlLang === lang, `switching to ${lang}: ${await describe(page, resp)}, html lang="${htmlLang}"`);
}

// The client's full form: a birthday and a preferred channel.
async function giveBirthday(page, c, birthday) {
  let resp = await page.goto(url(`/clients/${c.id}/edit`));
  assert(resp && resp.status() === 200, `opening the edit form of client ${c.id}: ${await describe(page, resp)}`);
  const form = page.locator(`main form[method="post"][action="/clients/${c.id}/edit"]`);
  assert(await form.count() === 1, `no edit form for client ${c.id}`);
  await form.locator('#f-birthday').fill(birthday);
  await form.locator('select#f-preferred_channel').selectOption('sms');
  resp = await clickAndWait(page, form.locator('button[type="submit"].primary'));
  await expectSaved(page, resp, new RegExp(`^/clients/${c.id}$`), `saving the birthday ${birthday} of client ${c.id}`);
}

await runTest('reminders', RUN_LIMIT_MS, async () => {
  const logins = await startRun(BASE, loginsFile);
  if (!logins) return;
  const manager = logins.manager;
  const admin = logins.admin;
  assert(manager && admin, 'the logins file has no manager or no admin');

  const ctx = await newContext({ javaScriptEnabled: false });
  const w = watch(ctx, 'manager');
  const page = await ctx.newPage();
  await signIn(page, manager);
  const startLang = await page.locator('html').getAttribute('lang');

  for (const lang of LANGS) {
    const c = { given: 'Maligaya', family: `Kaarawan-${lang}-${TAG36}`, email: `bday-${lang}-${TAG36.toLowerCase()}@example.org`, id: null };
    let today = null;
    let age = null;
    await check(`${lang}: the manager makes a client whose birthday is today`, async () => {
      await setLanguage(page, lang);
      await navTo(page, '/');
      today = await textOf(page.locator('#day-date'));
      assert(/^\d{4}-\d{2}-\d{2}$/.test(today), `my day shows no date (#day-date "${today}")`);
      await createClient(page, c);
      let year = Number(today.slice(0, 4)) - 33;
      if (today.slice(5) === '02-29') year -= year % 4;   // a leap year for a 29 February birthday
      age = Number(today.slice(0, 4)) - year;
      await giveBirthday(page, c, `${year}${today.slice(4)}`);
    });
    await check(`${lang}: my day lists the birthday today with the age and the preferred channel`, async () => {
      await navTo(page, '/');
      const item = page.locator(`li.occasion[data-client="${c.id}"][data-kind="birthday"]`);
      assert(await item.count() === 1, `no occasion of client ${c.id} on my day`);
      assert(await item.locator('.today').count() === 1, 'the birthday is not marked as today');
      const text = await textOf(item);
      assert(text.includes(c.family) && new RegExp(`\\b${age}\\b`).test(text), `the occasion reads "${text}", want ${c.family} and the age ${age}`);
      assert(text.includes(langText(lang, 'ichannel', 'sms')), `the occasion does not show the preferred channel: "${text}"`);
    }, { after: c.id });
    await check(`${lang}: the manager greets the client by SMS, without JavaScript`, async () => {
      const form = page.locator(`li.occasion[data-client="${c.id}"] form[action="/clients/${c.id}/greet"]`);
      assert(await form.count() === 1, 'no greet form on the occasion');
      const select = form.locator('select[name="channel"]');
      const id = await select.getAttribute('id');
      assert(id && await page.locator(`label[for="${id}"]`).count() === 1, 'the channel choice has no label');
      await select.selectOption('sms');
      const resp = await clickAndWait(page, form.locator('button[type="submit"]'));
      await expectSaved(page, resp, /^\/$/, 'greeting');
      const item = page.locator(`li.occasion[data-client="${c.id}"][data-kind="birthday"]`);
      assert(await item.locator('.done').count() === 1, 'after greeting, my day does not mark the client greeted');
      assert(await item.locator('form').count() === 0, 'after greeting, the greet form is still there');
    }, { after: c.id });
    await check(`${lang}: the greeting is on the client's timeline as an outgoing SMS`, async () => {
      const link = page.locator(`li.occasion[data-client="${c.id}"] a[href="/clients/${c.id}"]`);
      const resp = await clickAndWait(page, link);
      assert(resp && resp.status() === 200 && pathOf(page) === `/clients/${c.id}`, `opening the client: ${await describe(page, resp)}`);
      const first = page.locator('ol.timeline > li').first();
      const text = await textOf(first);
      const want = langText(lang, 'remind', 'greeting_birthday');
      assert(await first.getAttribute('class') === 'tl-interaction', `the newest timeline entry is "${await first.getAttribute('class')}"`);
      assert(text.includes(want), `the newest timeline entry reads "${text}", want "${want}"`);
      assert(text.includes(langText(lang, 'ichannel', 'sms')) && text.includes(langText(lang, 'direction', 'out')),
        `the entry does not say an outgoing SMS: "${text}"`);
      await shot(page, `reminders-${lang}-timeline.png`);
    }, { after: c.id });
  }

  await check('my day and the reminders fit a phone screen', async () => {
    await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
    for (const p of ['/', '/reminders?days=30']) {
      const resp = await page.goto(url(p));
      assert(resp && resp.status() === 200, `${p}: ${await describe(page, resp)}`);
      const o = await overflow(page);
      assert(o.sw <= o.cw, `${p} is ${o.sw}px wide at ${o.cw}px: ${o.wide.join(', ')}`);
      await shot(page, `reminders-phone-${p === '/' ? 'day' : 'ahead'}.png`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  await check('every field of my day, /reminders and /calendar has a label', async () => {
    for (const p of ['/', '/reminders?days=30', '/calendar']) {
      await page.goto(url(p));
      const u = await unlabelled(page);
      assert(u.count > 0 && u.missing.length === 0, `${p}: ${u.count} fields, unlabelled: ${u.missing.join(', ')}`);
    }
  });
  await check('the manager\'s language is put back', async () => {
    await page.goto(url('/'));
    await setLanguage(page, startLang);
  });
  await check('no browser or HTTP errors while the manager worked', async () => {
    const p = w.take();
    assert(p.length === 0, p.join('; '));
  });

  const actx = await newContext({ javaScriptEnabled: false });
  const apage = await actx.newPage();
  await check('every field of /admin/reminders has a label', async () => {
    await signIn(apage, admin);
    const resp = await apage.goto(url('/admin/reminders'));
    assert(resp && resp.status() === 200, `/admin/reminders: ${await describe(apage, resp)}`);
    const u = await unlabelled(apage);
    assert(u.count > 0 && u.missing.length === 0, `${u.count} fields, unlabelled: ${u.missing.join(', ')}`);
  });
});
