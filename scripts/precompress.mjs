// Writes a .gz (gzip -9) and a .br (brotli -q 11) beside every compressible file of dist/, so
// nginx serves them as they are (gzip_static; brotli_static where the module is installed)
// instead of compressing the wasm at level 6 on every request: smaller (-9) and no CPU
// per request. Hosts that cannot use them (GitHub Pages) ignore the extra files.
//   node scripts/precompress.mjs [dist]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const compressible = /\.(?:html|js|mjs|wasm|css|json|svg|xml|txt)$/;
let files = 0, raw = 0, gz = 0, br = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (compressible.test(entry.name)) {
      const body = fs.readFileSync(file);
      if (body.length < 512) continue; // as gzip_min_length in deploy/nginx.conf: not worth it
      const g = zlib.gzipSync(body, { level: 9 });
      const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      fs.writeFileSync(`${file}.gz`, g);
      fs.writeFileSync(`${file}.br`, b);
      files++; raw += body.length; gz += g.length; br += b.length;
    }
  }
};
walk(dist);
const kb = (n) => `${Math.round(n / 1024)} KB`;
console.log(`precompress: ${files} files, ${kb(raw)} → ${kb(gz)} gzip, ${kb(br)} brotli`);
