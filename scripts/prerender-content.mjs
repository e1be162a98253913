// Puts each route's readable content into its HTML file (make dist runs it after
// src/bin/prerender.rs has written the route files): it opens every route of dist/ in headless
// Chromium, lets the real app render it, and saves the rendered <body> into the file, wrapped in
// <div id="prerendered">. The page then reads without JavaScript and shows its content at first
// paint; the app replaces that copy when it has loaded (src/prerendered.rs), with the same DOM.
//   node scripts/prerender-content.mjs [dist]
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
// The bundle's base: served there, so absolute asset URLs (/nexus/…) resolve. A relative base
// (./) works from anywhere, so the root is used.
const base = (index.match(/<base href="?([^"\s>]+)/) ?? [null, '/'])[1];
const mount = base.startsWith('/') ? base : '/';

/** Every HTML page to fill: the route files and 404.html. */
function pages(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...pages(path.join(dir, entry.name), file));
    else if (entry.name === 'index.html' || file === '404.html') out.push(file);
  }
  return out;
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split('?')[0]);
  let file = url.startsWith(mount) ? path.join(dist, url.slice(mount.length)) : null;
  if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!file || !fs.existsSync(file)) file = path.join(dist, '404.html');
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const files = pages(dist);
  for (const file of files) {
    const route = file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, '');
    await page.goto(origin + mount + route);
    // The app is done when it has replaced any earlier copy and shows its page heading.
    await page.waitForSelector('html[data-app="ready"] main h1', { timeout: 20_000 });
    const body = await page.evaluate(() => {
      const copy = document.body.cloneNode(true);
      copy.querySelectorAll('script, noscript, #prerendered').forEach((e) => e.remove());
      return copy.innerHTML.trim();
    });
    const html = fs.readFileSync(path.join(dist, file), 'utf8');
    const start = html.indexOf('<body');
    const open = html.indexOf('>', start) + 1;
    const close = html.lastIndexOf('</body>');
    if (start < 0 || close < open) throw new Error(`${file}: no <body> to fill`);
    // noscript explains what needs JavaScript; the content itself no longer does.
    const noscript = '<noscript><p class="noscript">Filters and search need JavaScript; everything else reads without it.</p></noscript>';
    fs.writeFileSync(path.join(dist, file), `${html.slice(0, open)}${noscript}<div id="prerendered">${body}</div>${html.slice(close)}`);
  }
  if (errors.length) throw new Error(`the app reported errors while prerendering:\n${errors.join('\n')}`);
  console.log(`prerender-content: ${files.length} pages filled with their rendered content`);
} catch (e) {
  failed = true;
  console.error(`prerender-content: ${e.message}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
