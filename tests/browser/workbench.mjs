// The workbench as a webmaster uses it, in Debian's Chromium: a capsule created through the
// form in French with a photo and a focus point, its Dutch translation added, a privacy
// finding seen while a licence plate is typed, the capsule saved, reread, published, seen in
// the preview and in the next build; axe-core on every screen.
//
//   node workbench.mjs VIGIE_BINARY SITE_DIR SCREENSHOT_DIR
//
// SITE_DIR is a site the test may change (a copy). Every failure is listed; the exit code is
// 1 if there was any.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const [vigie, siteDir, shotDir] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!vigie || !siteDir || !shotDir) {
  console.error('usage: node workbench.mjs VIGIE_BINARY SITE_DIR SCREENSHOT_DIR');
  process.exit(2);
}
fs.mkdirSync(shotDir, { recursive: true });
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};
const expect = (ok, message) => (ok ? console.log(`  ok ${message}`) : fail(message));

// The site offers its capsules to other sites: the form then has the "offer" checkbox.
fs.appendFileSync(path.join(siteDir, 'site.toml'), '\n[exchange]\nshare = true\n');

// 1. vigie serve on a free port; its second address line is the workbench's.
const server = spawn(vigie, ['--root', siteDir, 'serve', '--port', '0', '--now', '2026-11-30'], { stdio: ['ignore', 'pipe', 'ignore'] });
const addresses = [];
const lines = readline.createInterface({ input: server.stdout });
const workbench = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('vigie serve printed no workbench address in 120 s')), 120_000);
  lines.on('line', (line) => {
    const found = line.match(/http:\/\/\S+/);
    if (found) addresses.push(found[0]);
    if (addresses.length === 2) {
      clearTimeout(timer);
      resolve(addresses[1]);
    }
  });
});
const origin = new URL(workbench).origin;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const foreign = [];
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
});
page.on('pageerror', (e) => fail(`script error: ${e.message}`));

async function axe(name) {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  for (const v of results.violations) {
    fail(`${name}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }
  console.log(`  ${name}: ${results.violations.length} axe violations`);
  await page.screenshot({ path: path.join(shotDir, `workbench-${name}.png`), fullPage: true });
}

try {
  // 2. The home, in French (the site's first language), then the form for a new capsule.
  console.log('== the home');
  await page.goto(workbench);
  expect(new URL(page.url()).search === '', 'the token leaves the address bar');
  expect((await page.locator('table.capsules tbody tr').count()) >= 3, 'the home lists the capsules');
  await axe('home');
  await page.goto(`${origin}/__vigie/edit/?ui=nl`);
  await axe('home-nl');
  await page.goto(`${origin}/__vigie/edit/publish`);
  await axe('publish');
  await page.goto(`${origin}/__vigie/edit/?ui=fr`);

  console.log('== a new alert, through the form');
  await page.fill('#n-title', 'Vols de vélos au centre');
  await page.check('#n-kind-alert');
  await page.click('form.new button[type=submit]');
  await page.waitForURL(/\/capsules\/vols-de-velos-au-centre$/);
  await page.waitForSelector('#findings li');
  await axe('capsule');

  // The photo: a JPEG made by the page's own canvas, uploaded through the file picker.
  const jpeg = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const g = canvas.getContext('2d');
    const fill = g.createLinearGradient(0, 0, 600, 400);
    fill.addColorStop(0, '#3060a0');
    fill.addColorStop(1, '#e0c040');
    g.fillStyle = fill;
    g.fillRect(0, 0, 600, 400);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  await page.setInputFiles('#photo-file', { name: 'Vélo volé.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg, 'base64') });
  await page.waitForFunction(() => document.getElementById('image-src').value !== '');
  expect(await page.inputValue('#image-src') === 'velo-vole.jpg', 'the photo is kept under a safe name');
  await page.waitForFunction(() => document.getElementById('photo').naturalWidth > 0);
  const box = await page.locator('#photo').boundingBox();
  await page.locator('#photo').click({ position: { x: box.width * 0.25, y: box.height * 0.75 } });
  const focus = (await page.inputValue('#image-focus')).split(',').map(Number);
  expect(Math.abs(focus[0] - 0.25) < 0.03 && Math.abs(focus[1] - 0.75) < 0.03, `the focus point is where it was clicked (${focus})`);
  const position = await page.locator('#crop-wide').evaluate((img) => img.style.objectPosition);
  expect(position.startsWith('25%'), `the 1200×630 crop follows the focus point (${position})`);
  await page.fill('#fr-alt', 'Un vélo attaché à une grille');

  // A licence plate, typed: the finding appears beside the text, in the words of check.
  await page.click('#fr-body');
  await page.keyboard.type('Une camionnette immatriculée 1-ABC-234 a été vue rue Haute.');
  const plate = page.locator('section.lang[data-lang=fr] .finding-slot[data-for=body] .finding');
  await plate.first().waitFor({ timeout: 10_000 });
  expect((await plate.first().textContent()).includes('plaque d\'immatriculation'), `a plate finding beside the body, in the interface's French: ${await plate.first().textContent()}`);
  expect(await page.locator('#reviewed').isDisabled(), 'the review cannot be signed while a finding is open');
  await page.fill('#fr-summary', 'Plusieurs vélos ont été volés près de la gare cette semaine.');

  // The Dutch translation, started from the French text.
  await page.click('section.lang[data-lang=nl] .start-from');
  expect(await page.inputValue('#nl-title') === 'Vols de vélos au centre', 'the Dutch column starts from the French text');
  await page.fill('#nl-title', 'Fietsdiefstallen in het centrum');
  await page.fill('#nl-summary', 'Deze week werden verschillende fietsen gestolen bij het station.');
  await page.fill('#nl-body', 'Maak uw fiets altijd vast aan een vast punt.');
  await page.fill('#nl-alt', 'Een fiets vastgemaakt aan een hek');

  console.log('== save, review, publish');
  await page.click('#save');
  await page.waitForFunction(() => /Enregistré/.test(document.getElementById('status').textContent));
  const folder = path.join(siteDir, 'content/capsules/vols-de-velos-au-centre');
  const fr = fs.readFileSync(path.join(folder, 'index.fr.md'), 'utf8');
  expect(fr.includes('src = "velo-vole.jpg"') && /focus = \[0\.2\d?, 0\.7\d?\]/.test(fr), 'the photo and its focus are saved');
  expect(fs.existsSync(path.join(folder, 'index.nl.md')), 'the Dutch translation is saved in its own file');
  expect(fr.includes('1-ABC-234'), 'a draft keeps what was typed');

  // Fixed in the text, then reread: privacy_reviewed = true, then published.
  await page.fill('#fr-body', 'Une camionnette a été vue rue Haute. Attachez toujours votre vélo.');
  await page.waitForFunction(() => !document.getElementById('reviewed').disabled, null, { timeout: 10_000 });
  await page.click('#reviewed');
  await page.waitForFunction(() => /Relecture faite/.test(document.getElementById('status').textContent));
  await page.click('#publish');
  await page.waitForFunction(() => /Enregistré/.test(document.getElementById('status').textContent));
  const published = fs.readFileSync(path.join(folder, 'index.fr.md'), 'utf8');
  expect(published.includes('privacy_reviewed = true') && !published.includes('draft = true'), 'reviewed and published');
  await axe('capsule-saved');

  // Kept from other sites, then offered again: `share = false` written, then removed.
  expect(await page.isChecked('#share'), 'a capsule is offered to other sites unless told');
  // The status already says "saved": emptied first, it says so again once this save is done.
  const saveAgain = async () => {
    await page.evaluate(() => { document.getElementById('status').textContent = ''; });
    await page.click('#save');
    await page.waitForFunction(() => /Enregistré/.test(document.getElementById('status').textContent));
    return fs.readFileSync(path.join(folder, 'index.fr.md'), 'utf8');
  };
  await page.uncheck('#share');
  expect(/^share = false$/m.test(await saveAgain()), 'unticked: share = false is saved');
  await page.check('#share');
  expect(!/^share =/m.test(await saveAgain()), 'ticked again: the default, nothing written');

  // The previews of the unsaved text, one tab after another.
  await page.fill('#fr-title', 'Vols de vélos au centre-ville');
  await page.click('#tab-kit');
  await page.locator('#kit li').first().waitFor();
  expect((await page.locator('#kit').textContent()).includes('centre-ville'), 'the social kit shows the unsaved title');
  await page.click('#tab-page');
  await page.waitForFunction(() => (document.getElementById('page-frame').srcdoc || '').includes('centre-ville'));
  expect(true, 'the page preview shows the unsaved title');
  await axe('capsule-previews');

  // The preview of the site shows the saved capsule once it has rebuilt.
  let seen = false;
  for (let i = 0; i < 40 && !seen; i += 1) {
    const r = await fetch(`${origin}/fr/capsules/vols-de-velos-au-centre/`);
    seen = r.ok && (await r.text()).includes('Vols de vélos au centre');
    if (!seen) await new Promise((res) => setTimeout(res, 250));
  }
  expect(seen, 'the preview serves the saved capsule');

  console.log('== a new page, through the form');
  await page.goto(`${origin}/__vigie/edit/`);
  await page.fill('#np-title', 'Accessibilité');
  await page.click('form[action$="new-page"] button[type=submit]');
  await page.waitForURL(/\/pages\/accessibilite$/);
  await page.waitForSelector('#findings li');
  await page.fill('#fr-description', 'Ce que le site permet, et comment nous joindre.');
  await page.click('#fr-body');
  await page.keyboard.type('Ce site se lit au clavier. ');
  await page.selectOption('#fr-internal', { index: 1 });
  await page.click('section.lang[data-lang=fr] [data-internal]');
  await page.waitForFunction(() => document.querySelector('section.lang[data-lang=fr] [data-rendered] a') !== null, null, { timeout: 10_000 });
  expect(true, 'the body is rendered beside it, with the link chosen from the list');
  await page.click('#save');
  await page.waitForFunction(() => /Enregistré/.test(document.getElementById('status').textContent));
  const pageFile = fs.readFileSync(path.join(siteDir, 'content/pages/accessibilite.fr.md'), 'utf8');
  expect(pageFile.includes('description = "Ce que le site permet') && /\]\(@\/(capsules|pages)\//.test(pageFile), 'the page is saved with its description and link');
  await page.waitForFunction(() => (document.getElementById('page-frame').srcdoc || '').includes('Accessibilité'));
  await axe('page');
  expect(foreign.length === 0, `no request to a third party (${foreign.join(', ')})`);
} catch (e) {
  fail(`the workbench flow stopped: ${e.stack ?? e}`);
  console.log(`  status: ${await page.locator('#status').textContent().catch(() => '?')}`);
  console.log(`  findings: ${await page.locator('#findings').textContent().catch(() => '?')}`);
  await page.screenshot({ path: path.join(shotDir, 'workbench-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
  server.kill();
}

// 3. The next build has it, in both languages.
console.log('== the next build');
const out = fs.mkdtempSync(path.join(shotDir, 'build-'));
try {
  execFileSync(vigie, ['--root', siteDir, 'build', '--now', '2026-11-30', '--output', path.join(out, 'public')], { stdio: 'inherit' });
  for (const lang of ['fr', 'nl']) {
    const file = path.join(out, 'public', lang, 'capsules/vols-de-velos-au-centre/index.html');
    expect(fs.existsSync(file), `the build has the ${lang} page`);
  }
} catch (e) {
  fail(`the build after the workbench failed: ${e.message}`);
}

console.log(failures.length ? `\n${failures.length} failures` : '\nall workbench checks passed');
process.exit(failures.length ? 1 : 0);
