#!/usr/bin/env node
// Browser test of plans, the leaderboard and recognition: the employee-of-the-month scenario
//
//   "a manager sets plans, sales are recorded, the board ranks them, the manager confirms the
//    employee of the month and approves the bonus"
//
//   node board.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]
//
// LOGINS_FILE holds one `username password role` per line (roles admin, manager, agent),
// as written by `scripts/dev start` to $CRM_VAR/demo-logins.txt.
//
// Uses Debian's /usr/bin/chromium through playwright-core (never a downloaded browser),
// headless, with a fresh temporary profile that is removed at the end.
//
// The board of the current month ranks every active seller, and the database is shared with the
// tests that ran before (the http tests, the other browser tests), so the run makes its own people
// and reads what it cannot make:
//  - the admin sets the rules to known values on /admin/motivation (employee of the month at 100%
//    of the plan, a bonus of 10% of the weighted revenue above the plan), keeping the others as
//    found, and puts them all back at the end;
//  - the admin makes a team and three agents with names unique to the run, Ana, Ben and Cora, and
//    puts them in the team (/admin/staff);
//  - the manager reads the all-staff board first: the best weighted revenue on it so far, the
//    company's weighted revenue, and on /plans the company's plan (none is set here);
//  - the manager makes three products (a locomotive weighing 1.5, a plain one weighing 0.5, both
//    at 200.00, and a locomotive "prize" weighing 1.5, priced so that Ana passes everyone on the
//    board) and a client for each agent;
//  - the manager sets Ana's plan (just above the board's best so far) and, with JavaScript
//    disabled, Ben's (320.00); Cora gets none;
//  - the manager records the sales, choosing the seller: Ana 2 prizes and 1 plain, then 1
//    locomotive; Ben 1 locomotive; Cora 3 plain. Ben's and Cora's weighted revenues are equal
//    (1 x 200 x 1.5 = 3 x 200 x 0.5), so the documented tie rule (then plain revenue) puts Cora
//    above Ben, although Ben sold a locomotive;
//  - the board (all staff and the team's; ranks, change since yesterday, every figure of the
//    three), the chart's text alternative, the wall-board, and Ben's own view (signed in as him:
//    his row marked, no private revenue, his own month: rank, plan, achievement, what is left);
//  - the rewards page: Ana is proposed and confirmed as employee of the month, her bonus is
//    approved once (a second approval is refused) and is in the log and the payroll CSV; the
//    wall-board and her own page (hall of fame, rewards) name her;
//  - the board and the rewards page at phone width; every field of /plans, /rewards,
//    /admin/motivation and /admin/staff labelled;
//  - at the end the admin disables the three agents (so that the current month's board does not
//    grow run after run: disabled people leave it) and retires the team.
// Every figure checked is computed here from the prices, quantities, weights, plans and the
// discount the sale form offers (line total = quantity x price less the discount, rounded half
// up; weighted = total x weight, rounded half up; achievement = weighted / plan in basis points,
// rounded half up, shown like "93.75%"; bonus = 10% of weighted above plan, rounded half up),
// never copied from the pages. The users' languages are left as they are (the new agents get
// en, fil and ms): the checks match on ids, names, classes, data- attributes, URLs and numbers,
// never on translated text; money is compared by its digits (always two decimals).
// Prints one `ok - browser: ...` or `not ok - browser: ... <reason>` line per check and exits 0
// only if every check passed. A check that could not be carried out (because an earlier step
// failed) is printed as `not ok`, never as `ok`.

import { assert, check, newContext, note, notOk, runTest } from './harness.mjs';
import { site, startRun } from './site.mjs';
import fs from 'node:fs';
import path from 'node:path';

const RUN_LIMIT_MS = 240_000;       // hard stop; a normal run takes about a minute
const PHONE_WIDTH = 375;
const EOM_MIN_BP = 10000;           // the rule the run sets: employee of the month at 100% of plan
const BONUS_BP = 1000;              // and a bonus of 10% of the weighted revenue above plan
const MONEY_MAX = 100000000000;     // the largest price or plan (1,000,000,000.00)

// ---------------------------------------------------------------- arguments

const [baseArg, loginsFile, shotDir] = process.argv.slice(2);
if (!baseArg || !loginsFile) {
  console.error('usage: node board.mjs BASE_URL LOGINS_FILE [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const url = (p) => BASE + p;
const { createClient, createProduct, watch, clickAndWait, firstStatus, describe, expectSaved, signIn, signOut, navTo, unlabelled, shot, overflow, hundredths, shownMoney, shownPercent, pathOf } = site(BASE, shotDir);

// ---------------------------------------------------------------- this run's data

const STAMP = Date.now();
const TAG36 = STAMP.toString(36).toUpperCase();
const tag = TAG36.toLowerCase();
const TEAM = { name: `Board team ${TAG36}`, id: null };
// Created in this order, so their staff ids ascend Ana < Ben < Cora (the last tie-break).
const password = () => `Bt-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const ANA = { key: 'Ana', username: `board-ana-${tag}`, name: `Ana Board ${TAG36}`, language: 'en', password: password(), id: null };
const BEN = { key: 'Ben', username: `board-ben-${tag}`, name: `Ben Board ${TAG36}`, language: 'fil', password: password(), id: null };
const CORA = { key: 'Cora', username: `board-cora-${tag}`, name: `Cora Board ${TAG36}`, language: 'ms', password: password(), id: null };
const PEOPLE = [ANA, BEN, CORA];
const SKU_PREFIX = `BB-${TAG36}-`;
const LOCO = { sku: `${SKU_PREFIX}LOCO`, name: `Board locomotive ${TAG36}`, locomotive: true, price: 20000, weight: 1500, id: null };
const PLAIN = { sku: `${SKU_PREFIX}PLAIN`, name: `Board plain ${TAG36}`, locomotive: false, price: 20000, weight: 500, id: null };
const PRIZE = { sku: `${SKU_PREFIX}PRIZE`, name: `Board prize ${TAG36}`, locomotive: true, price: null, weight: 1500, id: null };
const clientFor = (p) => ({ given: p.key, family: `Board-${p.key}-${tag}`, email: `board-${p.key.toLowerCase()}-${tag}@example.org`, id: null });
const CLIENTS = { Ana: clientFor(ANA), Ben: clientFor(BEN), Cora: clientFor(CORA) };
const BEN_PLAN = 32000;             // 320.00: Ben's 300.00 weighted (no discount) is 93.75% of it

// ---------------------------------------------------------------- arithmetic (minor units, basis points)

const big = (x) => BigInt(x);
// n / d rounded half up, for n >= 0, d > 0 (BigInt).
const roundHalfUp = (n, d) => (2n * n + d) / (2n * d);
// A line's total: qty x price less discount_bp, rounded half up.
const lineTotal = (qty, price, bp) => Number(roundHalfUp(big(qty) * big(price) * big(10000 - bp), 10000n));
// A line's weighted revenue: its total x weight (thousandths), rounded half up.
const lineWeighted = (total, milli) => Number(roundHalfUp(big(total) * big(milli), 1000n));
// weighted / plan in basis points, rounded half up (achievement, contribution).
const shareBp = (w, plan) => Number(roundHalfUp(big(w) * 10000n, big(plan)));
// The percentage bonus: bp of the weighted revenue above plan, rounded half up; 0 at or below it.
const bonusOf = (w, plan, bp) => (w > plan ? Number(roundHalfUp(big(w - plan) * big(bp), 10000n)) : 0);
// Basis points as the pages print a percentage (percent() drops the fraction's trailing zeros): "93.75%", "200%", "112.5%".
function pctText(bp) {
  const frac = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return `${Math.floor(bp / 100)}${frac ? `.${frac}` : ''}%`;
}
// Minor units as form input ("1234.50": no grouping).
const moneyInput = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const fmtMoney = (minor) => (minor < 0 ? '-' : '') + moneyInput(Math.abs(minor));

// The board's documented order: weighted revenue, then revenue, locomotive units, number of
// sales (all descending), then staff id ascending.
function boardCmp(a, b) {
  for (const k of ['weighted', 'revenue', 'units', 'sales']) if (a[k] !== b[k]) return b[k] - a[k];
  return a.id - b.id;
}

// ---------------------------------------------------------------- helpers (as in purchases.mjs)

const textOf = async (loc) => ((await loc.textContent()) ?? '').replace(/\s+/g, ' ').trim();

// A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// ---------------------------------------------------------------- the pages

// /admin/motivation: the rules as the form holds them.
async function readRules(page) {
  const form = page.locator('main form[method="post"][action="/admin/motivation"]');
  assert(await form.count() === 1, `no <form method="post" action="/admin/motivation"> on ${pathOf(page)}`);
  return {
    eom: await form.locator('#f-eom_min_percent').inputValue(),
    rule: await form.locator('select#f-bonus_rule').inputValue(),
    percent: await form.locator('#f-bonus_percent').inputValue(),
    steps: await form.locator('#f-bonus_steps').inputValue(),
    private: await form.locator('input[type="checkbox"][name="revenue_private"]').isChecked(),
  };
}

// Fills and posts the rules form; expects a 303 back to /admin/motivation.
async function writeRules(page, r, what) {
  const form = page.locator('main form[method="post"][action="/admin/motivation"]');
  await form.locator('#f-eom_min_percent').fill(r.eom);
  await form.locator('select#f-bonus_rule').selectOption(r.rule);
  await form.locator('#f-bonus_percent').fill(r.percent);
  await form.locator('#f-bonus_steps').fill(r.steps);
  await form.locator('input[type="checkbox"][name="revenue_private"]').setChecked(r.private);
  const resp = await clickAndWait(page, form.locator('button[type="submit"]'));
  await expectSaved(page, resp, /^\/admin\/motivation$/, what);
}
const rulesText = (r) => `eom ${r.eom}%, ${r.rule} ${r.percent}%, steps "${r.steps}", revenue ${r.private ? 'private' : 'public'}`;

// /admin/staff/new as the admin; finds the new member's id on /admin/staff (tr#staff-N).
async function createStaff(page, p) {
  await navTo(page, '/admin/staff');
  let resp = await clickAndWait(page, page.locator('main a[href="/admin/staff/new"]').first());
  assert(resp && resp.status() === 200 && pathOf(page) === '/admin/staff/new', `opening the new-staff form: ${await describe(page, resp)}`);
  const form = page.locator('main form[method="post"][action="/admin/staff/new"]');
  assert(await form.count() === 1, 'no <form method="post" action="/admin/staff/new">');
  await form.locator('#username').fill(p.username);
  await form.locator('#full_name').fill(p.name);
  await form.locator('select#role').selectOption('agent');
  await form.locator('select#language').selectOption(p.language);
  await form.locator('#password').fill(p.password);
  resp = await clickAndWait(page, form.locator('button[type="submit"].primary'));
  await expectSaved(page, resp, /^\/admin\/staff$/, `saving the agent ${p.username}`);
  const ids = await page.locator('main table tbody tr[id^="staff-"]').evaluateAll((trs, u) => trs
    .filter((tr) => [...tr.querySelectorAll('td')].some((td) => td.textContent.trim() === u))
    .map((tr) => Number(tr.id.slice('staff-'.length))), p.username);
  assert(ids.length === 1 && ids[0] > 0, `/admin/staff lists ${ids.length} rows for ${p.username}, want 1`);
  p.id = ids[0];
}

// /plans: the weighted plan field of one row (staff id, or 'company') as hundredths, or null when empty.
async function readPlan(page, who) {
  const input = page.locator(`main table#plans input#w-${who}[name="weighted"]`);
  assert(await input.count() === 1, `no plan field #w-${who} on /plans (${await describe(page, null)})`);
  const v = await input.inputValue();
  if (v.trim() === '') return null;
  const h = hundredths(v);
  assert(h !== null, `the plan field #w-${who} holds "${v}", not an amount`);
  return h;
}

// On /plans (already open for the month), sets one person's weighted plan and reads it back.
async function setPlan(page, month, p, plan) {
  const row = page.locator(`main table#plans tr[data-staff="${p.id}"]`);
  assert(await row.count() === 1, `/plans has ${await row.count()} rows for ${p.name} (data-staff="${p.id}"), want 1`);
  const form = row.locator('form[method="post"][action="/plans"]');
  assert(await form.count() === 1, `the row of ${p.name} on /plans has no <form method="post" action="/plans">`);
  const hidden = {
    month: await form.locator('input[type="hidden"][name="month"]').getAttribute('value'),
    staff: await form.locator('input[type="hidden"][name="staff"]').getAttribute('value'),
  };
  assert(hidden.month === month && hidden.staff === String(p.id), `the row's form posts month "${hidden.month}", staff "${hidden.staff}"; want ${month}, ${p.id}`);
  await form.locator(`#w-${p.id}`).fill(moneyInput(plan));
  const resp = await clickAndWait(page, form.locator('button[type="submit"]'));
  const f = await firstStatus(resp);
  assert(f && f.method === 'POST' && f.status === 303 && resp.status() === 200 && pathOf(page) === '/plans'
    && new URL(page.url()).searchParams.get('month') === month,
  `saving ${p.name}'s plan ${fmtMoney(plan)}: ${await describe(page, resp)}, want a 303 to /plans?month=${month}`);
  const got = await readPlan(page, p.id);
  assert(got === plan, `${p.name}'s plan reads back as ${got === null ? 'empty' : fmtMoney(got)}, want ${fmtMoney(plan)}`);
}

// Records one sale from the client's page with the seller chosen; checks the total on the
// purchase page against the lines priced here at the discount the form offers. Returns the
// sale's figures.
async function recordSale(page, client, lines, seller) {
  let r = await page.goto(url(`/clients/${client.id}`));
  assert(r && r.status() === 200, `GET /clients/${client.id} answered ${r?.status()}`);
  const link = page.locator(`main a[href="/clients/${client.id}/purchases/new"]`);
  assert(await link.count() >= 1, `no link to /clients/${client.id}/purchases/new on the client page`);
  r = await clickAndWait(page, link.first());
  assert(r && r.status() === 200 && pathOf(page) === `/clients/${client.id}/purchases/new`, `opening the sale form: ${await describe(page, r)}`);
  const disc = page.locator('main section#offer #discount');
  assert(await disc.count() === 1, 'no #discount in the sale form\'s offer');
  const bp = shownPercent(await textOf(disc));
  assert(bp !== null && bp >= 0 && bp <= 10000, `the offer's #discount reads "${await textOf(disc)}"`);
  const form = page.locator(`main form[method="post"][action="/clients/${client.id}/purchases/new"]`);
  assert(await form.count() === 1, `no post form to /clients/${client.id}/purchases/new`);
  lines.forEach((ln, i) => { ln.slot = i; });
  for (const ln of lines) {
    await form.locator(`#f-sku_${ln.slot}`).fill(ln.product.sku);
    await form.locator(`#f-qty_${ln.slot}`).fill(String(ln.qty));
  }
  const sel = form.locator('select#f-seller');
  assert(await sel.count() === 1, 'the manager\'s sale form has no seller choice (select#f-seller)');
  const opts = await sel.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert(opts.includes(String(seller.id)), `the seller choice does not offer ${seller.name} (value ${seller.id})`);
  await sel.selectOption(String(seller.id));
  const expect = await form.locator('input[type="hidden"][name="expect_bp"]').getAttribute('value');
  assert(Number(expect) === bp, `the form's expect_bp is "${expect}" but the offer shows ${pctText(bp)}`);
  r = await clickAndWait(page, form.locator('button[type="submit"][name="save"][value="1"]'));
  const m = await expectSaved(page, r, /^\/purchases\/(\d+)$/, `saving the sale to ${client.family} for ${seller.name}`);
  let total = 0;
  let weighted = 0;
  let units = 0;
  for (const ln of lines) {
    const t = lineTotal(ln.qty, ln.product.price, bp);
    total += t;
    weighted += lineWeighted(t, ln.product.weight);
    if (ln.product.locomotive) units += ln.qty;
  }
  const shown = page.locator('main #purchase-total');
  assert(await shown.count() === 1, `no #purchase-total on /purchases/${m[1]}`);
  assert(shownMoney(await textOf(shown)) === total, `#purchase-total shows "${await textOf(shown)}", want ${fmtMoney(total)} (at ${pctText(bp)} off)`);
  return { id: Number(m[1]), bp, total, weighted, units };
}

// The board of the page that is open: its rows in order, and the company's weighted revenue.
async function readBoard(page) {
  const rows = await page.locator('main table#board tbody tr[data-staff]').evaluateAll((trs) => trs.map((tr) => {
    const cell = (c) => tr.querySelector(`td.${c}`)?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const ch = tr.querySelector('small.change[data-change]');
    return {
      id: Number(tr.dataset.staff),
      me: tr.classList.contains('me'),
      rank: Number(tr.querySelector('strong.rank')?.textContent.trim() ?? 'NaN'),
      change: ch ? ch.dataset.change : null,
      weighted: cell('weighted'),
      achievement: cell('achievement'),
      contribution: cell('contribution'),
      revenue: cell('revenue'),
      units: cell('units'),
      sales: cell('sales'),
    };
  }));
  const cw = page.locator('main #company-weighted');
  const companyWeighted = await cw.count() === 1 ? shownMoney(await textOf(cw)) : null;
  return { rows, companyWeighted, companyRevenueShown: await page.locator('main #company-revenue').count() > 0 };
}

// Opens the board of `month` (and `team`, or all) through the filter form of the board page.
async function showBoard(page, month, team) {
  const form = page.locator('main form[method="get"][action="/leaderboard"]');
  assert(await form.count() === 1, `no <form method="get" action="/leaderboard"> on ${pathOf(page)}`);
  await form.locator('#f-month').fill(month);
  await form.locator('select#f-team').selectOption(team ? String(team) : '');
  const r = await clickAndWait(page, form.locator('button[type="submit"]'));
  const q = new URL(page.url()).searchParams;
  assert(r && r.status() === 200 && pathOf(page) === '/leaderboard' && q.get('month') === month && (q.get('team') ?? '') === (team ? String(team) : ''),
    `showing the board of ${month}${team ? ` for team ${team}` : ''}: ${await describe(page, r)} (${page.url()})`);
}

// Opens /rewards for `month` through its filter form (the page shows last month by default).
async function showRewards(page, month) {
  const form = page.locator('main form[method="get"][action="/rewards"]');
  assert(await form.count() === 1, `no <form method="get" action="/rewards"> on ${pathOf(page)}`);
  await form.locator('#f-month').fill(month);
  const r = await clickAndWait(page, form.locator('button[type="submit"]'));
  assert(r && r.status() === 200 && pathOf(page) === '/rewards' && new URL(page.url()).searchParams.get('month') === month,
    `showing the rewards of ${month}: ${await describe(page, r)}`);
}

// The rewards log: one entry per row (data-reward, data-staff, the source class, the amount's digits).
async function readLog(page) {
  return page.locator('main section#log table tbody tr[data-reward]').evaluateAll((trs) => trs.map((tr) => ({
    id: Number(tr.dataset.reward),
    staff: Number(tr.dataset.staff),
    source: [...tr.classList].find((c) => c.startsWith('source-'))?.slice('source-'.length) ?? '',
    amount: tr.querySelector('td.num')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
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
  console.log(`# this run: team "${TEAM.name}", agents ${PEOPLE.map((p) => p.username).join(', ')}, products ${SKU_PREFIX}*`);

  const watchers = [];
  const ctx = await newContext();
  const w = watch(ctx, 'with JavaScript');
  watchers.push(w);
  const page = await ctx.newPage();
  const labels = {};

  // (1) known rules.
  let rulesBefore = null;
  let rulesSet = false;
  let adminIn = false;
  const rules = await check(`(1) admin sets the rules on /admin/motivation (employee of the month at ${pctText(EOM_MIN_BP)}, a bonus of ${pctText(BONUS_BP)} above plan, the rest as found) and they read back`, async () => {
    await signIn(page, admin);
    adminIn = true;
    await navTo(page, '/admin/motivation');
    rulesBefore = await readRules(page);
    console.log(`# rules found: ${rulesText(rulesBefore)}`);
    const want = { ...rulesBefore, eom: String(EOM_MIN_BP / 100), rule: 'percent', percent: String(BONUS_BP / 100) };
    rulesSet = true;
    await writeRules(page, want, 'saving the rules');
    const got = await readRules(page);
    assert(hundredths(got.eom) === EOM_MIN_BP && got.rule === 'percent' && hundredths(got.percent) === BONUS_BP
      && got.steps === rulesBefore.steps && got.private === rulesBefore.private,
    `the rules read back as ${rulesText(got)}, want ${rulesText(want)}`);
  });

  // (2) the team and the three agents.
  let teamsByUi = false;
  const people = await check(`(2) admin makes the team "${TEAM.name}" on /admin/teams and the agents ${PEOPLE.map((p) => p.name).join(', ')} on /admin/staff/new, and puts them in the team`, async () => {
    await navTo(page, '/admin/teams');
    const add = page.locator('main form[method="post"][action="/admin/teams"]');
    assert(await add.count() === 1, 'no <form method="post" action="/admin/teams">');
    await add.locator('#f-name').fill(TEAM.name);
    let resp = await clickAndWait(page, add.locator('button[type="submit"]'));
    await expectSaved(page, resp, /^\/admin\/teams$/, `saving the team "${TEAM.name}"`);
    const ids = await page.locator('main form[method="post"][action^="/admin/teams/"]').evaluateAll((forms, n) => forms
      .filter((f) => f.querySelector('input[name="name"]')?.value === n)
      .map((f) => Number(/^\/admin\/teams\/(\d+)$/.exec(f.getAttribute('action'))?.[1])), TEAM.name);
    assert(ids.length === 1 && ids[0] > 0, `/admin/teams lists ${ids.length} forms for "${TEAM.name}", want 1`);
    TEAM.id = ids[0];
    for (const p of PEOPLE) await createStaff(page, p);
    assert(ANA.id < BEN.id && BEN.id < CORA.id, `the agents' ids do not ascend in the order made: ${PEOPLE.map((p) => `${p.key} ${p.id}`).join(', ')}`);
    console.log(`# team ${TEAM.id}; agents ${PEOPLE.map((p) => `${p.key} ${p.id}`).join(', ')}`);
    teamsByUi = await page.locator(`main form[method="post"][action="/admin/staff/${ANA.id}/team"] select[name="team"]`).count() === 1;
    if (!teamsByUi) {
      note('/admin/staff has no team choice for a staff member (no form to /admin/staff/N/team): the team board was not checked, only the order of the run\'s agents on the all-staff board');
      return;
    }
    for (const p of PEOPLE) {
      const form = page.locator(`main form[method="post"][action="/admin/staff/${p.id}/team"]`);
      await form.locator(`select#team-${p.id}`).selectOption(String(TEAM.id));
      resp = await clickAndWait(page, form.locator('button[type="submit"]'));
      await expectSaved(page, resp, /^\/admin\/staff$/, `putting ${p.name} in the team`);
      const chosen = await page.locator(`main select#team-${p.id}`).inputValue();
      assert(chosen === String(TEAM.id), `${p.name}'s team reads back as "${chosen}", want ${TEAM.id}`);
    }
    labels['/admin/staff'] = await unlabelled(page);
  }, { 'the rules (1)': rules });
  if (adminIn) {
    try { await page.goto(url('/')); await signOut(page); adminIn = false; } catch (e) { note(`admin sign-out: ${e.message.split('\n')[0]}`); }
  }

  // (3) the board before any sale: the best so far, the company's weighted revenue and plan.
  let MONTH = null;
  let before = null;
  let companyPlan = null;
  let managerIn = false;
  const start = await check('(3) manager opens the leaderboard: the run\'s agents are on it with nothing sold; the best weighted revenue so far and the company\'s plan are read', async () => {
    await ctx.clearCookies();
    await signIn(page, manager);
    managerIn = true;
    const lang = await page.locator('html').getAttribute('lang');
    if (lang !== 'en') note(`the manager's pages are in "${lang}"; the checks match ids, names, classes, URLs and numbers, not text`);
    await navTo(page, '/leaderboard');
    MONTH = await page.locator('main form[action="/leaderboard"] #f-month').inputValue();
    assert(/^\d{4}-(0[1-9]|1[0-2])$/.test(MONTH), `the board's month field holds "${MONTH}", want the current month YYYY-MM`);
    const d = new Date();
    const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
    if (MONTH !== local) note(`the board's current month ${MONTH} differs from this machine's ${local}`);
    before = await readBoard(page);
    assert(before.companyWeighted !== null, 'no #company-weighted on the board');
    for (const p of PEOPLE) {
      const row = before.rows.find((x) => x.id === p.id);
      assert(row, `the board of ${MONTH} has no row for the new agent ${p.name} (data-staff="${p.id}")`);
      assert(shownMoney(row.weighted) === 0 && row.units === '0' && row.sales === '0',
        `${p.name}'s row before any sale reads weighted "${row.weighted}", units "${row.units}", sales "${row.sales}"; want 0, 0, 0`);
    }
    const others = before.rows.filter((x) => !PEOPLE.some((p) => p.id === x.id)).map((x) => shownMoney(x.weighted));
    before.best = Math.max(0, ...others);
    console.log(`# board ${MONTH} before: ${before.rows.length} people, best weighted ${fmtMoney(before.best)}, company weighted ${fmtMoney(before.companyWeighted)}`);
    await navTo(page, '/plans');
    companyPlan = await readPlan(page, 'company');
    for (const p of PEOPLE) assert(await readPlan(page, p.id) === null, `${p.name} already has a plan on /plans`);
    console.log(`# company plan of ${MONTH}: ${companyPlan === null ? 'none' : fmtMoney(companyPlan)}`);
  }, { 'the agents (2)': people });

  // The run's figures: Ana's plan 1,000.00 above the best so far; the prize priced so that two of
  // them pass that plan even at a 50% discount.
  let ANA_PLAN = null;
  if (start) {
    ANA_PLAN = before.best + 100000;
    PRIZE.price = Math.ceil(ANA_PLAN * 2 / 3 / 100) * 100 + 100;
    if (ANA_PLAN > MONEY_MAX || PRIZE.price > MONEY_MAX) notOk('the run\'s figures', `the best weighted revenue so far, ${fmtMoney(before.best)}, leaves no room below the largest price`);
    console.log(`# plans: ${ANA.key} ${fmtMoney(ANA_PLAN)}, ${BEN.key} ${fmtMoney(BEN_PLAN)}, ${CORA.key} none; prize at ${fmtMoney(PRIZE.price)}`);
  }

  // (4) the products and clients.
  const made = await check(`(4) manager adds the products ${LOCO.sku} (locomotive, weight 1.5), ${PLAIN.sku} (weight 0.5), ${PRIZE.sku} (locomotive, weight 1.5) and a client for each agent`, async () => {
    assert(ANA_PLAN <= MONEY_MAX && PRIZE.price <= MONEY_MAX, 'the prize would cost more than the largest price');
    for (const p of [LOCO, PLAIN, PRIZE]) await createProduct(page, p);
    for (const c of Object.values(CLIENTS)) await createClient(page, c);
  }, { 'the board before (3)': start });

  // (5) Ana's plan with JavaScript.
  const planA = await check(`(5) manager sets ${ANA.name}'s plan on /plans (${ANA_PLAN === null ? '?' : fmtMoney(ANA_PLAN)}): a 303 back to the month, the field reads it back`, async () => {
    await navTo(page, '/plans');
    await page.locator('main form[method="get"][action="/plans"] #f-month').fill(MONTH);
    const r = await clickAndWait(page, page.locator('main form[method="get"][action="/plans"] button[type="submit"]'));
    assert(r && r.status() === 200 && new URL(page.url()).searchParams.get('month') === MONTH, `showing the plans of ${MONTH}: ${await describe(page, r)}`);
    await setPlan(page, MONTH, ANA, ANA_PLAN);
    labels['/plans'] = await unlabelled(page);
    await shot(page, 'board-plans-desktop.png');
  }, { 'the products and clients (4)': made });

  // (6) Ben's plan without JavaScript.
  const noJs = await newContext({ javaScriptEnabled: false });
  const wn = watch(noJs, 'without JavaScript');
  watchers.push(wn);
  const p2 = await noJs.newPage();
  const planB = await check(`(6) with JavaScript disabled, the manager sets ${BEN.name}'s plan (${fmtMoney(BEN_PLAN)}) on /plans; ${ANA.name}'s stays and ${CORA.name} has none`, async () => {
    await signIn(p2, manager);
    const r = await p2.goto(url(`/plans?month=${MONTH}`));
    assert(r && r.status() === 200, `GET /plans?month=${MONTH} answered ${r?.status()}`);
    await setPlan(p2, MONTH, BEN, BEN_PLAN);
    assert(await readPlan(p2, ANA.id) === ANA_PLAN, `${ANA.name}'s plan changed when ${BEN.name}'s was set`);
    assert(await readPlan(p2, CORA.id) === null, `${CORA.name} has a plan, but none was set`);
    assert(await readPlan(p2, 'company') === companyPlan, 'the company\'s plan changed when a person\'s was set');
    await signOut(p2);
  }, { 'the products and clients (4)': made });
  await noJs.close();

  // (7) the sales, the manager choosing the seller.
  const sold = {};
  const sales = await check(`(7) manager records the sales choosing the seller: ${ANA.key} 2 x ${PRIZE.sku} + 1 x ${PLAIN.sku}, then 1 x ${LOCO.sku}; ${BEN.key} 1 x ${LOCO.sku}; ${CORA.key} 3 x ${PLAIN.sku}; each purchase's total as computed`, async () => {
    const plan = [
      [ANA, [{ product: PRIZE, qty: 2 }, { product: PLAIN, qty: 1 }]],
      [ANA, [{ product: LOCO, qty: 1 }]],
      [BEN, [{ product: LOCO, qty: 1 }]],
      [CORA, [{ product: PLAIN, qty: 3 }]],
    ];
    for (const [p, lines] of plan) {
      const s = await recordSale(page, CLIENTS[p.key], lines, p);
      const t = sold[p.key] ?? (sold[p.key] = { weighted: 0, revenue: 0, units: 0, sales: 0, bps: [] });
      t.weighted += s.weighted;
      t.revenue += s.total;
      t.units += s.units;
      t.sales += 1;
      t.bps.push(s.bp);
    }
    console.log(`# sold: ${PEOPLE.map((p) => `${p.key} weighted ${fmtMoney(sold[p.key].weighted)}, revenue ${fmtMoney(sold[p.key].revenue)}, ${sold[p.key].units} units, ${sold[p.key].sales} sales at ${sold[p.key].bps.map(pctText).join('/')} off`).join('; ')}`);
    assert(sold.Ana.weighted > before.best && sold.Ana.weighted >= ANA_PLAN,
      `${ANA.name}'s weighted revenue ${fmtMoney(sold.Ana.weighted)} does not pass the board's best ${fmtMoney(before.best)} and her plan ${fmtMoney(ANA_PLAN)} (discounts ${sold.Ana.bps.map(pctText).join(', ')})`);
    if (sold.Ben.weighted === sold.Cora.weighted) {
      assert(sold.Cora.revenue > sold.Ben.revenue, 'the tie: Cora\'s revenue is not above Ben\'s');
    } else {
      note(`${BEN.key}'s and ${CORA.key}'s clients were offered different discounts (${sold.Ben.bps[0]} and ${sold.Cora.bps[0]} bp), so their weighted revenues differ and the tie rule was not exercised`);
    }
  }, { 'Ana\'s plan (5)': planA, 'Ben\'s plan (6)': planB });

  // What the board must show for each of the run's people, computed here.
  const expected = {};
  if (sales) {
    for (const p of PEOPLE) {
      const s = sold[p.key];
      const plan = p === ANA ? ANA_PLAN : p === BEN ? BEN_PLAN : null;
      expected[p.key] = {
        id: p.id, weighted: s.weighted, revenue: s.revenue, units: s.units, sales: s.sales, plan,
        achievement: plan ? pctText(shareBp(s.weighted, plan)) : null,
        contribution: companyPlan ? pctText(shareBp(s.weighted, companyPlan)) : null,
      };
    }
  }
  const mineSorted = () => PEOPLE.map((p) => expected[p.key]).sort(boardCmp);
  const nameOf = (id) => PEOPLE.find((p) => p.id === id)?.key ?? `staff ${id}`;
  // Checks one row of the board against what was computed for its person.
  function checkRow(row, e, who) {
    const bad = [];
    if (shownMoney(row.weighted) !== e.weighted) bad.push(`weighted "${row.weighted}", want ${fmtMoney(e.weighted)}`);
    if (e.achievement ? row.achievement !== e.achievement : /\d/.test(row.achievement ?? '')) bad.push(`achievement "${row.achievement}", want ${e.achievement ?? 'none (no plan)'}`);
    if (e.contribution ? row.contribution !== e.contribution : /\d/.test(row.contribution ?? '')) bad.push(`contribution "${row.contribution}", want ${e.contribution ?? 'none (no company plan)'}`);
    if (row.units !== String(e.units)) bad.push(`units "${row.units}", want ${e.units}`);
    if (row.sales !== String(e.sales)) bad.push(`sales "${row.sales}", want ${e.sales}`);
    if (row.revenue !== null && shownMoney(row.revenue) !== e.revenue) bad.push(`revenue "${row.revenue}", want ${fmtMoney(e.revenue)}`);
    assert(bad.length === 0, `${who}'s row: ${bad.join('; ')}`);
  }

  // (8) the all-staff board.
  let boardAll = null;
  const ranked = await check('(8) the all-staff board: Ana first; the run\'s agents in the documented order (weighted, then revenue: Cora above Ben); ranks 1..n down the table; each one\'s weighted revenue, achievement, contribution, revenue, units and sales as computed; the company\'s weighted revenue grew by theirs', async () => {
    await navTo(page, '/leaderboard');
    await showBoard(page, MONTH, null);
    boardAll = await readBoard(page);
    const ranks = boardAll.rows.map((x) => x.rank);
    assert(ranks.every((rk, i) => rk === i + 1), `the ranks down the table read ${ranks.join(' ')}, want 1..${ranks.length}`);
    assert(boardAll.rows[0]?.id === ANA.id, `the board's first row is ${nameOf(boardAll.rows[0]?.id)}, want ${ANA.name}`);
    const order = boardAll.rows.filter((x) => PEOPLE.some((p) => p.id === x.id)).map((x) => x.id);
    const want = mineSorted().map((e) => e.id);
    assert(JSON.stringify(order) === JSON.stringify(want), `the run's agents are ranked ${order.map(nameOf).join(', ')}, want ${want.map(nameOf).join(', ')}`);
    for (const p of PEOPLE) {
      const row = boardAll.rows.find((x) => x.id === p.id);
      assert(row.revenue !== null, 'the manager\'s board has no revenue column (td.revenue)');
      checkRow(row, expected[p.key], p.name);
    }
    // the board's other rows keep the documented order among themselves too (by what it shows)
    for (let i = 1; i < boardAll.rows.length; i++) {
      const a = boardAll.rows[i - 1];
      const b = boardAll.rows[i];
      const fig = (x) => ({ id: x.id, weighted: shownMoney(x.weighted), revenue: shownMoney(x.revenue), units: Number(x.units), sales: Number(x.sales) });
      assert(boardCmp(fig(a), fig(b)) < 0, `rows ${i} and ${i + 1} (staff ${a.id}, ${b.id}) are out of the documented order`);
    }
    const grown = boardAll.companyWeighted - before.companyWeighted;
    const sum = PEOPLE.reduce((n, p) => n + expected[p.key].weighted, 0);
    assert(grown === sum, `#company-weighted grew by ${fmtMoney(grown)}, want the run's ${fmtMoney(sum)}`);
    await shot(page, 'board-desktop.png');
  }, { 'the sales (7)': sales });

  // (9) the change of rank since yesterday (the agents had nothing before today).
  await check('(9) the change of rank since yesterday (small.change[data-change]): shown on every row after the 1st of the month, none on the 1st; the run\'s agents, who had nothing yesterday, moved by as much as their ranks say', async () => {
    const a = boardAll.rows.find((x) => x.id === ANA.id);
    if (a.change === null) {
      const any = boardAll.rows.filter((x) => x.change !== null).length;
      assert(any === 0, `${ANA.name}'s row shows no change of rank but ${any} other rows do`);
      note('the 1st of the month: no change of rank is shown (nothing to compare with)');
      return;
    }
    assert(boardAll.rows.every((x) => x.change !== null && /^-?\d+$/.test(x.change)), 'not every row shows a change of rank');
    // Yesterday the three had equal (zero) figures, so they stood in staff id order, one after the other.
    const ch = Object.fromEntries(PEOPLE.map((p) => {
      const row = boardAll.rows.find((x) => x.id === p.id);
      return [p.key, { change: Number(row.change), rank: row.rank }];
    }));
    const wantBen = ch.Ana.change + 1 - (ch.Ben.rank - ch.Ana.rank);
    const wantCora = ch.Ana.change + 2 - (ch.Cora.rank - ch.Ana.rank);
    assert(ch.Ana.change >= 0, `${ANA.name} (now 1st) shows a change of ${ch.Ana.change}`);
    assert(ch.Ben.change === wantBen && ch.Cora.change === wantCora,
      `the changes read ${ANA.key} ${ch.Ana.change}, ${BEN.key} ${ch.Ben.change}, ${CORA.key} ${ch.Cora.change}; want ${BEN.key} ${wantBen}, ${CORA.key} ${wantCora}`);
  }, { 'the all-staff board (8)': ranked });

  // (10) the team's board.
  if (people && !teamsByUi) {
    note('the team board check (10) did not run: staff cannot be put into a team through the pages');
  } else {
    await check(`(10) the team's board (chosen in the board's filter): exactly ${ANA.key}, ${CORA.key}, ${BEN.key} ranked 1, 2, 3, with the same figures`, async () => {
      await showBoard(page, MONTH, TEAM.id);
      const b = await readBoard(page);
      const got = b.rows.map((x) => `${nameOf(x.id)}:${x.rank}`);
      const want = mineSorted().map((e, i) => `${nameOf(e.id)}:${i + 1}`);
      assert(JSON.stringify(got) === JSON.stringify(want), `the team's board reads ${got.join(', ') || 'nobody'}, want ${want.join(', ')}`);
      for (const p of PEOPLE) checkRow(b.rows.find((x) => x.id === p.id), expected[p.key], p.name);
    }, { 'the all-staff board (8)': ranked });
  }

  // (11) the chart.
  await check('(11) the chart (/leaderboard/chart.svg) is an SVG whose text alternative lists Ana first with her weighted revenue and plan, then Cora and Ben in that order', async () => {
    const img = page.locator('main figure.chart img[src^="/leaderboard/chart.svg"]');
    assert(await img.count() === 1, 'no chart image on the board');
    const src = await img.getAttribute('src');
    const q = new URL(src, BASE).searchParams;
    assert(q.get('month') === MONTH, `the chart's address ${src} is not for ${MONTH}`);
    const loaded = await img.evaluate((el) => el.complete && el.naturalWidth > 0);
    assert(loaded, `the chart image ${src} did not load`);
    const r = await page.request.get(url(`/leaderboard/chart.svg?month=${MONTH}`));
    assert(r.status() === 200 && /^image\/svg\+xml/.test(r.headers()['content-type'] ?? ''), `GET the chart answered ${r.status()} ${r.headers()['content-type']}`);
    const svg = await r.text();
    const desc = /<desc id="chart-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    assert(desc, 'the chart has no <desc id="chart-desc">');
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?:^|; )1\\. ${esc(ANA.name)}: ([^/;]*) / ([^;]*)`).exec(desc);
    assert(m, `the chart's text does not begin its list with "1. ${ANA.name}: weighted / plan" (${desc.slice(0, 200)})`);
    assert(shownMoney(m[1]) === expected.Ana.weighted && shownMoney(m[2]) === ANA_PLAN,
      `the chart's text gives ${ANA.key} "${m[1]} / ${m[2]}", want ${fmtMoney(expected.Ana.weighted)} / ${fmtMoney(ANA_PLAN)}`);
    const ic = desc.indexOf(`. ${CORA.name}: `);
    const ib = desc.indexOf(`. ${BEN.name}: `);
    assert(ic > 0 && ib > ic, `the chart's text does not list ${CORA.key} before ${BEN.key}`);
    assert((svg.match(/<rect /g) ?? []).length >= boardAll.rows.length, 'the chart has fewer bars than the board has people');
  }, { 'the all-staff board (8)': ranked });

  // (12) the wall-board.
  await check('(12) the wall-board (linked from the board) refreshes itself, lists the run\'s agents in the board\'s order with their weighted revenue and shows no plain revenue', async () => {
    await showBoard(page, MONTH, null);
    const link = page.locator('main a[href="/leaderboard/wall"]');
    assert(await link.count() >= 1, 'no link to /leaderboard/wall on the board');
    const r = await clickAndWait(page, link.first());
    assert(r && r.status() === 200 && pathOf(page) === '/leaderboard/wall', `opening the wall-board: ${await describe(page, r)}`);
    assert(await page.locator('meta[http-equiv="refresh"]').count() === 1, 'the wall-board has no <meta http-equiv="refresh">');
    const rows = await page.locator('main table#wall tbody tr[data-staff]').evaluateAll((trs) => trs.map((tr) => ({
      id: Number(tr.dataset.staff), weighted: tr.querySelector('td.weighted')?.textContent.trim() ?? '',
    })));
    const all = boardAll.rows.map((x) => x.id);
    assert(JSON.stringify(rows.map((x) => x.id)) === JSON.stringify(all), 'the wall-board\'s order differs from the board\'s');
    for (const p of PEOPLE) {
      const row = rows.find((x) => x.id === p.id);
      assert(shownMoney(row.weighted) === expected[p.key].weighted, `the wall-board gives ${p.key} "${row.weighted}", want ${fmtMoney(expected[p.key].weighted)}`);
    }
    assert(await page.locator('td.revenue, #company-revenue').count() === 0, 'the wall-board shows plain revenue (td.revenue or #company-revenue)');
  }, { 'the all-staff board (8)': ranked });

  // (13) an agent's own view.
  await check(`(13) ${BEN.name} (an agent, in Filipino) signs in and sees the board with their own row marked (.me)${rulesBefore?.private === false ? '' : ', without the private plain revenue'}, no rewards or plans in the navigation, and their own month (rank, weighted, plan, achievement, what is left, units) as computed`, async () => {
    const actx = await newContext();
    watchers.push(watch(actx, 'agent'));
    try {
      const ap = await actx.newPage();
      await signIn(ap, { username: BEN.username, password: BEN.password });
      assert(await ap.locator('html').getAttribute('lang') === BEN.language, `${BEN.name}'s pages are not in ${BEN.language}`);
      assert(await ap.locator('header nav a[href="/rewards"], header nav a[href="/plans"]').count() === 0, 'the agent\'s navigation links /rewards or /plans');
      await navTo(ap, '/leaderboard');
      const b = await readBoard(ap);
      const mine = b.rows.filter((x) => x.me).map((x) => x.id);
      assert(JSON.stringify(mine) === JSON.stringify([BEN.id]), `the rows marked .me are ${mine.join(', ') || 'none'}, want ${BEN.id}`);
      const row = b.rows.find((x) => x.id === BEN.id);
      checkRow(row, expected.Ben, BEN.name);
      if (rulesBefore.private) {
        assert(row.revenue === null && !b.companyRevenueShown, 'plain revenue is private, but the agent\'s board shows it');
      } else {
        assert(row.revenue !== null, 'plain revenue is public, but the agent\'s board does not show it');
      }
      // their own month, from the board's link
      const link = ap.locator(`main a#my-month-link[href="/leaderboard/staff/${BEN.id}"]`);
      assert(await link.count() === 1, `no link #my-month-link to /leaderboard/staff/${BEN.id} on the agent's board`);
      const r = await clickAndWait(ap, link);
      assert(r && r.status() === 200 && pathOf(ap) === `/leaderboard/staff/${BEN.id}`, `opening their own month: ${await describe(ap, r)}`);
      const dd = async (id) => (await ap.locator(`main #${id}`).count() === 1 ? textOf(ap.locator(`main #${id}`)) : null);
      const e = expected.Ben;
      const got = {
        rank: /^(\d+)\s*\/\s*(\d+)$/.exec(await dd('person-rank') ?? '')?.slice(1).map(Number) ?? null,
        weighted: shownMoney(await dd('person-weighted')),
        plan: shownMoney(((await dd('person-plan')) ?? '').replace(/\(.*\)/, '')),
        achievement: `${await dd('person-achievement')}%`,
        left: shownMoney(await dd('person-left')),
        units: Number(/^\d+/.exec(await dd('person-units') ?? '')?.[0] ?? NaN),
      };
      const want = {
        rank: [row.rank, b.rows.length], weighted: e.weighted, plan: BEN_PLAN, achievement: e.achievement,
        left: Math.max(0, BEN_PLAN - e.weighted), units: e.units,
      };
      assert(JSON.stringify(got) === JSON.stringify(want), `their own month reads ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      await signOut(ap);
    } finally {
      await actx.close();
    }
  }, { 'the all-staff board (8)': ranked });

  // (14) the employee of the month.
  const bonus = sales ? bonusOf(expected.Ana.weighted, ANA_PLAN, BONUS_BP) : null;
  const eom = await check('(14) manager opens /rewards for the month: Ana is proposed (#eom-proposed) and preselected, is confirmed without a reason, and #eom-confirmed names her', async () => {
    await navTo(page, '/rewards');
    await showRewards(page, MONTH);
    const proposed = await page.locator('main #eom-proposed').getAttribute('data-staff');
    assert(proposed === String(ANA.id), `#eom-proposed is data-staff="${proposed}", want ${ANA.id} (${ANA.name})`);
    const form = page.locator('main form[method="post"][action="/rewards/eom"]');
    assert(await form.count() === 1, 'no <form method="post" action="/rewards/eom">');
    const chosen = await form.locator('select#f-eom-staff').inputValue();
    assert(chosen === String(ANA.id), `the form preselects ${chosen}, want ${ANA.id}`);
    assert(await form.locator('#f-reason').inputValue() === '', 'the reason field is not empty');
    labels['/rewards'] = await unlabelled(page);
    const r = await clickAndWait(page, form.locator('button[type="submit"]'));
    const f = await firstStatus(r);
    assert(f && f.method === 'POST' && f.status === 303 && r.status() === 200 && pathOf(page) === '/rewards'
      && new URL(page.url()).searchParams.get('month') === MONTH, `confirming: ${await describe(page, r)}, want a 303 to /rewards?month=${MONTH}`);
    const confirmed = page.locator('main #eom-confirmed');
    assert(await confirmed.count() === 1, 'no #eom-confirmed after confirming');
    assert(await confirmed.getAttribute('data-staff') === String(ANA.id) && await textOf(confirmed) === ANA.name,
      `#eom-confirmed reads data-staff="${await confirmed.getAttribute('data-staff')}" "${await textOf(confirmed)}", want ${ANA.id} ${ANA.name}`);
  }, { 'the all-staff board (8)': ranked, 'the rules (1)': rules });

  // (15) the bonus.
  const approved = await check(`(15) the proposed bonuses: ${ANA.key}'s td.bonus is ${pctText(BONUS_BP)} of her weighted revenue above plan (${bonus === null ? '?' : fmtMoney(bonus)}), none for ${BEN.key} (below plan) or ${CORA.key} (no plan); approving it writes a cash bonus of that amount to the log`, async () => {
    assert(bonus > 0, `the bonus computed for ${ANA.key} is ${bonus}`);
    const row = page.locator(`main section#bonuses tr[data-staff="${ANA.id}"]`);
    assert(await row.count() === 1, `the bonuses table has ${await row.count()} rows for ${ANA.name}, want 1`);
    const cell = await textOf(row.locator('td.bonus'));
    assert(shownMoney(cell) === bonus, `${ANA.key}'s td.bonus reads "${cell}", want ${fmtMoney(bonus)}`);
    for (const p of [BEN, CORA]) {
      assert(await page.locator(`main section#bonuses tr[data-staff="${p.id}"]`).count() === 0, `the bonuses table lists ${p.name}, who is owed none`);
    }
    const logBefore = (await readLog(page)).filter((x) => x.staff === ANA.id);
    assert(logBefore.length === 0, `the log already has ${logBefore.length} entries for ${ANA.name}`);
    const r = await clickAndWait(page, row.locator('form[method="post"][action="/rewards/bonus"] button[type="submit"]'));
    const f = await firstStatus(r);
    assert(f && f.method === 'POST' && f.status === 303 && r.status() === 200 && pathOf(page) === '/rewards'
      && new URL(page.url()).searchParams.get('month') === MONTH, `approving: ${await describe(page, r)}, want a 303 to /rewards?month=${MONTH}`);
    const log = (await readLog(page)).filter((x) => x.staff === ANA.id);
    assert(log.length === 1 && log[0].source === 'bonus' && shownMoney(log[0].amount) === bonus,
      `the log's entries for ${ANA.name} read ${JSON.stringify(log)}, want one of source "bonus" for ${fmtMoney(bonus)}`);
    const csv = await page.request.get(url(`/rewards.csv?month=${MONTH}`));
    assert(csv.status() === 200, `GET /rewards.csv?month=${MONTH} answered ${csv.status()}`);
    const rows = parseCsv(await csv.text());
    const head = rows[0] ?? [];
    const col = (n) => head.indexOf(n);
    assert(['staff_id', 'kind', 'amount', 'source'].every((n) => col(n) >= 0), `the CSV's header is ${head.join(',')}`);
    const mine = rows.slice(1).filter((x) => x[col('staff_id')] === String(ANA.id));
    assert(mine.length === 1 && mine[0][col('kind')] === 'cash_bonus' && mine[0][col('source')] === 'bonus' && hundredths(mine[0][col('amount')]) === bonus,
      `the payroll CSV's rows for ${ANA.id}: ${JSON.stringify(mine)}, want one cash_bonus of ${fmtMoney(bonus)}`);
  }, { 'the employee of the month (14)': eom });

  // (16) approving again.
  await check('(16) once approved, the bonus row says so (.approved) and offers no second approval; the log keeps one bonus for Ana', async () => {
    const r = await page.goto(url(`/rewards?month=${MONTH}`));
    assert(r && r.status() === 200, `GET /rewards answered ${r?.status()}`);
    const row = page.locator(`main section#bonuses tr[data-staff="${ANA.id}"]`);
    assert(await row.locator('.approved').count() === 1, `the bonus row of ${ANA.name} does not show it approved (.approved)`);
    assert(await row.locator('form[action="/rewards/bonus"]').count() === 0, `the bonus row of ${ANA.name} still offers to approve it`);
    const log = (await readLog(page)).filter((x) => x.staff === ANA.id && x.source === 'bonus');
    assert(log.length === 1, `the log has ${log.length} bonuses for ${ANA.name}, want 1`);
  }, { 'the bonus (15)': approved });

  // (17) the wall-board and Ana's own page name the employee of the month.
  await check('(17) the wall-board shows Ana as employee of the month (#eom); her page (linked from the board) has the month in her hall of fame and the approved bonus among her rewards', async () => {
    let r = await page.goto(url('/leaderboard/wall'));
    assert(r && r.status() === 200, `GET /leaderboard/wall answered ${r?.status()}`);
    const e = page.locator('main #eom strong');
    assert(await e.count() === 1, 'no #eom on the wall-board');
    assert(await textOf(e) === ANA.name, `the wall-board's employee of the month is "${await textOf(e)}", want ${ANA.name}`);
    r = await page.goto(url(`/leaderboard?month=${MONTH}`));
    assert(r && r.status() === 200, `GET /leaderboard?month=${MONTH} answered ${r?.status()}`);
    const link = page.locator(`main table#board tr[data-staff="${ANA.id}"] a[href^="/leaderboard/staff/${ANA.id}"]`);
    assert(await link.count() === 1, `the board does not link ${ANA.name}'s page (/leaderboard/staff/${ANA.id})`);
    r = await clickAndWait(page, link);
    assert(r && r.status() === 200 && pathOf(page) === `/leaderboard/staff/${ANA.id}`, `opening ${ANA.name}'s page: ${await describe(page, r)}`);
    const fame = await page.locator('main section#fame li strong').allTextContents();
    assert(fame.map((x) => x.trim()).includes(MONTH), `${ANA.name}'s hall of fame lists ${fame.join(', ') || 'nothing'}, want ${MONTH}`);
    const rewards = await page.locator('main ul#person-rewards li').allTextContents();
    const amounts = rewards.filter((x) => x.trim().startsWith(`${MONTH}:`)).map((x) => shownMoney(/\(([^()]*)\)\s*$/.exec(x)?.[1]));
    assert(JSON.stringify(amounts) === JSON.stringify([bonus]), `${ANA.name}'s rewards of ${MONTH} read ${JSON.stringify(rewards)}, want one of ${fmtMoney(bonus)}`);
  }, { 'the bonus (15)': approved });

  // (18) phone width.
  await check(`(18) at ${PHONE_WIDTH}px the board and the rewards page have no horizontal scroll`, async () => {
    await page.setViewportSize({ width: PHONE_WIDTH, height: 740 });
    try {
      const bad = [];
      for (const [p, name, sel] of [[`/leaderboard?month=${MONTH}`, 'board-phone.png', 'main table#board'], [`/rewards?month=${MONTH}`, 'rewards-phone.png', 'main section#bonuses']]) {
        const r = await page.goto(url(p));
        assert(r && r.status() === 200, `GET ${p} answered ${r?.status()}`);
        assert(await page.locator(sel).count() === 1, `${p} has no ${sel}`);
        const m = await overflow(page);
        await shot(page, name);
        if (m.sw > m.cw) bad.push(`${p}: scrollWidth ${m.sw} > clientWidth ${m.cw} (${m.wide.join(', ')})`);
      }
      assert(bad.length === 0, bad.join('; '));
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, { 'the all-staff board (8)': ranked });

  if (managerIn) {
    try { await page.goto(url('/')); await signOut(page); } catch (e) { note(`manager sign-out: ${e.message.split('\n')[0]}`); }
  }

  // (19) put things back: the rules as found; the agents disabled, the team retired.
  if (rulesSet || people) {
    await check('(19) admin puts the rules back as found, disables the run\'s agents (they leave the current month\'s board) and retires the team', async () => {
      await ctx.clearCookies();
      await signIn(page, admin);
      const problems = [];
      if (rulesSet) {
        await navTo(page, '/admin/motivation');
        await writeRules(page, rulesBefore, 'restoring the rules');
        const got = await readRules(page);
        if (rulesText(got) !== rulesText(rulesBefore)) problems.push(`the rules read back as ${rulesText(got)}, want ${rulesText(rulesBefore)}`);
        labels['/admin/motivation'] = await unlabelled(page);
      }
      const mine = PEOPLE.filter((p) => p.id);
      if (mine.length) {
        await navTo(page, '/admin/staff');
        for (const p of mine) {
          const form = page.locator(`main form[method="post"][action="/admin/staff/${p.id}/disable"]`);
          if (await form.count() !== 1) { problems.push(`no disable form for ${p.name}`); continue; }
          const r = await clickAndWait(page, form.locator('button[type="submit"]'));
          await expectSaved(page, r, /^\/admin\/staff$/, `disabling ${p.name}`);
        }
        const r = await page.goto(url(`/leaderboard${MONTH ? `?month=${MONTH}` : ''}`));
        assert(r && r.status() === 200, `GET /leaderboard answered ${r?.status()}`);
        const left = (await readBoard(page)).rows.filter((x) => mine.some((p) => p.id === x.id));
        if (left.length) problems.push(`disabled, ${left.map((x) => nameOf(x.id)).join(', ')} still on the current month's board`);
      }
      if (TEAM.id) {
        await navTo(page, '/admin/teams');
        const form = page.locator(`main form[method="post"][action="/admin/teams/${TEAM.id}"]`);
        await form.locator('input[type="checkbox"][name="active"]').setChecked(false);
        const r = await clickAndWait(page, form.locator('button[type="submit"]'));
        await expectSaved(page, r, /^\/admin\/teams$/, 'retiring the team');
      }
      await signOut(page);
      assert(problems.length === 0, problems.join('; '));
    });
  }
  await ctx.close();

  // (20) labels.
  await check('(20) every input, select and textarea on /plans, /rewards, /admin/motivation and /admin/staff has a label', async () => {
    const want = ['/plans', '/rewards', '/admin/motivation'].concat(teamsByUi ? ['/admin/staff'] : []);
    const missing = [];
    for (const k of want) {
      const r = labels[k];
      assert(r, `${k} was not read (an earlier step failed)`);
      assert(r.count >= 1, `${k} has no inputs at all`);
      missing.push(...r.missing.map((m) => `${k}: ${m}`));
    }
    assert(missing.length === 0, `no label for ${missing.join(', ')}`);
  });

  // (21) console errors and failed requests, over the whole run.
  await check('(21) no console errors, page errors, failed requests or HTTP errors (but the refusal provoked in 16), with and without JavaScript', async () => {
    const problems = watchers.flatMap((x) => x.take());
    const seen = watchers.reduce((n, x) => n + x.responses.length, 0);
    assert(seen > 10, `only ${seen} responses were seen`);
    assert(problems.length === 0, [...new Set(problems)].join('; '));
  });
}

await runTest('browser (board)', RUN_LIMIT_MS, main);
