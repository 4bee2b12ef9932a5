#!/usr/bin/env node
// Browser test of complaints: the customer's complaint from a phone, worked by the desk
//
//   "a customer files a complaint in Filipino on a phone-sized window, gets a receipt; staff link
//    it to the client, reply, resolve; the customer sees the reply and rates it"
//
//   node cases.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
//
// LOGINS_FILE holds one `username password role` per line (as scripts/dev start writes it).
// Uses Debian's /usr/bin/chromium through playwright-core, headless, with JavaScript off in every
// context: each step is a plain link or form.
//
// Three contexts that share no cookies: the admin (only reads feedback_min_seconds on /admin/sla,
// the time the public form must stay open before it is taken), the manager, and the customer
// (375 px wide, a phone's touch screen, Accept-Language fil-PH). The run makes its own data, with
// a tag unique to the run in every name, e-mail, phone and text, so that it can run again on the
// same database:
//  - the manager makes the client first (the quick form), typing the customer's e-mail in other
//    letter case;
//  - the admin also reads the company's name on /admin/company;
//  - the customer opens /feedback/ (the company's name in its header): Filipino (html lang="fil", also after the visible language
//    switch goes to English and back), no sideways scrolling, every field labelled, the bot trap
//    out of sight. Without a name the browser itself refuses to send (required); with the
//    browser's check off the server answers with the error at the name (#err-name) and keeps
//    every value typed; without e-mail and phone the server asks for one (#err-email); sent
//    sooner than feedback_min_seconds after it was served, the form comes back with the notice
//    (#notice) and the text kept; sent again after waiting, a 303 to the receipt
//    /feedback/receipt/XXXX-XXXX-XXXX-XXXX?lang=fil with the code in #receipt-code;
//  - the manager finds the case in the queue (/cases, from the navigation; row case-{id}), sees
//    the message as sent (escaped), links the suggested client (#suggestions: the same e-mail),
//    sees it in #case-client and the case on the client's page; writes a public reply and an
//    internal note, resolves the case with a compensation; #case-state and #events follow;
//  - the customer follows the receipt's status link (the code filled in), is refused with a
//    wrong e-mail (#notice, no case), finds the case with the right one, sees it resolved
//    (#case-state.state-resolved), the reply under #messages and not the internal note, rates it
//    (#rating-form) and sees #rated; the receipt and status pages fit 375 px;
//  - the manager sees the rating on the case (#case-rating) and on the client's page.
// The manager's interface language is left as it is: staff pages are matched on ids, classes,
// URLs, form actions and numbers. The customer's Filipino texts (the notices and errors) are read
// from templates/lang/fil.hdf, not copied here.
// Prints one `ok - browser: ...` or `not ok - browser: ...` line per check; exits 0 only if all passed.

import { assert, check, newContext, note, notOk, runTest } from './harness.mjs';
import { site, startRun } from './site.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUN_LIMIT_MS = 110_000;      // hard stop; a normal run takes about 20 s
const PHONE = { width: 375, height: 740 };
const MIN_SECONDS_DEFAULT = 3;     // feedback_min_seconds when /admin/sla cannot be read
const MIN_SECONDS_MAX = 20;        // a longer wait would not fit the run

const [baseArg, loginsFile, shotDir] = process.argv.slice(2);
if (!baseArg || !loginsFile) {
  console.error('usage: node cases.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const url = (p) => BASE + p;
const { createClient, watch, clickAndWait, firstStatus, describe, expectSaved, signIn, navTo, unlabelled, shot, overflow, pathOf } = site(BASE, shotDir);
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------- this run's data

const STAMP = Date.now();
const TAG = STAMP.toString(36).toLowerCase();
const CUSTOMER = {
  name: `Maria Dela Cruz ${TAG}`,
  email: `reklamo.${TAG}@example.org`,
  phone: `0917 ${String(STAMP % 10_000_000).padStart(7, '0').replace(/^(\d{3})/, '$1 ')}`,
  // Filipino, with characters that must come back escaped, not as markup
  message: `Sira ang blender <Turbo 5> na binili ko sa Parañaque noong Lunes & hindi umiikot ang talim.\nPakipalitan po. [${TAG}]`,
};
// The manager's client: the same e-mail address in other letter case.
const CLIENT = { given: 'Maria', family: `Dela Cruz ${TAG}`, email: `Reklamo.${TAG.toUpperCase()}@Example.ORG`, id: null };
const REPLY = `Paumanhin po sa abala. Papalitan namin ang inyong blender ngayong linggo. [${TAG}]`;
const NOTE = `Internal: supplier batch 7, check stock first [${TAG}]`;
const RESOLUTION = `Pinalitan ang blender ng bago. [${TAG}]`;
const COMPENSATION = `Bagong blender ${TAG}`;
const RATING = 4;
const RATING_COMMENT = `Mabilis ang sagot, salamat. [${TAG}]`;
const CODE_RE = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;   // Crockford base32

// ---------------------------------------------------------------- helpers

const textOf = async (loc) => ((await loc.textContent()) ?? '').replace(/\s+/g, ' ').trim();
const flat = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The strings of templates/lang/LANG.hdf as a map from their dotted names below Lang
// ("feedback.too_fast"); nested sections are followed.
const hdfCache = {};
function langText(lang, key) {
  if (!hdfCache[lang]) {
    const map = {};
    const stack = [];
    for (const line of fs.readFileSync(path.join(SRC, 'templates', 'lang', `${lang}.hdf`), 'utf8').split('\n')) {
      const t = line.trim();
      let m;
      if (t === '' || t.startsWith('#')) continue;
      if ((m = /^([\w.]+)\s*\{$/.exec(t))) stack.push(m[1]);
      else if (t === '}') stack.pop();
      else if ((m = /^([\w.]+)\s*=\s*(.*)$/.exec(t))) map[[...stack.slice(1), m[1]].join('.')] = m[2].trim();
    }
    hdfCache[lang] = map;
  }
  const v = hdfCache[lang][key];
  assert(v !== undefined, `no Lang.${key} in templates/lang/${lang}.hdf`);
  return v;
}

async function htmlLang(page) { return page.locator('html').getAttribute('lang'); }

// No sideways scrolling at the page's width.
async function fits(page, what) {
  const o = await overflow(page);
  assert(o.sw <= o.cw, `${what} is ${o.sw}px wide at ${o.cw}px: ${o.wide.join(', ')}`);
}

// Every input, select and textarea labelled (and there are some).
async function labelled(page, what, atLeast = 1) {
  const u = await unlabelled(page);
  assert(u.count >= atLeast && u.missing.length === 0, `${what}: ${u.count} fields, unlabelled: ${u.missing.join(', ') || 'none'}`);
}

// What the public form holds now, field by field.
async function formValues(page) {
  const f = page.locator('main form[method="post"][action="/feedback/"]');
  return {
    kind: await f.locator('input[name="kind"]:checked').getAttribute('value').catch(() => null),
    category: await f.locator('#f-category').inputValue(),
    message: (await f.locator('#f-message').inputValue()).replace(/\r\n/g, '\n'),
    name: await f.locator('#f-name').inputValue(),
    email: await f.locator('#f-email').inputValue(),
    phone: await f.locator('#f-phone').inputValue(),
    reply_lang: await f.locator('#f-reply_lang').inputValue(),
    consent: await f.locator('input[name="consent"]').isChecked(),
    lang: await f.locator('input[type="hidden"][name="lang"]').getAttribute('value'),
  };
}

// Expects a 400 answer to the POST resp was the end of: the form again, on /feedback/.
async function expectFormAgain(page, resp, what) {
  const f = await firstStatus(resp);
  assert(f && f.method === 'POST' && !f.redirected && f.status === 400 && pathOf(page) === '/feedback/',
    `${what}: ${await describe(page, resp)}, want the form again with HTTP 400`);
  assert(await htmlLang(page) === 'fil', `${what}: the form came back with html lang="${await htmlLang(page)}", want fil`);
}

// Compares the form's values with want (only the keys given).
async function expectKept(page, want, what) {
  const got = await formValues(page);
  const diff = Object.keys(want).filter((k) => got[k] !== want[k]);
  assert(diff.length === 0, `${what}: ${diff.map((k) => `${k} is ${JSON.stringify(got[k])}, want ${JSON.stringify(want[k])}`).join('; ')}`);
}

// ---------------------------------------------------------------- the run

async function main() {
  const logins = await startRun(BASE, loginsFile);
  if (!logins) return;
  const { admin, manager } = logins;
  if (!admin) notOk('logins file has an admin', `no "admin" line in ${loginsFile}`);
  if (!manager) notOk('logins file has a manager', `no "manager" line in ${loginsFile}`);
  if (!admin || !manager) return;
  console.log(`# this run: customer "${CUSTOMER.name}" <${CUSTOMER.email}>, ${CUSTOMER.phone}; client "${CLIENT.given} ${CLIENT.family}" <${CLIENT.email}>`);

  // The admin only reads how long the form must stay open (nothing is changed).
  let minSeconds = MIN_SECONDS_DEFAULT;
  const actx = await newContext({ javaScriptEnabled: false });
  const aw = watch(actx, 'admin');
  const apage = await actx.newPage();
  await check('(0) the admin reads feedback_min_seconds on /admin/sla', async () => {
    await signIn(apage, admin);
    await navTo(apage, '/admin/sla');
    const v = await apage.locator('main #f-min_seconds').inputValue();
    assert(/^\d+$/.test(v), `#f-min_seconds on /admin/sla reads "${v}"`);
    minSeconds = Number(v);
    console.log(`# feedback_min_seconds = ${minSeconds}`);
    assert(minSeconds <= MIN_SECONDS_MAX, `it is ${minSeconds} s, longer than this run waits (${MIN_SECONDS_MAX} s)`);
  });
  let companyName = null;
  await check('(0b) the admin reads the company\'s name on /admin/company (a labelled field)', async () => {
    await navTo(apage, '/admin/company');
    await labelled(apage, '/admin/company', 2);
    companyName = (await apage.locator('main #f-company_name').inputValue()).trim();
    assert(companyName !== '', '#f-company_name on /admin/company is empty');
    console.log(`# company_name = ${companyName}`);
  });
  await actx.close();

  // ------------------------------------------------------------ the manager makes the client

  const mctx = await newContext({ javaScriptEnabled: false });
  const mw = watch(mctx, 'manager');
  const mpage = await mctx.newPage();
  const clientMade = await check(`(1) the manager makes the client with the customer's e-mail in other letter case (${CLIENT.email})`, async () => {
    await signIn(mpage, manager);
    await createClient(mpage, CLIENT);
  });

  // ------------------------------------------------------------ the customer's form

  const cctx = await newContext({
    javaScriptEnabled: false, viewport: PHONE, isMobile: true, hasTouch: true, locale: 'fil-PH',
  });
  const cw = watch(cctx, 'customer');
  const cpage = await cctx.newPage();
  const formOf = () => cpage.locator('main form[method="post"][action="/feedback/"]');
  const submit = () => clickAndWait(cpage, formOf().locator('button[type="submit"].primary'));

  const opened = await check('(2) the customer opens /feedback/ on a 375px phone with Accept-Language fil-PH: the page is in Filipino (html lang="fil", the form\'s lang fil, answers in Filipino)', async () => {
    const resp = await cpage.goto(url('/feedback/'));
    assert(resp && resp.status() === 200, `GET /feedback/: ${await describe(cpage, resp)}`);
    assert(await htmlLang(cpage) === 'fil', `html lang="${await htmlLang(cpage)}", want fil`);
    const h1 = await textOf(cpage.locator('h1').first());
    assert(h1 === langText('fil', 'feedback.title'), `the h1 reads "${h1}", want "${langText('fil', 'feedback.title')}"`);
    assert(await formOf().count() === 1, 'no <form method="post" action="/feedback/">');
    const v = await formValues(cpage);
    assert(v.lang === 'fil' && v.reply_lang === 'fil', `the form's hidden lang is "${v.lang}" and the answer language "${v.reply_lang}", want fil and fil`);
    if (companyName !== null) {
      const brand = await textOf(cpage.locator('header .brand').first());
      assert(brand === companyName, `the page's header names "${brand}", want the company's name "${companyName}"`);
    }
  });

  await check('(3) the visible language switch goes to English and back to Filipino', async () => {
    const links = cpage.locator('footer nav.lang-links');
    let resp = await clickAndWait(cpage, links.locator('a[hreflang="en"]'));
    assert(resp && resp.status() === 200 && await htmlLang(cpage) === 'en', `after "English": ${await describe(cpage, resp)}, html lang="${await htmlLang(cpage)}"`);
    resp = await clickAndWait(cpage, cpage.locator('footer nav.lang-links a[hreflang="fil"]'));
    assert(resp && resp.status() === 200 && await htmlLang(cpage) === 'fil', `after "Filipino": ${await describe(cpage, resp)}, html lang="${await htmlLang(cpage)}"`);
    assert(pathOf(cpage) === '/feedback/' && new URL(cpage.url()).searchParams.get('lang') === 'fil', `the switch led to ${cpage.url()}`);
    assert(await cpage.locator('footer nav.lang-links a[hreflang="fil"][aria-current]').count() === 1, 'the switch does not mark Filipino as the current language');
  }, { 'opening the form (2)': opened });

  await check('(4) the form fits 375px (no sideways scrolling), every field has a label, the bot trap is out of sight', async () => {
    await fits(cpage, '/feedback/');
    await labelled(cpage, '/feedback/', 8);
    const trap = await cpage.locator('#f-website').boundingBox();   // hidden, or moved out of the window
    assert(!trap || trap.x + trap.width <= 0 || trap.y + trap.height <= 0 || trap.width * trap.height <= 1,
      `the trap field #f-website is in sight at ${JSON.stringify(trap)}`);
    await shot(cpage, 'cases-form-phone.png');
  }, { 'opening the form (2)': opened });

  // What the customer types (the name comes later).
  let category = null;
  const filled = await check('(5) without a name the browser itself does not send the form (the name is required)', async () => {
    const f = formOf();
    await f.locator('input[type="radio"][name="kind"][value="complaint"]').check();
    const values = await f.locator('#f-category option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert(values.length >= 1, 'the category list has no choices');
    category = values[0];
    await f.locator('#f-category').selectOption(category);
    await f.locator('#f-message').fill(CUSTOMER.message);
    await f.locator('#f-email').fill(CUSTOMER.email);
    await f.locator('#f-phone').fill(CUSTOMER.phone);
    await f.locator('input[type="checkbox"][name="consent"]').check();
    assert(await f.locator('#f-name').evaluate((el) => el.required && el.validity.valueMissing), 'the empty name field is not marked required and missing');
    const before = cpage.url();
    const posted = cpage.waitForRequest((r) => r.method() === 'POST', { timeout: 800 }).then(() => true, () => false);
    await f.locator('button[type="submit"].primary').click();
    assert(!await posted && cpage.url() === before, 'the browser sent the form without a name');
  }, { 'opening the form (2)': opened });

  const typed = () => ({ kind: 'complaint', category, message: CUSTOMER.message, email: CUSTOMER.email, phone: CUSTOMER.phone, consent: true, reply_lang: 'fil' });

  const noName = await check('(6) sent without a name (the browser\'s own check off): the form again (400) with the error at the name (#err-name, in Filipino) and everything typed kept', async () => {
    await formOf().evaluate((f) => { f.noValidate = true; });
    cw.expect('POST', '/feedback/', 400);
    const resp = await submit();
    await expectFormAgain(cpage, resp, 'sending without a name');
    const err = cpage.locator('#err-name');
    assert(await err.count() === 1, `no #err-name (${await describe(cpage, resp)})`);
    assert(await textOf(err) === langText('fil', 'err.required'), `#err-name reads "${await textOf(err)}", want "${langText('fil', 'err.required')}"`);
    const name = cpage.locator('#f-name');
    assert(await name.getAttribute('aria-invalid') === 'true' && await name.getAttribute('aria-describedby') === 'err-name',
      'the name field is not marked invalid and described by #err-name');
    assert(await cpage.locator('#form-errors').count() === 1, 'no summary of the errors (#form-errors) above the form');
    await expectKept(cpage, { ...typed(), name: '' }, 'after the error');
    await fits(cpage, '/feedback/ with an error');
  }, { 'filling the form (5)': filled });

  const noContact = await check('(7) sent with the name but neither e-mail nor phone: the form again (400) asking for one (#err-email), the text kept', async () => {
    const f = formOf();
    await f.locator('#f-name').fill(CUSTOMER.name);
    await f.locator('#f-email').fill('');
    await f.locator('#f-phone').fill('');
    cw.expect('POST', '/feedback/', 400);
    const resp = await submit();
    await expectFormAgain(cpage, resp, 'sending without e-mail and phone');
    const err = cpage.locator('#err-email');
    assert(await err.count() === 1, `no #err-email (${await describe(cpage, resp)})`);
    assert(await textOf(err) === langText('fil', 'err.contact_needed'), `#err-email reads "${await textOf(err)}", want "${langText('fil', 'err.contact_needed')}"`);
    assert(await cpage.locator('#err-name').count() === 0, 'the name is still marked wrong');
    await expectKept(cpage, { ...typed(), name: CUSTOMER.name, email: '', phone: '' }, 'after the error');
  }, { 'the name error (6)': noName });

  const tooFast = await check(`(8) sent at once (sooner than feedback_min_seconds = ${minSeconds} s after it was served): the form again (400) with the notice (#notice, in Filipino) and the text kept`, async () => {
    assert(minSeconds >= 1, 'not checked: feedback_min_seconds is 0 on this stack (the default is 3)');
    const f = formOf();
    await f.locator('#f-email').fill(CUSTOMER.email);
    await f.locator('#f-phone').fill(CUSTOMER.phone);
    cw.expect('POST', '/feedback/', 400);
    const resp = await submit();
    await expectFormAgain(cpage, resp, 'sending at once');
    const notice = cpage.locator('#notice');
    assert(await notice.count() === 1, `no #notice (${await describe(cpage, resp)})`);
    assert(await textOf(notice) === langText('fil', 'feedback.too_fast'), `#notice reads "${await textOf(notice)}", want "${langText('fil', 'feedback.too_fast')}"`);
    assert(await cpage.locator('main .field-error').count() === 0, 'a field is marked wrong');
    await expectKept(cpage, { ...typed(), name: CUSTOMER.name }, 'after the notice');
  }, { 'the contact error (7)': noContact });

  let receipt = null;   // { code, path }
  const sent = await check(`(9) sent again after waiting ${minSeconds + 0.6} s: a 303 to /feedback/receipt/XXXX-XXXX-XXXX-XXXX?lang=fil, the code in #receipt-code, in Filipino, fitting 375px`, async () => {
    if (!tooFast) await expectKept(cpage, { ...typed(), name: CUSTOMER.name }, 'the form before sending');
    await sleep(minSeconds * 1000 + 600);
    const resp = await submit();
    const m = await expectSaved(cpage, resp, /^\/feedback\/receipt\/([0-9A-Z-]+)$/, 'sending the complaint');
    assert(CODE_RE.test(m[1]), `the receipt's address holds "${m[1]}", want a code XXXX-XXXX-XXXX-XXXX`);
    assert(new URL(cpage.url()).searchParams.get('lang') === 'fil', `the receipt is at ${cpage.url()}, want ?lang=fil`);
    const code = await textOf(cpage.locator('#receipt-code'));
    assert(code === m[1], `#receipt-code reads "${code}", the address "${m[1]}"`);
    assert(await htmlLang(cpage) === 'fil', `the receipt has html lang="${await htmlLang(cpage)}"`);
    assert(await textOf(cpage.locator('#receipt-kind')) === langText('fil', 'case_kind.complaint'), `#receipt-kind reads "${await textOf(cpage.locator('#receipt-kind'))}"`);
    await fits(cpage, 'the receipt');
    await shot(cpage, 'cases-receipt-phone.png');
    receipt = { code, path: pathOf(cpage) + new URL(cpage.url()).search };
    console.log(`# receipt ${code}`);
  }, { 'the form (7)': noContact });

  // ------------------------------------------------------------ the desk

  let caseId = null;
  const found = await check('(10) the manager finds the case in the queue (/cases from the navigation, row case-{id}) and opens it: the message as sent, the customer\'s e-mail and phone', async () => {
    await navTo(mpage, '/cases');
    const rows = mpage.locator('main table#cases tbody tr').filter({ hasText: CUSTOMER.name });
    assert(await rows.count() === 1, `the queue lists ${await rows.count()} rows for "${CUSTOMER.name}", want 1`);
    const m = /^case-(\d+)$/.exec(await rows.first().getAttribute('id') ?? '');
    assert(m, `the row's id is "${await rows.first().getAttribute('id')}"`);
    caseId = Number(m[1]);
    console.log(`# case #${caseId}`);
    const resp = await clickAndWait(mpage, rows.first().locator(`a[href="/cases/${caseId}"]`));
    assert(resp && resp.status() === 200 && pathOf(mpage) === `/cases/${caseId}`, `opening the case: ${await describe(mpage, resp)}`);
    const msg = await textOf(mpage.locator('#case-message'));
    assert(msg === flat(CUSTOMER.message), `#case-message reads "${msg}", want "${flat(CUSTOMER.message)}"`);
    assert(await mpage.locator('#case-message *').count() === 0, 'the message became markup on the case page');
    const req = await textOf(mpage.locator('main #request'));
    assert(req.includes(CUSTOMER.email) && req.includes(CUSTOMER.phone), `the request does not show ${CUSTOMER.email} and ${CUSTOMER.phone}: "${req.slice(0, 300)}"`);
    assert(/\bstate-new\b/.test(await mpage.locator('#case-state').getAttribute('class')), `#case-state is "${await mpage.locator('#case-state').getAttribute('class')}", want state-new`);
  }, { 'the receipt (9)': sent });

  const linked = await check('(11) the case suggests the client with the same e-mail (#suggestions); "Link" puts it in #case-client, and the client\'s page lists the open case', async () => {
    const item = mpage.locator('#suggestions > li').filter({ has: mpage.locator(`a[href="/clients/${CLIENT.id}"]`) });
    assert(await item.count() === 1, `#suggestions holds ${await item.count()} entries for /clients/${CLIENT.id} (all: ${(await mpage.locator('#suggestions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).join(', ') || 'none'})`);
    const form = item.locator(`form[method="post"][action="/cases/${caseId}/link"]`);
    assert(await form.count() === 1, `no link form to /cases/${caseId}/link in the suggestion`);
    let resp = await clickAndWait(mpage, form.locator('button[type="submit"]'));
    await expectSaved(mpage, resp, new RegExp(`^/cases/${caseId}$`), 'linking the client');
    assert(await mpage.locator(`#case-client a[href="/clients/${CLIENT.id}"]`).count() === 1, `#case-client reads "${await textOf(mpage.locator('#case-client'))}", want a link to /clients/${CLIENT.id}`);
    assert(await mpage.locator('#suggestions').count() === 0, 'the suggestions are still shown after linking');
    resp = await clickAndWait(mpage, mpage.locator(`#case-client a[href="/clients/${CLIENT.id}"]`));
    assert(resp && resp.status() === 200 && pathOf(mpage) === `/clients/${CLIENT.id}`, `opening the client: ${await describe(mpage, resp)}`);
    assert(await mpage.locator(`#open-cases a[href="/cases/${caseId}"]`).count() === 1, `the client's page does not list case #${caseId} under #open-cases`);
    resp = await clickAndWait(mpage, mpage.locator(`#open-cases a[href="/cases/${caseId}"]`));
    assert(resp && resp.status() === 200 && pathOf(mpage) === `/cases/${caseId}`, `back to the case: ${await describe(mpage, resp)}`);
  }, { 'the client (1)': clientMade, 'the case (10)': found });

  const replied = await check('(12) the manager sends a public reply (public checked by default; marked to be e-mailed) and an internal note: both on the timeline (#events), the case in progress', async () => {
    const replyForm = () => mpage.locator(`main form[method="post"][action="/cases/${caseId}/reply"]`);
    assert(await replyForm().count() === 1, `no reply form to /cases/${caseId}/reply`);
    assert(await replyForm().locator('input[type="checkbox"][name="public"]').isChecked(), 'the "public" box is not checked by default');
    assert(await mpage.locator('#reply-mail-help').count() === 1, 'the reply form does not say whether the customer (who gave an e-mail and consent) is e-mailed');
    await replyForm().locator('#f-body').fill(REPLY);
    let resp = await clickAndWait(mpage, replyForm().locator('button[type="submit"].primary'));
    await expectSaved(mpage, resp, new RegExp(`^/cases/${caseId}$`), 'sending the reply');
    const reply = mpage.locator('#events li.ev-reply').filter({ hasText: REPLY });
    assert(await reply.count() === 1, `#events has ${await reply.count()} replies reading "${REPLY}", want 1`);
    assert(await reply.locator('.notice-state.notice-due').count() === 1, 'the reply is not marked as to be e-mailed to the customer (they gave an e-mail and consent)');
    const cls = await mpage.locator('#case-state').getAttribute('class');
    assert(/\bstate-in_progress\b/.test(cls), `#case-state is "${cls}" after the reply, want state-in_progress`);
    await replyForm().locator('#f-body').fill(NOTE);
    await replyForm().locator('input[type="checkbox"][name="public"]').uncheck();
    resp = await clickAndWait(mpage, replyForm().locator('button[type="submit"].primary'));
    await expectSaved(mpage, resp, new RegExp(`^/cases/${caseId}$`), 'writing the note');
    assert(await mpage.locator('#events li.ev-note').filter({ hasText: NOTE }).count() === 1, `#events has no note reading "${NOTE}"`);
    assert(await mpage.locator('#events li.ev-reply').filter({ hasText: NOTE }).count() === 0, 'the internal note is on the timeline as a reply');
    assert(await mpage.locator('#events li.ev-note .notice-state').count() === 0, 'an internal note is marked as e-mailed or to be');
  }, { 'linking (11)': linked });

  const resolved = await check('(13) the manager resolves the case with a compensation: #case-state resolved, the resolution shown, the reply still on the timeline, no more reply form', async () => {
    const form = mpage.locator(`main form[method="post"][action="/cases/${caseId}/resolve"]`);
    assert(await form.count() === 1, `no resolve form to /cases/${caseId}/resolve`);
    await form.locator('#f-resolution').fill(RESOLUTION);
    await form.locator('#f-compensation').fill(COMPENSATION);
    const resp = await clickAndWait(mpage, form.locator('button[type="submit"].primary'));
    await expectSaved(mpage, resp, new RegExp(`^/cases/${caseId}$`), 'resolving');
    const cls = await mpage.locator('#case-state').getAttribute('class');
    assert(/\bstate-resolved\b/.test(cls), `#case-state is "${cls}", want state-resolved`);
    assert(await textOf(mpage.locator('#case-resolution')) === RESOLUTION, `#case-resolution reads "${await textOf(mpage.locator('#case-resolution'))}"`);
    assert((await textOf(mpage.locator('main #handling'))).includes(COMPENSATION), `the handling card does not show the compensation "${COMPENSATION}"`);
    assert(await mpage.locator('#events li.ev-reply').filter({ hasText: REPLY }).count() === 1, 'the reply is gone from the timeline');
    assert(await mpage.locator('#events li.ev-resolution').filter({ hasText: RESOLUTION }).count() === 1, 'no resolution on the timeline');
    assert(await mpage.locator(`form[action="/cases/${caseId}/reply"], form[action="/cases/${caseId}/resolve"]`).count() === 0, 'the reply or resolve form is still offered on a resolved case');
    await shot(mpage, 'cases-staff-resolved.png');
  }, { 'the reply (12)': replied });

  // ------------------------------------------------------------ the customer again

  let statusPath = null;
  const lookup = await check('(14) the customer follows the receipt\'s status link: the code is filled in; a wrong e-mail gives the notice (#notice, 404) and no case', async () => {
    let resp = await cpage.goto(url(receipt.path));
    assert(resp && resp.status() === 200, `the receipt again: ${await describe(cpage, resp)}`);
    const link = cpage.locator(`main a[href^="/feedback/status?code="]`);
    assert(await link.count() === 1, 'no status link on the receipt');
    resp = await clickAndWait(cpage, link);
    assert(resp && resp.status() === 200 && pathOf(cpage) === '/feedback/status', `following the status link: ${await describe(cpage, resp)}`);
    assert(await htmlLang(cpage) === 'fil', `the lookup has html lang="${await htmlLang(cpage)}"`);
    assert(await cpage.locator('#f-code').inputValue() === receipt.code, `#f-code holds "${await cpage.locator('#f-code').inputValue()}", want ${receipt.code}`);
    await fits(cpage, '/feedback/status');
    await labelled(cpage, '/feedback/status', 2);
    const form = cpage.locator('main form[method="post"][action="/feedback/status"]');
    await form.locator('#f-contact').fill(`iba.${TAG}@example.org`);
    cw.expect('POST', '/feedback/status', 404);
    resp = await clickAndWait(cpage, form.locator('button[type="submit"].primary'));
    const f = await firstStatus(resp);
    assert(f && f.status === 404 && !f.redirected && pathOf(cpage) === '/feedback/status', `the wrong e-mail: ${await describe(cpage, resp)}, want the form again with 404`);
    const notice = cpage.locator('#notice');
    assert(await notice.count() === 1 && await textOf(notice) === langText('fil', 'feedback.not_found'), `#notice reads "${await notice.count() ? await textOf(notice) : '(none)'}", want "${langText('fil', 'feedback.not_found')}"`);
    assert(await cpage.locator('#case-state, #messages').count() === 0, 'a case is shown after a wrong e-mail');
    await fits(cpage, '/feedback/status with the notice');
    assert(await cpage.locator('#f-code').inputValue() === receipt.code && await cpage.locator('#f-contact').inputValue() === '',
      'after the refusal the code is not kept, or the e-mail typed is shown again');
  }, { 'the receipt (9)': sent });

  const status = await check('(15) with the e-mail given, a 303 to /feedback/status/{64 hex}: in Filipino, resolved (#case-state.state-resolved), the reply under #messages and not the internal note, fitting 375px', async () => {
    const form = cpage.locator('main form[method="post"][action="/feedback/status"]');
    await form.locator('#f-code').fill(receipt.code);
    await form.locator('#f-contact').fill(CUSTOMER.email);
    const resp = await clickAndWait(cpage, form.locator('button[type="submit"].primary'));
    await expectSaved(cpage, resp, /^\/feedback\/status\/[0-9a-f]{64}$/, 'finding the case');
    statusPath = pathOf(cpage);
    assert(new URL(cpage.url()).searchParams.get('lang') === 'fil' && await htmlLang(cpage) === 'fil', `the status page is ${cpage.url()} with html lang="${await htmlLang(cpage)}"`);
    const state = cpage.locator('#case-state');
    assert(await state.count() === 1, 'no #case-state');
    assert(/\bstate-resolved\b/.test(await state.getAttribute('class')), `#case-state is "${await state.getAttribute('class')}", want state-resolved`);
    assert(await textOf(state) === langText('fil', 'case_public_state.resolved'), `#case-state reads "${await textOf(state)}"`);
    const replies = cpage.locator('#messages li.msg-reply').filter({ hasText: REPLY });
    assert(await replies.count() === 1, `#messages has ${await replies.count()} replies reading "${REPLY}" (all: ${flat(await cpage.locator('main').textContent()).slice(0, 300)})`);
    const all = await textOf(cpage.locator('main'));
    assert(!all.includes(NOTE) && !all.includes('supplier batch'), 'the customer sees the internal note');
    await fits(cpage, 'the status page');
    await labelled(cpage, 'the status page', 6);
    await shot(cpage, 'cases-status-phone.png');
  }, { 'the lookup (14)': lookup, 'resolving (13)': resolved });

  const rated = await check(`(16) the customer rates the answer ${RATING} of 5 with a comment (#rating-form): back on the status page with #rated and no form`, async () => {
    const form = cpage.locator(`#rating-form[method="post"][action="${statusPath}/rating"]`);
    assert(await form.count() === 1, `no #rating-form posting to ${statusPath}/rating`);
    const radios = await form.locator('input[type="radio"][name="rating"]').evaluateAll((rs) => rs.map((r) => r.value).sort());
    assert(JSON.stringify(radios) === JSON.stringify(['1', '2', '3', '4', '5']), `the rating choices are ${radios.join(', ')}`);
    await form.locator(`input[type="radio"][name="rating"][value="${RATING}"]`).check();
    await form.locator('#f-comment').fill(RATING_COMMENT);
    const resp = await clickAndWait(cpage, form.locator('button[type="submit"].primary'));
    await expectSaved(cpage, resp, new RegExp(`^${statusPath}$`), 'sending the rating');
    assert(await cpage.locator('#rated').count() === 1, 'no #rated after rating');
    const notice = cpage.locator('#notice');
    assert(await notice.count() === 1 && await textOf(notice) === langText('fil', 'feedback.rated'),
      `#notice reads "${await notice.count() ? await textOf(notice) : '(none)'}", want "${langText('fil', 'feedback.rated')}"`);
    assert(await cpage.locator('#rating-form').count() === 0, 'the rating form is still there');
    assert(await htmlLang(cpage) === 'fil', `html lang="${await htmlLang(cpage)}" after rating`);
    await fits(cpage, 'the status page after rating');
  }, { 'the status page (15)': status });

  // ------------------------------------------------------------ the desk sees the rating

  await check(`(17) the manager sees the rating on the case (#case-rating ${RATING}/5 with the comment, on #events) and on the client's page`, async () => {
    let resp = await mpage.goto(url(`/cases/${caseId}`));
    assert(resp && resp.status() === 200, `GET /cases/${caseId}: ${await describe(mpage, resp)}`);
    const r = mpage.locator('#case-rating');
    assert(await r.count() === 1, 'no #case-rating');
    const t = await textOf(r);
    assert(t.startsWith(`${RATING}/5`) && t.includes(RATING_COMMENT), `#case-rating reads "${t}", want ${RATING}/5 and "${RATING_COMMENT}"`);
    assert(await mpage.locator('#events li.ev-rating').filter({ hasText: `${RATING}/5` }).count() === 1, 'the rating is not on the timeline');
    resp = await clickAndWait(mpage, mpage.locator(`#case-client a[href="/clients/${CLIENT.id}"]`));
    assert(resp && resp.status() === 200 && pathOf(mpage) === `/clients/${CLIENT.id}`, `opening the client: ${await describe(mpage, resp)}`);
    assert(await mpage.locator(`#open-cases a[href="/cases/${caseId}"]`).count() === 0, 'the resolved case is still listed as open on the client page');
    assert(await mpage.locator(`li.tl-case a[href="/cases/${caseId}"]`).count() >= 1, `the client's timeline does not link case #${caseId}`);
    const econ = await textOf(mpage.locator('#econ-cases'));
    assert(new RegExp(`\\b${RATING}(?:\\.0)?/5\\b`).test(econ), `#econ-cases reads "${econ}", want the satisfaction ${RATING}/5`);
  }, { 'the rating (16)': rated });

  await check('(18) no console errors, page errors, failed requests or unexpected HTTP errors for the admin, the manager and the customer', async () => {
    const problems = [aw, mw, cw].flatMap((x) => x.take());
    const missed = cw.allowed.filter((a) => !a.seen).map((a) => `${a.method} ${a.path} ${a.status}`);
    if (missed.length) note(`expected answers not seen (their checks failed): ${missed.join(', ')}`);
    assert(problems.length === 0, [...new Set(problems)].join('; '));
  });
}

await runTest('browser (cases)', RUN_LIMIT_MS, main);
