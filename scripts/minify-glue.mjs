// Minifies the wasm-bindgen JavaScript glue in dist/ with terser (make dist runs it right after
// trunk build). Trunk's own minifier gives up on this file ("Failed to minify JS:
// RequiredTokenNotFound … KeywordDefault") and ships it as is; terser roughly halves it
// (figures in BENCHMARKS.md).
//   node scripts/minify-glue.mjs [dist]
import { minify } from 'terser';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(process.argv[2] ?? 'dist');
const indexFile = path.join(dist, 'index.html');
const index = fs.readFileSync(indexFile, 'utf8');
// The glue is the module index.html names in <link rel="nexus-app"> (loader.js imports it).
const href = index.match(/<link[^>]*rel=["']?nexus-app[^>]*>/)?.[0].match(/href=["']?([^"'\s>]+)/)?.[1];
if (!href) throw new Error('minify-glue: index.html has no <link rel="nexus-app">');
const file = path.join(dist, path.basename(href));
const source = fs.readFileSync(file, 'utf8');
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
fs.writeFileSync(file, code);
console.log(`minify-glue: ${path.basename(file)} ${source.length.toLocaleString('en')} → ${code.length.toLocaleString('en')} bytes`);
