// The workbench in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core: the
// webmasters of communes often use Firefox, so the screens and scripts must work there too.
// The home, a new alert through the form with a photo and its focus point, a licence plate
// finding seen while typing, the capsule saved, a new page through its form; axe-core on each.
//
//   node workbench-firefox.mjs VIGIE_BINARY SITE_DIR SCREENSHOT_DIR
//
// SITE_DIR is a site the test may change (a copy). Every failure is listed; the exit code is
// 1 if there was any.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import puppeteer from 'puppeteer-core';
import { AxePuppeteer } from '@axe-core/puppeteer';

const [vigie, siteDir, shotDir] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!vigie || !siteDir || !shotDir) {
  console.error('usage: node workbench-firefox.mjs VIGIE_BINARY SITE_DIR SCREENSHOT_DIR');
  process.exit(2);
}
fs.mkdirSync(shotDir, { recursive: true });
const failures = [];
const fail = (message) => {
  failures.push(message);
  console.log(`  FAIL ${message}`);
};
const expect = (ok, message) => (ok ? console.log(`  ok ${message}`) : fail(message));
const statusSays = (page, pattern) => page.waitForFunction(
  (source) => new RegExp(source).test(document.getElementById('status').textContent),
  { timeout: 15_000 },
  pattern,
);

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

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
  headless: true,
  extraPrefsFirefox: { 'network.captive-portal-service.enabled': false, 'app.update.enabled': false },
});
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
const foreign = [];
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
});
page.on('pageerror', (e) => fail(`script error: ${e.message}`));

async function axe(name) {
  // Legacy mode checks the preview's sandboxed frame from the page itself: the frame-by-frame
  // mode fails inside @axe-core/puppeteer under WebDriver BiDi ("r is undefined").
  const results = await new AxePuppeteer(page)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    .analyze();
  for (const v of results.violations) {
    fail(`${name}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }
  console.log(`  ${name}: ${results.violations.length} axe violations`);
  await page.screenshot({ path: path.join(shotDir, `firefox-workbench-${name}.png`), fullPage: true });
}

try {
  console.log('== the home, in Firefox');
  await page.goto(workbench);
  expect(new URL(page.url()).search === '', 'the token leaves the address bar');
  expect((await page.$$('table.capsules tbody tr')).length >= 3, 'the home lists the capsules');
  await axe('home');

  console.log('== a new alert, through the form');
  await page.type('#n-title', 'Vols de scooters');
  await page.click('#n-kind-alert');
  await Promise.all([page.waitForNavigation(), page.click('form.new button[type=submit]')]);
  expect(page.url().endsWith('/capsules/vols-de-scooters'), `the new capsule's form opens (${page.url()})`);
  await page.waitForSelector('#findings li');
  await axe('capsule');

  // A photo through the file picker, then its focus point clicked.
  const jpeg = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 400;
    const g = canvas.getContext('2d');
    g.fillStyle = '#3060a0';
    g.fillRect(0, 0, 600, 400);
    g.fillStyle = '#e0c040';
    g.fillRect(300, 0, 300, 400);
    return canvas.toDataURL('image/jpeg', 0.8).split(',')[1];
  });
  const photo = path.join(shotDir, 'Scooter volé.jpg');
  fs.writeFileSync(photo, Buffer.from(jpeg, 'base64'));
  const picker = await page.$('#photo-file');
  await picker.uploadFile(photo);
  await page.waitForFunction(() => document.getElementById('image-src').value !== '', { timeout: 15_000 });
  expect(await page.$eval('#image-src', (e) => e.value) === 'scooter-vole.jpg', 'the photo is kept under a safe name');
  await page.waitForFunction(() => document.getElementById('photo').naturalWidth > 0);
  // The photo may be below the fold: WebDriver BiDi clicks only inside the viewport.
  await page.$eval('#photo', (e) => e.scrollIntoView({ block: 'center' }));
  const box = await (await page.$('#photo')).boundingBox();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
  const focus = (await page.$eval('#image-focus', (e) => e.value)).split(',').map(Number);
  expect(Math.abs(focus[0] - 0.75) < 0.03 && Math.abs(focus[1] - 0.25) < 0.03, `the focus point is where it was clicked (${focus})`);
  await page.type('#fr-alt', 'Un scooter garé sur un trottoir');

  // A licence plate, typed: the finding appears beside the body.
  await page.click('#fr-body');
  await page.keyboard.type('Un scooter immatriculé 1-XYZ-987 a disparu place du Marché.');
  await page.waitForSelector('section.lang[data-lang=fr] .finding-slot[data-for=body] .finding', { timeout: 10_000 });
  const plate = await page.$eval('section.lang[data-lang=fr] .finding-slot[data-for=body] .finding', (e) => e.textContent);
  expect(plate.includes('plaque d\'immatriculation'), `a plate finding beside the body, in the interface's French: ${plate}`);
  await page.type('#fr-summary', 'Deux scooters ont disparu cette semaine près du marché.');
  // The fixture requires Dutch: its column starts from the French text.
  await page.click('section.lang[data-lang=nl] .start-from');
  await page.waitForFunction(() => document.getElementById('nl-title')?.value === 'Vols de scooters');
  expect(true, 'the Dutch column starts from the French text');

  console.log('== save');
  await page.click('#save');
  await statusSays(page, 'Enregistré');
  const fr = fs.readFileSync(path.join(siteDir, 'content/capsules/vols-de-scooters/index.fr.md'), 'utf8');
  expect(fr.includes('src = "scooter-vole.jpg"') && /focus = \[0\.7\d*, 0\.2\d*\]/.test(fr), 'the photo and its focus are saved');
  expect(fr.includes('1-XYZ-987') && fr.includes('draft = true'), 'a draft keeps what was typed');
  await axe('capsule-saved');

  console.log('== a new page, through the form');
  await page.goto(`${origin}/__vigie/edit/`);
  await page.type('#np-title', 'Mentions légales');
  await Promise.all([page.waitForNavigation(), page.click('form[action$="new-page"] button[type=submit]')]);
  expect(page.url().endsWith('/pages/mentions-legales'), `the new page's form opens (${page.url()})`);
  await page.waitForSelector('#findings li');
  await page.type('#fr-description', 'Qui publie ce site, et comment nous joindre.');
  await page.click('#fr-body');
  await page.keyboard.type('Ce site est publié par le service de prévention.');
  await page.click('#save');
  await statusSays(page, 'Enregistré');
  const pageFile = fs.readFileSync(path.join(siteDir, 'content/pages/mentions-legales.fr.md'), 'utf8');
  expect(pageFile.includes('service de prévention'), 'the page is saved as typed');
  await axe('page');
  expect(foreign.length === 0, `no request to a third party (${foreign.join(', ')})`);
} catch (e) {
  fail(`the workbench flow stopped in Firefox: ${e.stack ?? e}`);
  console.log(`  status: ${await page.$eval('#status', (e) => e.textContent).catch(() => '?')}`);
  await page.screenshot({ path: path.join(shotDir, 'firefox-workbench-failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
  server.kill();
}

console.log(failures.length ? `\n${failures.length} failures` : '\nall workbench checks passed in Firefox');
process.exit(failures.length ? 1 : 0);
