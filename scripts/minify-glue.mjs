// Minifies the wasm-bindgen JavaScript glue in dist/ with terser and updates its integrity hash
// in index.html (make dist runs it right after trunk build, before the route files copy
// index.html). Trunk's own minifier gives up on this file ("Failed to minify JS:
// RequiredTokenNotFound … KeywordDefault") and ships it as is: 56 KB raw, 7.9 KB brotli;
// minified it is 26 KB raw, 6.2 KB brotli.
//   node scripts/minify-glue.mjs [dist]
import { minify } from 'terser';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const indexFile = path.join(dist, 'index.html');
let index = fs.readFileSync(indexFile, 'utf8');
// The glue is the module index.html preloads (loader.js imports it).
const href = index.match(/<link[^>]*rel=["']?modulepreload[^>]*>/)?.[0].match(/href=["']?([^"'\s>]+)/)?.[1];
if (!href) throw new Error('minify-glue: index.html preloads no module');
const file = path.join(dist, path.basename(href));
const source = fs.readFileSync(file, 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
const before = sri(source);
if (index.includes(before)) index = index.replaceAll(before, sri(code));
fs.writeFileSync(file, code);
fs.writeFileSync(indexFile, index);
console.log(`minify-glue: ${path.basename(file)} ${source.length.toLocaleString('en')} → ${code.length.toLocaleString('en')} bytes`);
