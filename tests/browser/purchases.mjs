#!/usr/bin/env node
// Browser test of purchases and loyalty: the promotion scenario
//
//   "a manager opens a Silver client, records a purchase of a locomotive product, sees the
//    discount applied and the client promoted to Gold"
//
//   node purchases.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
//
// LOGINS_FILE holds one `username password role` per line (roles admin, manager, agent),
// as written by `scripts/dev start` to $CRM_VAR/demo-logins.txt.
//
// Uses Debian's /usr/bin/chromium through playwright-core (never a downloaded browser),
// headless, with a fresh temporary profile that is removed at the end.
//
// The run sets up what it needs itself, through the pages, so that it can run again and again
// against the same database (also one where the http tests changed tiers and settings):
//  - the admin sets the loyalty settings to known values (lifetime spend, no demotion, no
//    birthday discount, the larger discount, a 50% cap) and reads the tiers on /admin/tiers.
//    The tiers named Silver and Gold are used as they are when they fit the scenario (Gold next
//    above Silver, Silver with a discount); otherwise both are moved above every other tier
//    (Silver at 3%, Gold at 5%) and read again;
//  - the manager makes a locomotive product and a plain one with SKUs unique to the run, priced
//    from the tiers read, and a client of their own with a name unique to the run (no birthday);
//  - with JavaScript disabled, the manager records the plain product, which brings the client's
//    spend to Silver's threshold (the path every page must support without JavaScript);
//  - then, with JavaScript, the scenario itself.
// Every amount checked is computed here from the prices, thresholds and percentages (line total
// = quantity x price x (100% - discount), rounded half up), never copied from the pages.
// The users' language preferences are left as they are: the pages may be in English, Filipino
// or Malay, so the checks match on ids, names, classes, URLs and numbers, never on translated
// text; money is compared by its digits (always two decimals, whatever the separators).
// Prints one `ok - browser: ...` or `not ok - browser: ... <reason>` line per check and exits 0
// only if every check passed. A check that could not be carried out (because an earlier step
// failed) is printed as `not ok`, never as `ok`.

import { assert, check, newContext, note, notOk, runTest } from './harness.mjs';
import { site, startRun } from './site.mjs';
import fs from 'node:fs';
import path from 'node:path';

const RUN_LIMIT_MS = 150_000;       // hard stop; a normal run takes well under 30 s
const PHONE_WIDTH = 375;
const CAP_BP = 5000;                // the cap the run sets (50%)
const TIERS_SHOWN_MAX = 20;         // the tiers page lists at most this many (TIERS_MAX)

// ---------------------------------------------------------------- arguments

const [baseArg, loginsFile, shotDir] = process.argv.slice(2);
if (!baseArg || !loginsFile) {
  console.error('usage: node purchases.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const url = (p) => BASE + p;
const { createClient, createProduct, watch, clickAndWait, firstStatus, describe, expectSaved, signIn, signOut, navTo, unlabelled, shot, overflow, hundredths, shownMoney, shownPercent, pathOf, h1Text } = site(BASE, shotDir);

// ---------------------------------------------------------------- this run's data

const STAMP = Date.now();
const TAG36 = STAMP.toString(36).toUpperCase();
const SKU_PREFIX = `BT-${TAG36}-`;
const LOCO = { sku: `${SKU_PREFIX}LOCO`, name: `Locomotive ${TAG36}`, locomotive: true, price: null, id: null };
const PLAIN = { sku: `${SKU_PREFIX}PLAIN`, name: `Voucher ${TAG36}`, locomotive: false, price: null, id: null };
const CLIENT = {
  given: 'Rizalina',
  family: `Bautista-P${TAG36.toLowerCase()}`,
  email: `purchases-${TAG36.toLowerCase()}@example.org`,
  id: null,
};
const LOCO_QTY = 2;

// ---------------------------------------------------------------- arithmetic (minor units, basis points)

const big = (x) => BigInt(x);
// n / d rounded half up, for n >= 0, d > 0 (BigInt).
const roundHalfUp = (n, d) => (2n * n + d) / (2n * d);
// A line's total: qty x price less discount_bp, rounded half up.
function lineTotal(qty, price, bp) {
  return Number(roundHalfUp(big(qty) * big(price) * big(10000 - bp), 10000n));
}
// The tier (from tiers ascending by threshold) a spend reaches, or null.
function tierAt(tiers, spend) {
  let found = null;
  for (const t of tiers) if (t.threshold <= spend) found = t;
  return found;
}
// The discount a sale gets with only a tier discount (no birthday, no personal): capped.
const effectiveBp = (tier) => (tier ? Math.min(tier.bp, CAP_BP) : 0);
// Minor units as form input ("1234.5" style accepted by the server: no grouping).
const moneyInput = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const fmtMoney = (minor) => (minor < 0 ? '-' : '') + moneyInput(Math.abs(minor));
const fmtPct = (bp) => `${bp / 100}%`;

// ---------------------------------------------------------------- helpers (as in clients.mjs)

const textOf = async (loc) => ((await loc.textContent()) ?? '').replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- the pages

// /admin/tiers: the tiers as their edit forms hold them (id, name, threshold, bp), ascending.
async function readTiers(page) {
  const rows = await page.locator('main form[method="post"][action^="/admin/tiers/"]:not([action$="/delete"])')
    .evaluateAll((forms) => forms.map((f) => ({
      action: f.getAttribute('action'),
      name: f.querySelector('input[name="name"]')?.value ?? null,
      threshold: f.querySelector('input[name="threshold"]')?.value ?? null,
      percent: f.querySelector('input[name="percent"]')?.value ?? null,
    })));
  const tiers = rows.map((r) => {
    const m = /^\/admin\/tiers\/(\d+)$/.exec(r.action);
    const t = { id: m ? Number(m[1]) : null, name: r.name, threshold: hundredths(r.threshold), bp: hundredths(r.percent) };
    assert(t.id && t.name && t.threshold !== null && t.bp !== null,
      `a tier form on /admin/tiers could not be read: ${JSON.stringify(r)}`);
    return t;
  });
  tiers.sort((a, b) => a.threshold - b.threshold);
  return tiers;
}
const tiersText = (tiers) => tiers.map((t) => `${t.name} #${t.id} from ${fmtMoney(t.threshold)} at ${fmtPct(t.bp)}`).join(', ') || 'none';

// The run's plan from the tiers: the prices of the two products and every amount expected.
// Returns { ok: false, why } when the tiers do not fit the scenario.
function plan(tiers) {
  const find = (n) => tiers.find((t) => t.name.toLowerCase() === n);
  const silver = find('silver');
  const gold = find('gold');
  if (tiers.length >= TIERS_SHOWN_MAX) return { ok: false, why: `${tiers.length} tiers (the page lists at most ${TIERS_SHOWN_MAX})` };
  if (!silver || !gold) return { ok: false, why: `no tier named ${!silver ? 'Silver' : 'Gold'}` };
  if (!(silver.threshold > 0 && silver.threshold < gold.threshold)) return { ok: false, why: 'Silver is not above 0 and below Gold' };
  if (tiers.some((t) => t.threshold > silver.threshold && t.threshold < gold.threshold)) return { ok: false, why: 'a tier lies between Silver and Gold' };
  const silverBp = effectiveBp(silver);
  if (!(silverBp > 0 && silverBp < 10000)) return { ok: false, why: `Silver's discount is ${fmtPct(silver.bp)}` };
  // First sale (fresh client, spend 0): the plain product, priced so that its total (after any
  // discount a tier from 0 gives) is just Silver's threshold.
  const bp0 = effectiveBp(tierAt(tiers, 0));
  let plainPrice = Number((big(silver.threshold) * 10000n) / big(10000 - bp0)) - 2;
  if (plainPrice < 1) plainPrice = 1;
  while (lineTotal(1, plainPrice, bp0) < silver.threshold) plainPrice++;
  const plainTotal = lineTotal(1, plainPrice, bp0);
  const spend1 = plainTotal;
  if (tierAt(tiers, spend1) !== silver) return { ok: false, why: `a first sale of ${fmtMoney(spend1)} would not make the client Silver` };
  // Second sale: LOCO_QTY locomotives at Silver's discount, the least price that reaches Gold.
  const missing = gold.threshold - spend1;
  let locoPrice = Number((big(missing) * 10000n) / (big(LOCO_QTY) * big(10000 - silverBp))) - 2;
  if (locoPrice < 1) locoPrice = 1;
  while (spend1 + lineTotal(LOCO_QTY, locoPrice, silverBp) < gold.threshold) locoPrice++;
  const locoGross = LOCO_QTY * locoPrice;
  const locoTotal = lineTotal(LOCO_QTY, locoPrice, silverBp);
  const spend2 = spend1 + locoTotal;
  if (tierAt(tiers, spend2) !== gold) return { ok: false, why: `the locomotive sale would take the client past Gold (to ${tierAt(tiers, spend2)?.name})` };
  if (locoPrice > 100000000000 || plainPrice > 100000000000) return { ok: false, why: 'a price would be above the largest allowed' };
  return {
    ok: true, tiers, silver, gold, tier0: tierAt(tiers, 0), bp0, silverBp, goldBp: effectiveBp(gold),
    plainPrice, plainTotal, spend1, locoPrice, locoGross, locoTotal, locoDiscount: locoGross - locoTotal, spend2,
  };
}

// Posts one of the tier forms (an existing tier's, or the new-tier form) as the admin.
async function writeTier(page, tier, name, threshold, bp) {
  const form = tier
    ? page.locator(`main form[method="post"][action="/admin/tiers/${tier.id}"]`)
    : page.locator('main form[method="post"][action="/admin/tiers"]');
  assert(await form.count() === 1, `no form for ${tier ? `tier #${tier.id}` : 'a new tier'} on /admin/tiers`);
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="threshold"]').fill(moneyInput(threshold));
  await form.locator('input[name="percent"]').fill(String(bp / 100));
  const resp = await clickAndWait(page, form.locator('button[type="submit"]').first());
  await expectSaved(page, resp, /^\/admin\/tiers$/, `saving tier ${name} from ${fmtMoney(threshold)} at ${fmtPct(bp)}`);
}

// From the client page, the "new purchase" link to the sale form.
async function openSaleForm(page, c) {
  const link = page.locator(`main a[href="/clients/${c.id}/purchases/new"]`);
  assert(await link.count() >= 1, `no link to /clients/${c.id}/purchases/new on the client page`);
  const resp = await clickAndWait(page, link.first());
  assert(resp && resp.status() === 200 && pathOf(page) === `/clients/${c.id}/purchases/new`, `opening the sale form: ${await describe(page, resp)}`);
}

// The sale form's offer: the tier's name (or null) and the discount applied.
async function readOffer(page) {
  const offer = page.locator('main section#offer');
  assert(await offer.count() === 1, `no <section id="offer"> on ${pathOf(page)}`);
  const tierEl = offer.locator('strong.tier');
  const tier = await tierEl.count() ? await textOf(tierEl.first()) : null;
  const disc = offer.locator('#discount');
  assert(await disc.count() === 1, 'no #discount in the offer');
  const text = await textOf(disc);
  return { tier, bp: shownPercent(text), text };
}

// The economics card of the client page: the tier's name (or null), revenue, number of sales.
async function readEconomics(page) {
  const econ = page.locator('main section#economics');
  assert(await econ.count() === 1, 'no <section id="economics"> on the client page');
  const tierEl = econ.locator('strong.tier');
  const tier = await tierEl.count() ? await textOf(tierEl.first()) : null;
  const rev = econ.locator('#econ-revenue');
  const pur = econ.locator('#econ-purchases');
  assert(await rev.count() === 1 && await pur.count() === 1, 'no #econ-revenue or #econ-purchases on the client page');
  const purText = await textOf(pur);
  return { tier, revenue: shownMoney(await textOf(rev)), purchases: Number((/^\d+/.exec(purText) ?? ['NaN'])[0]) };
}

// The priced lines table (#priced) of the sale form: one row per product line.
async function readPriced(page) {
  const table = page.locator('main table#priced');
  assert(await table.count() === 1, `no priced table (#priced) on the sale form (${await describe(page, null)})`);
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const td = [...tr.querySelectorAll('td')].map((x) => x.textContent.replace(/\s+/g, ' ').trim());
    return { sku: tr.querySelector('code')?.textContent.trim() ?? '', loco: !!tr.querySelector('.loco'), td };
  }));
  const total = page.locator('#sale-total');
  assert(await total.count() === 1, 'no #sale-total on the sale form');
  return { rows, total: shownMoney(await textOf(total)) };
}

// Checks the one priced row of sku: quantity, unit price, discount and total, in that order after the name.
function checkPricedRow(priced, sku, want) {
  const mine = priced.rows.filter((r) => r.sku === sku);
  assert(mine.length === 1, `the priced table has ${mine.length} rows for ${sku}, want 1 (rows: ${priced.rows.map((r) => r.sku).join(', ')})`);
  const r = mine[0];
  assert(r.loco === want.loco, `the priced line of ${sku} ${r.loco ? 'is' : 'is not'} marked as a locomotive`);
  const [, qty, price, disc, total] = r.td;
  const got = { qty: Number(qty), price: shownMoney(price), discount: shownMoney(disc), total: shownMoney(total) };
  const exp = { qty: want.qty, price: want.price, discount: want.discount, total: want.total };
  assert(JSON.stringify(got) === JSON.stringify(exp),
    `the priced line of ${sku} reads ${JSON.stringify(r.td.slice(1))}, want quantity ${want.qty}, price ${fmtMoney(want.price)}, discount ${fmtMoney(want.discount)}, total ${fmtMoney(want.total)}`);
}

// The purchase page: total, the dd texts of its facts, and its lines.
async function readPurchase(page) {
  const total = page.locator('main #purchase-total');
  assert(await total.count() === 1, `no #purchase-total on ${pathOf(page)}`);
  const dds = await page.locator('main dl.facts dd').allTextContents();
  const lines = await page.locator('main table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    sku: tr.querySelector('code')?.textContent.trim() ?? '',
    loco: !!tr.querySelector('.loco'),
    td: [...tr.querySelectorAll('td')].map((x) => x.textContent.replace(/\s+/g, ' ').trim()),
  })));
  return { total: shownMoney(await textOf(total)), dds: dds.map((s) => s.replace(/\s+/g, ' ').trim()), lines };
}

// The client's timeline: each entry's class, link, own text and the texts of its <small>s.
async function readTimeline(page) {
  return page.locator('main ol.timeline > li').evaluateAll((lis) => lis.map((li) => ({
    cls: li.className,
    href: li.querySelector('a[href]')?.getAttribute('href') ?? '',
    own: [...li.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim(),
    smalls: [...li.querySelectorAll('small')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()),
    up: li.querySelector('.tier-up') !== null,
  })));
}

// ---------------------------------------------------------------- the run

async function main() {
  const logins = await startRun(BASE, loginsFile);
  if (!logins) return;
  const admin = logins.admin;
  const manager = logins.manager;
  if (!admin) notOk('logins file has an admin', `no "admin" line in ${loginsFile}`);
  if (!manager) notOk('logins file has a manager', `no "manager" line in ${loginsFile}`);
  if (!admin || !manager) return;
  console.log(`# this run: client "${CLIENT.given} ${CLIENT.family}", products ${LOCO.sku} and ${PLAIN.sku}`);

  const watchers = [];
  const ctx = await newContext();
  const w = watch(ctx, 'with JavaScript');
  watchers.push(w);
  const page = await ctx.newPage();
  const labels = {};

  // (1) known loyalty settings.
  let adminIn = false;
  const settings = await check('(1) admin sets the loyalty settings on /admin/tiers (lifetime spend, no demotion, no birthday discount, the larger discount, cap 50%) and they read back', async () => {
    await signIn(page, admin);
    adminIn = true;
    await navTo(page, '/admin/tiers');
    const form = page.locator('main form[method="post"][action="/admin/loyalty"]');
    assert(await form.count() === 1, 'no <form method="post" action="/admin/loyalty"> on /admin/tiers');
    const before = {
      window: await form.locator('select#f-window').inputValue(),
      demotion: await form.locator('input[type="checkbox"][name="demotion"]').isChecked(),
      birthday: await form.locator('#f-birthday_percent').inputValue(),
      combine: await form.locator('select#f-combine').inputValue(),
      cap: await form.locator('#f-cap_percent').inputValue(),
    };
    console.log(`# loyalty settings found: ${JSON.stringify(before)}`);
    await form.locator('select#f-window').selectOption('lifetime');
    await form.locator('input[type="checkbox"][name="demotion"]').setChecked(false);
    await form.locator('#f-birthday_percent').fill('0');
    await form.locator('select#f-combine').selectOption('max');
    await form.locator('#f-cap_percent').fill(String(CAP_BP / 100));
    const resp = await clickAndWait(page, form.locator('button[type="submit"]'));
    await expectSaved(page, resp, /^\/admin\/tiers$/, 'saving the loyalty settings');
    const after = page.locator('main form[action="/admin/loyalty"]');
    const got = {
      window: await after.locator('select#f-window').inputValue(),
      demotion: await after.locator('input[name="demotion"]').isChecked(),
      birthday: hundredths(await after.locator('#f-birthday_percent').inputValue()),
      combine: await after.locator('select#f-combine').inputValue(),
      cap: hundredths(await after.locator('#f-cap_percent').inputValue()),
    };
    const want = { window: 'lifetime', demotion: false, birthday: 0, combine: 'max', cap: CAP_BP };
    assert(JSON.stringify(got) === JSON.stringify(want), `the settings read back as ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    labels['/admin/tiers'] = await unlabelled(page);
  });

  // (2) tiers Silver and Gold: used as they are, or moved above all others.
  let P = null;
  const tiersOk = await check('(2) admin reads the tiers on /admin/tiers; Silver and Gold fit the scenario (Gold next above Silver, Silver with a discount) or are made to', async () => {
    let tiers = await readTiers(page);
    console.log(`# tiers found: ${tiersText(tiers)}`);
    let p = plan(tiers);
    if (!p.ok) {
      note(`the tiers did not fit the scenario (${p.why}); Silver and Gold were moved above every other tier`);
      const top = Math.max(0, ...tiers.map((t) => t.threshold));
      const base = Math.ceil((top + 1) / 100000) * 100000;   // a round 1,000.00 above the highest
      const named = (list, n) => list.find((t) => t.name.toLowerCase() === n) ?? null;
      await writeTier(page, named(tiers, 'silver'), 'Silver', base + 100000, 300);
      await writeTier(page, named(tiers, 'gold'), 'Gold', base + 500000, 500);
      tiers = await readTiers(page);
      console.log(`# tiers now: ${tiersText(tiers)}`);
      const s = named(tiers, 'silver');
      const g = named(tiers, 'gold');
      assert(s && s.name === 'Silver' && s.threshold === base + 100000 && s.bp === 300,
        `Silver reads back as ${s ? tiersText([s]) : 'missing'}, want from ${fmtMoney(base + 100000)} at 3%`);
      assert(g && g.name === 'Gold' && g.threshold === base + 500000 && g.bp === 500,
        `Gold reads back as ${g ? tiersText([g]) : 'missing'}, want from ${fmtMoney(base + 500000)} at 5%`);
      p = plan(tiers);
      assert(p.ok, `the tiers still do not fit: ${p.why}`);
    }
    P = p;
    LOCO.price = p.locoPrice;
    PLAIN.price = p.plainPrice;
    console.log(`# plan: Silver #${p.silver.id} from ${fmtMoney(p.silver.threshold)} (${fmtPct(p.silverBp)} applied), Gold #${p.gold.id} from ${fmtMoney(p.gold.threshold)}; `
      + `first sale ${PLAIN.sku} 1 x ${fmtMoney(p.plainPrice)} = ${fmtMoney(p.plainTotal)}; `
      + `then ${LOCO.sku} ${LOCO_QTY} x ${fmtMoney(p.locoPrice)} = ${fmtMoney(p.locoGross)} less ${fmtMoney(p.locoDiscount)} = ${fmtMoney(p.locoTotal)}; spend ${fmtMoney(p.spend2)}`);
    await signOut(page);
    adminIn = false;
  }, { 'the loyalty settings (1)': settings });
  if (adminIn) {
    try { await page.goto(url('/')); await signOut(page); } catch (e) { note(`admin sign-out: ${e.message.split('\n')[0]}`); }
  }

  // (3) the manager's products and client.
  let managerIn = false;
  const made = await check(`(3) manager adds the locomotive ${LOCO.sku}, the plain ${PLAIN.sku} (priced from the tiers) and the client "${CLIENT.given} ${CLIENT.family}"`, async () => {
    await ctx.clearCookies();
    await signIn(page, manager);
    managerIn = true;
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== 'en') note(`the manager's pages are in "${lang}"; the checks match ids, names, classes, URLs and numbers, not text`);
    await createProduct(page, LOCO);
    await createProduct(page, PLAIN);
    await createClient(page, CLIENT);
    const e = await readEconomics(page);
    assert(e.tier === (P.tier0?.name ?? null) && e.revenue === 0 && e.purchases === 0,
      `the new client's economics read tier ${e.tier}, revenue ${e.revenue}, ${e.purchases} purchases; want ${P.tier0?.name ?? 'no tier'}, 0, 0`);
  }, { 'the tiers (2)': tiersOk });

  // (4) without JavaScript: the first sale makes the client Silver.
  const noJs = await newContext({ javaScriptEnabled: false });
  const wn = watch(noJs, 'without JavaScript');
  watchers.push(wn);
  const p2 = await noJs.newPage();
  const silverMade = await check(`(4) with JavaScript disabled, the manager types ${PLAIN.sku} into the sale form, previews it (total as computed), saves it, and the client is Silver`, async () => {
    await signIn(p2, manager);
    let r = await p2.goto(url(`/clients/${CLIENT.id}`));
    assert(r && r.status() === 200, `GET /clients/${CLIENT.id} answered ${r?.status()}`);
    await openSaleForm(p2, CLIENT);
    const offer = await readOffer(p2);
    assert(offer.bp === P.bp0 && offer.tier === (P.tier0?.name ?? null),
      `the offer before any sale reads ${offer.tier} "${offer.text}", want ${P.tier0?.name ?? 'no tier'} ${fmtPct(P.bp0)}`);
    const form = p2.locator(`main form[method="post"][action="/clients/${CLIENT.id}/purchases/new"]`);
    assert(await form.count() === 1, `no post form to /clients/${CLIENT.id}/purchases/new`);
    await form.locator('#f-sku_0').fill(PLAIN.sku);
    await form.locator('#f-qty_0').fill('1');
    // the button without name=save: the preview
    r = await clickAndWait(p2, form.locator('button[type="submit"]:not([name])'));
    const f = await firstStatus(r);
    assert(f && f.method === 'POST' && !f.redirected && f.status === 200 && pathOf(p2) === `/clients/${CLIENT.id}/purchases/new`,
      `the preview: ${await describe(p2, r)}, want the form again (200)`);
    const priced = await readPriced(p2);
    checkPricedRow(priced, PLAIN.sku, { loco: false, qty: 1, price: P.plainPrice, discount: P.plainPrice - P.plainTotal, total: P.plainTotal });
    assert(priced.total === P.plainTotal, `#sale-total shows ${priced.total}, want ${fmtMoney(P.plainTotal)}`);
    const save = p2.locator(`main form[action="/clients/${CLIENT.id}/purchases/new"] button[type="submit"][name="save"][value="1"]`);
    assert(await save.count() === 1, 'no save button (name="save" value="1") on the sale form');
    r = await clickAndWait(p2, save);
    const m = await expectSaved(p2, r, /^\/purchases\/(\d+)$/, 'saving the first sale without JavaScript');
    const pur = await readPurchase(p2);
    assert(pur.total === P.plainTotal, `the purchase page #${m[1]} shows the total ${pur.total}, want ${fmtMoney(P.plainTotal)}`);
    const back = p2.locator(`main a[href="/clients/${CLIENT.id}"]`);
    assert(await back.count() >= 1, `the purchase page does not link the client /clients/${CLIENT.id}`);
    r = await clickAndWait(p2, back.first());
    assert(r && r.status() === 200 && pathOf(p2) === `/clients/${CLIENT.id}`, `back to the client: ${await describe(p2, r)}`);
    const e = await readEconomics(p2);
    assert(e.tier === P.silver.name, `the client's tier reads "${e.tier}" after spending ${fmtMoney(P.spend1)}, want ${P.silver.name}`);
    assert(e.revenue === P.spend1 && e.purchases === 1, `the client's revenue reads ${e.revenue} over ${e.purchases} sales, want ${fmtMoney(P.spend1)} over 1`);
    await signOut(p2);
  }, { 'the products and client (3)': made });
  await noJs.close();

  // (5) the manager opens the Silver client.
  const opened = await check('(5) manager finds the client through the list search and opens it: Silver, and the sale form offers Silver\'s discount', async () => {
    await navTo(page, '/clients');
    const search = page.locator('main form[role="search"]');
    assert(await search.count() === 1, 'no <form role="search"> on /clients');
    await search.locator('input[name="q"]').fill(CLIENT.family);
    let r = await clickAndWait(page, search.locator('button[type="submit"]').first());
    assert(r && r.status() === 200 && pathOf(page) === '/clients', `searching "${CLIENT.family}": ${await describe(page, r)}`);
    const row = page.locator(`main table tbody a[href="/clients/${CLIENT.id}"]`);
    assert(await row.count() >= 1, `/clients?q=${CLIENT.family} does not list /clients/${CLIENT.id}`);
    r = await clickAndWait(page, row.first());
    assert(r && r.status() === 200 && pathOf(page) === `/clients/${CLIENT.id}`, `opening the client: ${await describe(page, r)}`);
    const e = await readEconomics(page);
    assert(e.tier === P.silver.name, `the client page shows the tier "${e.tier}", want ${P.silver.name}`);
    labels['/clients/N'] = await unlabelled(page);
    await openSaleForm(page, CLIENT);
    const offer = await readOffer(page);
    assert(offer.tier === P.silver.name, `the sale form's offer names the tier "${offer.tier}", want ${P.silver.name}`);
    assert(offer.bp === P.silverBp, `the sale form's #discount shows "${offer.text}", want ${fmtPct(P.silverBp)}`);
  }, { 'the first sale (4)': silverMade });

  // (6) the product choice marks the locomotive.
  const chosen = await check(`(6) searching "${SKU_PREFIX}" lists both products, the locomotive marked (.loco) and the plain one not; "add" puts ${LOCO.sku} on the first line`, async () => {
    const find = page.locator('main section#find form[role="search"]');
    assert(await find.count() === 1, 'no product search form (section#find form[role=search]) on the sale form');
    await find.locator('#f-q').fill(SKU_PREFIX);
    let r = await clickAndWait(page, find.locator('button[type="submit"]'));
    assert(r && r.status() === 200 && pathOf(page) === `/clients/${CLIENT.id}/purchases/new`, `the product search: ${await describe(page, r)}`);
    assert(new URL(page.url()).searchParams.get('q') === SKU_PREFIX, `the search went to ${page.url()}`);
    const picks = await page.locator('main section#find ul.picks > li').evaluateAll((lis) => lis.map((li) => ({
      sku: li.querySelector('code')?.textContent.trim() ?? '',
      loco: !!li.querySelector('.loco'),
      add: li.querySelector('a[href]')?.getAttribute('href') ?? '',
      own: [...li.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '),
    })));
    const skus = picks.map((x) => x.sku).sort();
    assert(JSON.stringify(skus) === JSON.stringify([LOCO.sku, PLAIN.sku].sort()), `the search lists ${skus.join(', ') || 'nothing'}, want ${LOCO.sku} and ${PLAIN.sku}`);
    const loco = picks.find((x) => x.sku === LOCO.sku);
    const plain = picks.find((x) => x.sku === PLAIN.sku);
    assert(loco.loco, `${LOCO.sku} is not marked as a locomotive (no .loco) in the product choice`);
    assert(!plain.loco, `${PLAIN.sku} is marked as a locomotive in the product choice, but it is not one`);
    const priceText = loco.own.replace(LOCO.name, '').replace(/\s+/g, ' ').trim();   // the name has digits too
    assert(shownMoney(priceText) === LOCO.price, `the choice shows ${LOCO.sku} at "${priceText}", want ${fmtMoney(LOCO.price)}`);
    const addHref = `/clients/${CLIENT.id}/purchases/new?sku_0=${LOCO.sku}&qty_0=1`;
    assert(loco.add === addHref, `the "add" link of ${LOCO.sku} is "${loco.add}", want "${addHref}"`);
    r = await clickAndWait(page, page.locator(`main section#find ul.picks > li a[href="${addHref}"]`));
    assert(r && r.status() === 200, `following "add": ${await describe(page, r)}`);
    assert(await page.locator('#f-sku_0').inputValue() === LOCO.sku, `the first line holds "${await page.locator('#f-sku_0').inputValue()}", want ${LOCO.sku}`);
    const priced = await readPriced(page);
    const one = lineTotal(1, LOCO.price, P.silverBp);
    checkPricedRow(priced, LOCO.sku, { loco: true, qty: 1, price: LOCO.price, discount: LOCO.price - one, total: one });
  }, { 'opening the client (5)': opened });

  // (7) two of them, previewed: the discount and the total.
  const previewed = await check(`(7) manager sets ${LOCO_QTY} units and previews: the line and #sale-total show ${LOCO_QTY} x price less Silver's discount (computed here)`, async () => {
    const form = page.locator(`main form[method="post"][action="/clients/${CLIENT.id}/purchases/new"]`);
    await form.locator('#f-qty_0').fill(String(LOCO_QTY));
    const r = await clickAndWait(page, form.locator('button[type="submit"]:not([name])'));
    const f = await firstStatus(r);
    assert(f && f.method === 'POST' && !f.redirected && f.status === 200, `the preview: ${await describe(page, r)}, want the form again (200)`);
    const offer = await readOffer(page);
    assert(offer.tier === P.silver.name && offer.bp === P.silverBp, `the preview's offer reads ${offer.tier} "${offer.text}", want ${P.silver.name} ${fmtPct(P.silverBp)}`);
    const priced = await readPriced(page);
    checkPricedRow(priced, LOCO.sku, { loco: true, qty: LOCO_QTY, price: LOCO.price, discount: P.locoDiscount, total: P.locoTotal });
    assert(priced.rows.length === 1, `the priced table has ${priced.rows.length} rows, want 1`);
    assert(priced.total === P.locoTotal, `#sale-total shows ${priced.total}, want ${fmtMoney(P.locoTotal)}`);
    const expect = await form.locator('input[type="hidden"][name="expect_bp"]').getAttribute('value');
    assert(Number(expect) === P.silverBp, `the form's expect_bp is "${expect}", want ${P.silverBp}`);
    labels['/clients/N/purchases/new'] = await unlabelled(page);
    await shot(page, 'purchases-preview-desktop.png');
  }, { 'the product choice (6)': chosen });

  // (8) saved: the purchase page.
  let purchaseId = null;
  const saved = await check('(8) manager saves the sale: a 303 to /purchases/N showing the total, Silver, the discount percentage and the locomotive line', async () => {
    const save = page.locator(`main form[action="/clients/${CLIENT.id}/purchases/new"] button[type="submit"][name="save"][value="1"]`);
    const r = await clickAndWait(page, save);
    const m = await expectSaved(page, r, /^\/purchases\/(\d+)$/, 'saving the locomotive sale');
    purchaseId = Number(m[1]);
    const h1 = await h1Text(page);
    assert(h1.includes(`#${purchaseId}`), `the purchase page's h1 is "${h1}", want it to include #${purchaseId}`);
    const pur = await readPurchase(page);
    assert(pur.total === P.locoTotal, `#purchase-total shows ${pur.total}, want ${fmtMoney(P.locoTotal)}`);
    assert(pur.dds.includes(P.silver.name), `the purchase's facts (${pur.dds.join(' | ')}) do not name the tier ${P.silver.name}`);
    assert(pur.dds.some((d) => shownPercent(d) === P.silverBp), `no fact of the purchase shows the discount ${fmtPct(P.silverBp)} (${pur.dds.join(' | ')})`);
    assert(pur.dds.some((d) => shownMoney(d) === P.locoGross) && pur.dds.some((d) => shownMoney(d) === P.locoDiscount),
      `the purchase's facts (${pur.dds.join(' | ')}) do not show the gross ${fmtMoney(P.locoGross)} and the discount ${fmtMoney(P.locoDiscount)}`);
    const lines = pur.lines.filter((l) => l.sku === LOCO.sku);
    assert(lines.length === 1, `the purchase page lists ${lines.length} lines of ${LOCO.sku}, want 1`);
    const ln = lines[0];
    assert(ln.loco, `the line of ${LOCO.sku} on the purchase page is not marked as a locomotive`);
    // # | name | qty | price | discount (x%) | total | ...
    assert(Number(ln.td[2]) === LOCO_QTY && shownMoney(ln.td[3]) === LOCO.price && shownPercent(ln.td[4]) === P.silverBp
      && shownMoney(ln.td[4].replace(/\(.*\)/, '')) === P.locoDiscount && shownMoney(ln.td[5]) === P.locoTotal,
    `the line reads ${JSON.stringify(ln.td.slice(2, 6))}, want ${LOCO_QTY}, ${fmtMoney(LOCO.price)}, ${fmtMoney(P.locoDiscount)} (${fmtPct(P.silverBp)}), ${fmtMoney(P.locoTotal)}`);
    labels['/purchases/N'] = await unlabelled(page);
    await shot(page, 'purchases-purchase-desktop.png');
  }, { 'the preview (7)': previewed });

  // (9) promoted to Gold.
  const promoted = await check('(9) the client page shows Gold, the revenue of both sales, the sale and the tier change Silver -> Gold on the timeline; the next sale form offers Gold', async () => {
    const back = page.locator(`main a[href="/clients/${CLIENT.id}"]`);
    assert(await back.count() >= 1, `the purchase page does not link the client /clients/${CLIENT.id}`);
    let r = await clickAndWait(page, back.first());
    assert(r && r.status() === 200 && pathOf(page) === `/clients/${CLIENT.id}`, `back to the client: ${await describe(page, r)}`);
    const e = await readEconomics(page);
    assert(e.tier === P.gold.name, `the client's tier reads "${e.tier}" after spending ${fmtMoney(P.spend2)}, want ${P.gold.name}`);
    assert(e.revenue === P.spend2 && e.purchases === 2, `the client's revenue reads ${e.revenue} over ${e.purchases} sales, want ${fmtMoney(P.spend2)} over 2`);
    const tl = await readTimeline(page);
    const sale = tl.filter((t) => /\btl-purchase\b/.test(t.cls) && t.href === `/purchases/${purchaseId}`);
    assert(sale.length === 1, `the timeline has ${sale.length} entries linking /purchases/${purchaseId}, want 1`);
    assert(shownMoney(sale[0].own) === P.locoTotal, `the sale's timeline entry shows "${sale[0].own}", want the total ${fmtMoney(P.locoTotal)}`);
    assert(sale[0].smalls.some((s) => shownMoney(s) === P.locoDiscount), `the sale's timeline entry does not show the discount ${fmtMoney(P.locoDiscount)} (${sale[0].smalls.join(' | ')})`);
    const tiers = tl.filter((t) => /\btl-tier\b/.test(t.cls));
    const toGold = tiers.filter((t) => t.own === P.gold.name);
    const toSilver = tiers.filter((t) => t.own === P.silver.name);
    assert(tiers.length === 2 && toGold.length === 1 && toSilver.length === 1,
      `the timeline's tier changes read ${JSON.stringify(tiers.map((t) => [t.own, t.smalls]))}, want one to ${P.silver.name} and one to ${P.gold.name}`);
    assert(toGold[0].up && toSilver[0].up, 'the tier changes to Silver and Gold are not marked as promotions (class tier-up)');
    assert(toGold[0].smalls.some((s) => s.includes(P.silver.name)), `the change to ${P.gold.name} does not name the tier before, ${P.silver.name} (${toGold[0].smalls.join(' | ')})`);
    await shot(page, 'purchases-client-desktop.png');
    await openSaleForm(page, CLIENT);
    const offer = await readOffer(page);
    assert(offer.tier === P.gold.name && offer.bp === P.goldBp, `the next sale's offer reads ${offer.tier} "${offer.text}", want ${P.gold.name} ${fmtPct(P.goldBp)}`);
  }, { 'saving the sale (8)': saved });

  // (10) the manager's home page tells them to tell the client.
  await check('(10) the manager\'s home page lists the client\'s promotion to Gold to tell; marking the client\'s changes told removes them', async () => {
    let r = await page.goto(url('/'));
    assert(r && r.status() === 200, `GET / answered ${r?.status()}`);
    const mine = () => page.locator('main section#tell li').filter({ has: page.locator(`a[href="/clients/${CLIENT.id}"]`) });
    const items = await mine().evaluateAll((lis) => lis.map((li) => li.querySelector('strong')?.textContent.trim() ?? ''));
    assert(items.includes(P.gold.name), `the home page's section#tell lists ${items.length ? items.join(', ') : 'nothing'} for /clients/${CLIENT.id}, want ${P.gold.name}`);
    for (let i = 0; i < 5 && await mine().count(); i++) {
      const form = mine().first().locator('form[method="post"][action^="/tier-changes/"]');
      assert(await form.count() === 1, 'no "told" form in the home page entry');
      r = await clickAndWait(page, form.locator('button[type="submit"]'));
      await expectSaved(page, r, /^\/$/, 'marking the change told');
    }
    assert(await mine().count() === 0, 'the home page still lists the client\'s tier changes after marking them told');
  }, { 'the promotion (9)': promoted });

  // (11) phone width.
  await check(`(11) at ${PHONE_WIDTH}px the sale form (with the locomotive line) and the purchase page have no horizontal scroll and their buttons are in view`, async () => {
    await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
    try {
      const bad = [];
      const pages = [
        [`/clients/${CLIENT.id}/purchases/new?sku_0=${LOCO.sku}&qty_0=${LOCO_QTY}`, 'purchases-form-phone.png', `main form[action="/clients/${CLIENT.id}/purchases/new"] button[name="save"]`],
        [`/purchases/${purchaseId}`, 'purchases-purchase-phone.png', `main form[action="/purchases/${purchaseId}/return"] button[type="submit"]`],
      ];
      for (const [p, name, button] of pages) {
        const r = await page.goto(url(p));
        assert(r && r.status() === 200, `GET ${p} answered ${r?.status()}`);
        if (p.includes('/purchases/new')) {
          assert(await page.locator('main table#priced .loco').count() === 1, `${p} at ${PHONE_WIDTH}px has no priced locomotive line`);
        }
        const m = await overflow(page);
        await shot(page, name);
        if (m.sw > m.cw) bad.push(`${p}: scrollWidth ${m.sw} > clientWidth ${m.cw} (${m.wide.join(', ')})`);
        const btn = page.locator(button);
        if (await btn.count() !== 1) {
          bad.push(`${p}: no ${button}`);
        } else {
          const box = await btn.boundingBox();
          if (!box || box.x < 0 || box.x + box.width > PHONE_WIDTH + 0.5) bad.push(`${p}: ${button} lies outside the viewport (${JSON.stringify(box)})`);
        }
      }
      assert(bad.length === 0, bad.join('; '));
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, { 'saving the sale (8)': saved });

  if (managerIn) {
    try { await page.goto(url('/')); await signOut(page); } catch (e) { note(`manager sign-out: ${e.message.split('\n')[0]}`); }
  }
  await ctx.close();

  // (12) labels.
  await check('(12) every input, select and textarea on /admin/tiers, the client page, the sale form and the purchase page has a label', async () => {
    const want = ['/admin/tiers', '/clients/N', '/clients/N/purchases/new', '/purchases/N'];
    const missing = [];
    for (const k of want) {
      const r = labels[k];
      assert(r, `${k} was not read (an earlier step failed)`);
      assert(r.count >= 1, `${k} has no inputs at all`);
      missing.push(...r.missing.map((m) => `${k}: ${m}`));
    }
    assert(labels['/clients/N/purchases/new'].count >= 20, `the sale form has only ${labels['/clients/N/purchases/new'].count} inputs`);
    assert(missing.length === 0, `no label for ${missing.join(', ')}`);
  });

  // (13) console errors and failed requests, over the whole run.
  await check('(13) no console errors, page errors, failed requests or HTTP errors, with and without JavaScript', async () => {
    const problems = watchers.flatMap((x) => x.take());
    const seen = watchers.reduce((n, x) => n + x.responses.length, 0);
    assert(seen > 10, `only ${seen} responses were seen`);
    assert(problems.length === 0, [...new Set(problems)].join('; '));
  });
}

await runTest('browser (purchases)', RUN_LIMIT_MS, main);
