// Checks a built Vigie site the way residents meet it: in a real browser (Debian's Chromium,
// driven by playwright-core) and with the W3C Nu HTML checker.
//
//   node check.mjs SITE_DIR OFFLINE_DIR SCREENSHOT_DIR
//
// SITE_DIR is `vigie build`'s output, OFFLINE_DIR that of `vigie build --offline`. Every
// failure is listed; the exit code is 1 if there was any.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, site } from './served.mjs';
import AxeBuilder from '@axe-core/playwright';

const [siteDir, offlineDir, shotDir] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!siteDir || !offlineDir || !shotDir) {
  console.error('usage: node check.mjs SITE_DIR OFFLINE_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};

// 1. The W3C Nu checker over every HTML file (and the CSS), in one JVM start.
console.log('== W3C Nu HTML checker');
try {
  execFileSync('java', ['-jar', path.join(here, 'node_modules/vnu-jar/build/dist/vnu.jar'),
    '--errors-only', '--skip-non-html', '--also-check-css', siteDir], { stdio: 'inherit' });
  console.log('  0 errors');
} catch {
  fail('the W3C Nu checker reported errors (above)');
}

// 2. Serve the site on loopback, with its own 404 page, as a web host would.
const { lookup } = site(siteDir);
const { server, origin } = await serve(siteDir);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// The site's public address, from the root page's canonical link. The e-mail digest links to
// it in full, as mail needs; the browser gets those files from the local copy.
const canonical = fs.readFileSync(path.join(siteDir, 'index.html'), 'utf8').match(/<link[^>]*\brel="?canonical"?[^>]*>/)[0];
const publicOrigin = new URL(canonical.match(/\bhref="?([^" >]+)/)[1]).origin;

// A page in a fresh context; every request it makes is recorded.
async function open(url, options = {}) {
  const context = await browser.newContext(options);
  await context.route((u) => u.origin === publicOrigin, (route) => {
    const { status, contentType, body, headers } = lookup(new URL(route.request().url()).pathname);
    route.fulfill({ status, contentType, body, headers });
  });
  // Whatever the Content-Security-Policy of the server rules blocks is a failure: the page
  // would lose it on a host that sends the rules.
  await context.addInitScript(() => {
    window.__blocked = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__blocked.push(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`));
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(url);
  return { context, page, requests, response };
}

// The policy violations a page met so far.
const blocked = (page) => page.evaluate(() => window.__blocked ?? []).catch(() => []);

// 3. Find one page of every template in each language, from the site itself.
const root = await open(`${origin}/`);
const languages = await root.page.$$eval('a.button', (as) => as.map((a) => new URL(a.href).pathname.split('/')[1]));
await root.context.close();
const pages = ['/', '/404.html', '/no-such-page/'];
for (const lang of languages) {
  pages.push(`/${lang}/`, `/${lang}/capsules/`, `/${lang}/tags/`, `/${lang}/districts/`);
  // Pages that later outputs add are checked as soon as they exist.
  for (const later of ['leaflets', 'digest', 'share/mastodon', 'screen', 'screen/portrait']) {
    if (fs.existsSync(path.join(siteDir, lang, later, 'index.html'))) pages.push(`/${lang}/${later}/`);
  }
  for (const kind of ['tip', 'alert', 'news', 'fun']) {
    pages.push(`/${lang}/kinds/${kind}/`);
  }
  const { context, page } = await open(`${origin}/${lang}/`);
  const first = async (selector) => page.$eval(selector, (a) => new URL(a.href).pathname).catch(() => null);
  for (const kind of ['tip', 'alert', 'news', 'fun']) {
    await page.goto(`${origin}/${lang}/kinds/${kind}/`);
    const capsule = await first('.card a');
    if (capsule) pages.push(capsule); else fail(`/${lang}/kinds/${kind}/ lists no capsule to check`);
    // The webmaster's social kit of the first capsule found.
    if (capsule && kind === 'tip' && fs.existsSync(path.join(siteDir, capsule, 'share', 'index.html'))) pages.push(`${capsule}share/`);
  }
  await page.goto(`${origin}/${lang}/tags/`);
  pages.push(await first('.terms a'));
  await page.goto(`${origin}/${lang}/districts/`);
  pages.push(await first('.terms a'));
  await page.goto(`${origin}/${lang}/`);
  // Pages only: the footer also links the calendar file, which a browser downloads.
  for (const href of await page.$$eval('footer .links a', (as) => as.map((a) => new URL(a.href).pathname))) {
    if (href.endsWith('/') || href.endsWith('.html')) pages.push(href);
  }
  await context.close();
}
const toCheck = [...new Set(pages.filter(Boolean))];

// 4. axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) and no request to any other host.
console.log(`== axe-core and requests, ${toCheck.length} pages`);
for (const pathname of toCheck) {
  const { context, page, requests, response } = await open(`${origin}${pathname}`);
  const expected = pathname === '/no-such-page/' ? 404 : 200;
  if (response.status() !== expected) fail(`${pathname}: HTTP ${response.status()}`);
  await page.waitForLoadState('networkidle');
  // The screen slideshow reloads itself after each round, as its issue asks: a waiting room's
  // screen, where nobody reads at their own pace. That one rule (WCAG 2.2.1) is off there.
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (pathname.includes('/screen/')) axe.disableRules(['meta-refresh']);
  const results = await axe.analyze();
  for (const v of results.violations) {
    fail(`${pathname}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }
  for (const url of requests) {
    const u = new URL(url);
    if (u.origin !== origin && u.origin !== publicOrigin && u.protocol !== 'data:') fail(`${pathname}: request to ${url}`);
  }
  // The digest's full addresses are the site's own on its host ('self' there).
  for (const b of (await blocked(page)).filter((b) => !b.includes(` ${publicOrigin}/`))) fail(`${pathname}: the Content-Security-Policy blocks ${b}`);
  console.log(`  ${pathname}: ${results.violations.length} violations, ${requests.length} requests`);
  await context.close();
}

// 5. Without JavaScript: content, navigation and language links are there and usable.
console.log('== without JavaScript');
const homesAndCapsules = toCheck.filter((p) => languages.some((l) => p === `/${l}/` || p.startsWith(`/${l}/capsules/`)));
for (const pathname of homesAndCapsules) {
  const { context, page } = await open(`${origin}${pathname}`, { javaScriptEnabled: false });
  const h1 = (await page.locator('main h1').first().textContent().catch(() => '')) ?? '';
  const text = (await page.locator('main').innerText().catch(() => '')).trim();
  const nav = await page.locator('nav.menu a:visible').count();
  if (!h1.trim()) fail(`${pathname}: no heading without JavaScript`);
  if (text.length < 40) fail(`${pathname}: almost no content without JavaScript`);
  if (nav < 5) fail(`${pathname}: the menu has ${nav} visible links without JavaScript`);
  if (languages.length > 1 && (await page.locator('nav.langs a:visible').count()) < 1) fail(`${pathname}: no language link`);
  await context.close();
}
console.log('  done');

// 6. The offline copy, opened from disk: from the root, follow links to a capsule in each
// language; every link, image and stylesheet on the way resolves to a file.
console.log('== offline copy from file://');
async function checkResolves(page, where) {
  const urls = await page.$$eval('a[href], link[href], img[src], source[srcset], img[srcset], video[poster]', (els) => els.flatMap((e) => {
    const out = [];
    if (e.href) out.push(e.href.baseVal ?? e.href);
    if (e.src) out.push(e.src);
    if (e.poster) out.push(e.poster);
    for (const c of (e.getAttribute('srcset') ?? '').split(',')) {
      const u = c.trim().split(' ')[0];
      if (u) out.push(new URL(u, document.baseURI).href);
    }
    return out;
  }));
  let checked = 0;
  for (const url of urls) {
    if (!url.startsWith('file:')) continue;
    const file = fileURLToPath(url.split('#')[0]);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) fail(`offline ${where}: ${url} does not resolve to a file`);
    checked++;
  }
  const styled = await page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).margin === '0px');
  if (!styled) fail(`offline ${where}: the stylesheet is not applied`);
  return checked;
}
{
  const { context, page } = await open(pathToFileURL(path.join(offlineDir, 'index.html')).href);
  let checked = await checkResolves(page, 'root');
  for (const lang of languages) {
    await page.goto(pathToFileURL(path.join(offlineDir, 'index.html')).href);
    await page.click(`a.button[href^="${lang}/"]`);
    checked += await checkResolves(page, `${lang} home`);
    await page.click('main .card a');
    if (!page.url().startsWith('file:') || !page.url().endsWith('/index.html')) fail(`offline ${lang}: a capsule link led to ${page.url()}`);
    checked += await checkResolves(page, `${lang} capsule ${page.url()}`);
  }
  console.log(`  ${checked} links, images and stylesheets resolve`);
  await context.close();
}

// 7. Every picture's `sizes` says the width it is shown at, at every screen width, so the
// browser fetches no larger a file than it shows (and none blurred by a smaller one).
console.log('== picture sizes');
const withPictures = toCheck.filter((p) => languages.some((l) => p === `/${l}/` || p === `/${l}/leaflets/` || p.startsWith(`/${l}/capsules/`)));
let measured = 0;
for (const width of [360, 412, 600, 700, 800, 900, 1000, 1280]) {
  for (const pathname of withPictures) {
    const { context, page } = await open(`${origin}${pathname}`, { viewport: { width, height: 900 } });
    const pictures = await page.evaluate(() => [...document.querySelectorAll('img[sizes]')].map((img) => {
      const entries = img.getAttribute('sizes').split(',').map((e) => e.trim());
      let length = entries[entries.length - 1];
      for (const entry of entries) {
        const m = entry.match(/^(\([^)]*\))\s+(.+)$/);
        if (!m) { length = entry; break; }
        if (matchMedia(m[1]).matches) { length = m[2]; break; }
      }
      const probe = document.createElement('div');
      probe.style.cssText = `position:absolute;visibility:hidden;width:${length}`;
      document.body.append(probe);
      const slot = probe.getBoundingClientRect().width;
      probe.remove();
      return { src: img.getAttribute('src'), slot, shown: img.getBoundingClientRect().width };
    }));
    for (const { src, slot, shown } of pictures.filter((p) => p.shown > 0)) {
      if (slot < shown - 1 || slot > shown * 1.1 + 8) fail(`${pathname} at ${width} px: ${src} is shown ${Math.round(shown)} px wide, its sizes say ${Math.round(slot)} px`);
      measured++;
    }
    await context.close();
  }
}
if (measured < withPictures.length) fail(`only ${measured} pictures measured`);
console.log(`  ${measured} pictures measured`);

// 8. Screenshots of the home, a capsule page and the leaflets page, on a small phone and a desktop, to look at.
console.log(`== screenshots in ${shotDir}`);
fs.mkdirSync(shotDir, { recursive: true });
const capsule = toCheck.find((p) => p.includes('/capsules/') && p.split('/').length > 4);
for (const [name, width, height] of [['phone', 360, 780], ['desktop', 1280, 900]]) {
  const shots = [['home', `/${languages[0]}/`], ['capsule', capsule]];
  if (toCheck.includes(`/${languages[0]}/leaflets/`)) shots.push(['leaflets', `/${languages[0]}/leaflets/`]);
  for (const [label, pathname] of shots) {
    const { context, page } = await open(`${origin}${pathname}`, { viewport: { width, height } });
    await page.screenshot({ path: path.join(shotDir, `${label}-${name}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    if (overflow) fail(`${pathname} scrolls sideways at ${width} px`);
    await context.close();
  }
}

await browser.close();
server.close();
// One check each: the Nu checker, every page in axe, every page without JavaScript, the offline
// walk in each language, the picture sizes, every screenshot.
const checks = 1 + toCheck.length + homesAndCapsules.length + languages.length + 1 + 4;
console.log(`browser: ${Math.max(checks - failures.length, 0)} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
