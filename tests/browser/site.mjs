// site.mjs: what the browser tests share about the staff pages: watching a context for errors,
// following links and forms, signing in and out, reading labels, overflow, money and percentages.
//
//   const s = site(BASE, shotDir);   // then s.signIn(page, who), s.describe(page, resp), ...
import { assert, note, notOk, readLogins } from './harness.mjs';
import fs from 'node:fs';
import path from 'node:path';

export function site(BASE, shotDir) {
  const url = (p) => BASE + p;
  const pathOf = (page) => new URL(page.url()).pathname;

  const h1Text = async (page) => ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

  // Watches a context for console errors, uncaught page errors, failed requests and HTTP error
  // responses. `expect(method, path, status)` allows one such response that a step provokes on
  // purpose. `take()` returns and clears what was seen so far.
  function watch(ctx, label) {
    const w = { problems: [], responses: [], allowed: [] };
    const add = (p) => w.problems.push(`${label}: ${p}`);
    const attach = (page) => {
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const where = m.location()?.url || '';
        if (/^https?:\/\/[^/]+\/favicon\.ico$/.test(where)) {
          note(`the browser's own request for /favicon.ico failed: ${m.text()}`);
          return;
        }
        // the console's echo of a response this run provoked on purpose
        if (w.allowed.some((a) => a.seen && where === a.url) && /status of \d{3}/.test(m.text())) return;
        add(`console error: ${m.text()}${where ? ` (${where})` : ''}`);
      });
      page.on('pageerror', (e) => add(`page error: ${e.message}`));
    };
    ctx.pages().forEach(attach);
    ctx.on('page', attach);
    ctx.on('requestfailed', (r) => {
      if (r.failure()?.errorText === 'net::ERR_ABORTED' && /\/static\/favicon\.svg$/.test(r.url())) return;
      add(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`);
    });
    ctx.on('response', (r) => {
      const method = r.request().method();
      w.responses.push({ url: r.url(), status: r.status(), method });
      if (r.status() < 400) return;
      const a = w.allowed.find((x) => !x.seen && x.method === method && x.status === r.status() && new URL(r.url()).pathname === x.path);
      if (a) { a.seen = true; a.url = r.url(); return; }
      add(`HTTP ${r.status()}: ${method} ${r.url()}`);
    });
    w.expect = (method, p, status) => w.allowed.push({ method, path: p, status, seen: false });
    w.take = () => w.problems.splice(0);
    return w;
  }

  async function clickAndWait(page, target) {
    const [resp] = await Promise.all([
      page.waitForNavigation({ waitUntil: 'load' }),
      target.click(),
    ]);
    return resp;
  }

  // The status of the first request of the chain that ended in resp (the POST before a 303).
  async function firstStatus(resp) {
    if (!resp) return null;
    let first = resp.request();
    while (first.redirectedFrom()) first = first.redirectedFrom();
    if (first === resp.request()) return { status: resp.status(), method: first.method(), redirected: false };
    const r0 = await first.response();
    return { status: r0 ? r0.status() : null, method: first.method(), redirected: true };
  }

  // A short description of the page a request ended on, for failure messages.
  async function describe(page, resp) {
    const f = await firstStatus(resp);
    const status = !resp ? '?' : f.redirected ? `${f.status} then ${resp.status()}` : resp.status();
    let h1 = '';
    let msg = '';
    try {
      h1 = ((await page.locator('h1').first().textContent({ timeout: 1000 })) ?? '').replace(/\s+/g, ' ').trim();
      const errs = await page.locator('main .error, main [role="alert"], main .field-error').allTextContents();
      msg = errs.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ');
    } catch { /* page has no h1 */ }
    return `HTTP ${status} on ${pathOf(page)}, h1 "${h1}"${msg ? `, "${msg.slice(0, 200)}"` : ''}`;
  }

  // Expects a POST answered 303 and the page it led to answered 200 at a path matching re.
  async function expectSaved(page, resp, re, what) {
    const f = await firstStatus(resp);
    const m = re.exec(pathOf(page));
    assert(f && f.method === 'POST' && f.status === 303 && resp.status() === 200 && m,
      `${what}: ${await describe(page, resp)}, want a 303 to ${re.source}`);
    return m;
  }

  async function signIn(page, who) {
    await page.goto(url('/login'));
    await page.locator('#username').fill(who.username);
    await page.locator('#password').fill(who.password);
    const resp = await clickAndWait(page, page.locator('button[type="submit"].primary'));
    assert(resp && pathOf(page) === '/', `${who.role ?? who.username} sign-in: ${await describe(page, resp)}, want the home page /`);
    return resp;
  }

  async function signOut(page) {
    const resp = await clickAndWait(page, page.locator('form[method="post"][action="/logout"] button'));
    assert(pathOf(page) === '/login', `sign-out ended on ${pathOf(page)} (${await describe(page, resp)})`);
  }

  // Follows the header navigation link to `href` (the way a person gets there).
  async function navTo(page, href) {
    const link = page.locator(`header nav a[href="${href}"]`);
    assert(await link.count() === 1, `no link to ${href} in the header navigation of ${pathOf(page)}`);
    const resp = await clickAndWait(page, link);
    assert(resp && resp.status() === 200 && pathOf(page) === href, `following the nav link to ${href}: ${await describe(page, resp)}`);
    return resp;
  }

  // Inputs, selects and textareas (not type=hidden) without an associated, non-empty label.
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
        const byAriaLabel = (el.getAttribute('aria-label') || '').trim() !== '';
        if (!byLabel && !byAria && !byAriaLabel) {
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

  // Horizontal overflow of the document, and the elements that stick out to the right.
  async function overflow(page) {
    return page.evaluate(() => {
      const cw = document.documentElement.clientWidth;
      const sw = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
      const wide = [];
      if (sw > cw) {
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > cw + 1) {
            wide.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(r.right)})`);
            if (wide.length >= 4) break;
          }
        }
      }
      return { sw, cw, wide };
    });
  }

  // Decimal text as an integer number of hundredths: "1000.06" -> 100006, "3" -> 300; null if not one.
  function hundredths(text) {
    const m = /^\s*(\d+)(?:\.(\d{1,2}))?\s*$/.exec(String(text ?? ''));
    if (!m) return null;
    return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  }

  // Money as shown (any symbol, grouping and decimal mark, always two decimals) as minor units.
  function shownMoney(text) {
    const t = String(text ?? '');
    const digits = t.replace(/\D/g, '');
    if (digits === '') return null;
    return (/-/.test(t) ? -1 : 1) * Number(digits);
  }

  // "3%", "2.5%" as basis points; null if the text has no percentage.
  function shownPercent(text) {
    const m = /(\d+(?:\.\d{1,2})?)\s*%/.exec(String(text ?? ''));
    return m ? hundredths(m[1]) : null;
  }

  // The quick form on /clients/new: a person with an e-mail, first contact by phone; a possible
  // duplicate is saved anyway. Sets c.id.
  async function createClient(page, c) {
    await navTo(page, '/clients');
    const btn = page.locator('main a[href="/clients/new"]');
    assert(await btn.count() >= 1, 'no link to /clients/new on /clients');
    let resp = await clickAndWait(page, btn.first());
    assert(resp && resp.status() === 200 && pathOf(page) === '/clients/new', `opening the new-client form: ${await describe(page, resp)}`);
    const form = page.locator('main form[method="post"][action="/clients/new"]');
    assert(await form.count() === 1, `no <form method="post" action="/clients/new"> on ${pathOf(page)}`);
    await form.locator('input[type="radio"][name="kind"][value="person"]').check();
    await form.locator('#f-given_name').fill(c.given);
    await form.locator('#f-family_name').fill(c.family);
    await form.locator('#f-email1').fill(c.email);
    await form.locator('select#f-source_channel').selectOption('phone');
    resp = await clickAndWait(page, form.locator('button[type="submit"].primary'));
    if (pathOf(page) === '/clients/new' && await page.locator('#duplicates').count()) {
      // Not what this test is about: a similar name from elsewhere. Save anyway.
      note(`the new client "${c.given} ${c.family}" was taken for a possible duplicate; saved anyway`);
      resp = await clickAndWait(page, page.locator('main form[action="/clients/new"] button[type="submit"].primary'));
    }
    const m = await expectSaved(page, resp, /^\/clients\/(\d+)$/, `saving the client "${c.given} ${c.family}"`);
    c.id = Number(m[1]);
    const h1 = await h1Text(page);
    assert(h1.includes(c.family), `client page h1 is "${h1}", want it to name ${c.family}`);
  }


  // Minor units as form input ("1234.50": no grouping).
  const moneyInput = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

  // /products/new as the signed-in manager: p = { sku, name, price (minor units), locomotive,
  // weight (thousandths; 1000 when absent) }. Expects a 303 to /products/N (sets p.id), whose page
  // reads back the SKU, the locomotive box and the weight, and shows the star (span.loco in the h1)
  // exactly when the product is a locomotive.
  async function createProduct(page, p) {
    const weight = p.weight ?? 1000;
    await navTo(page, '/products');
    const btn = page.locator('main a[href="/products/new"]');
    let resp;
    if (await btn.count() >= 1) {
      resp = await clickAndWait(page, btn.first());
    } else {
      note('no link to /products/new on /products; opened by its URL');
      resp = await page.goto(url('/products/new'));
    }
    assert(resp && resp.status() === 200 && pathOf(page) === '/products/new', `opening the product form: ${await describe(page, resp)}`);
    const form = page.locator('main form[method="post"][action="/products/new"]');
    assert(await form.count() === 1, 'no <form method="post" action="/products/new">');
    await form.locator('#f-sku').fill(p.sku);
    await form.locator('#f-name').fill(p.name);
    await form.locator('#f-price').fill(moneyInput(p.price));
    await form.locator('#f-cost').fill(moneyInput(Math.floor(p.price / 2)));
    await form.locator('#f-weight').fill(String(weight / 1000));
    const loco = form.locator('input[type="checkbox"][name="locomotive"]');
    assert(await loco.count() === 1, 'no locomotive checkbox on the product form');
    await loco.setChecked(p.locomotive);
    resp = await clickAndWait(page, form.locator('button[type="submit"].primary'));
    const m = await expectSaved(page, resp, /^\/products\/(\d+)$/, `saving product ${p.sku} at ${moneyInput(p.price)}, weight ${weight / 1000}`);
    p.id = Number(m[1]);
    const stars = await page.locator('h1 .loco').count();
    assert(stars === (p.locomotive ? 1 : 0), `the page of ${p.sku} shows ${stars} locomotive marks in its h1, want ${p.locomotive ? 1 : 0}`);
    assert(await page.locator('#f-sku').inputValue() === p.sku, `the page of product ${p.id} shows SKU "${await page.locator('#f-sku').inputValue()}"`);
    assert(await page.locator('input[name="locomotive"]').isChecked() === p.locomotive, `product ${p.sku}: the locomotive box is not ${p.locomotive ? 'checked' : 'clear'}`);
    const w = await page.locator('#f-weight').inputValue();
    assert(Math.round(Number(w) * 1000) === weight, `product ${p.sku} reads weight "${w}", want ${weight / 1000}`);
  }

  return { url, createClient, createProduct, pathOf, h1Text, watch, clickAndWait, firstStatus, describe, expectSaved, signIn, signOut, navTo, unlabelled, shot, overflow, hundredths, shownMoney, shownPercent };
}

// The start of every run: the logins file read and the server answering GET /login. The logins,
// or null after printing why the run cannot start.
export async function startRun(base, loginsFile) {
  let logins;
  try {
    logins = readLogins(loginsFile);
  } catch (e) {
    notOk('read logins file', e.message);
    return null;
  }
  // The server must answer at all, or every check would wait for its timeout.
  try {
    const r = await fetch(base + '/login', { redirect: 'manual', signal: AbortSignal.timeout(5000) });
    if (r.status !== 200) throw new Error(`GET /login answered HTTP ${r.status}`);
  } catch (e) {
    notOk('server answers GET /login', `${base}: ${e.cause?.code || e.message}`);
    return null;
  }
  return logins;
}
