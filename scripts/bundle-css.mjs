// Joins the render-blocking stylesheets trunk wrote into dist/ into one file (make dist runs it
// after trunk build, before nexus build-site copies index.html's head into every route file).
// The sources stay split by topic in style/; a browser on HTTP/1.1 opens at most six connections
// to a host, and four stylesheets took four of them, so the wasm's download waited for a free
// one: one stylesheet paints sooner and starts the wasm sooner (figures in BENCHMARKS.md).
// Stylesheets with a media attribute (print.css) load without blocking and stay as they are.
// The joined file is named and checked like trunk's files: a content hash in its name and an
// SRI integrity attribute.
//   node scripts/bundle-css.mjs [dist]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const indexFile = path.join(dist, 'index.html');
const index = fs.readFileSync(indexFile, 'utf8');

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(1).find((v) => v !== undefined);
const links = [...index.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => attr(tag, 'rel') === 'stylesheet' && attr(tag, 'media') === undefined);
if (links.length === 0) throw new Error('bundle-css: index.html links no render-blocking stylesheet');
if (links.length === 1) {
  console.log('bundle-css: one render-blocking stylesheet already; nothing to do');
  process.exit(0);
}

const hrefs = links.map((tag) => attr(tag, 'href'));
const dir = path.posix.dirname(hrefs[0]);
if (hrefs.some((h) => path.posix.dirname(h) !== dir)) throw new Error(`bundle-css: stylesheets in different directories: ${hrefs.join(', ')}`);
// In document order, each on its own line: the cascade is the one the separate files gave.
const css = hrefs.map((h) => fs.readFileSync(path.join(dist, path.posix.basename(h)), 'utf8').trim()).join('\n') + '\n';
const hash = crypto.createHash('sha256').update(css).digest('hex').slice(0, 16);
const name = `style-${hash}.css`;
fs.writeFileSync(path.join(dist, name), css);
const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
// The first stylesheet's URL with the new file name: "/nexus/style-….css", "/style-….css" or
// "style-….css", as trunk wrote them for the public URL.
const href = hrefs[0].slice(0, hrefs[0].length - path.posix.basename(hrefs[0]).length) + name;
const joined = `<link href="${href}" integrity="${integrity}" rel="stylesheet">`;

let html = index.replace(links[0], joined);
for (const tag of links.slice(1)) html = html.replace(tag, '');
fs.writeFileSync(indexFile, html);
for (const h of hrefs) fs.rmSync(path.join(dist, path.posix.basename(h)));
console.log(`bundle-css: ${hrefs.map((h) => path.posix.basename(h)).join(' + ')} → ${name} (${css.length.toLocaleString('en')} bytes)`);
