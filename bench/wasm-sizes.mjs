// Where the wasm's bytes go: code size per crate and the largest functions, read from the
// name section of an unstripped build (bench/sizes builds one). Each function counts once, under
// the crate of its outermost path; generic code counts under the crate that defines it
// (leptos's generic views instantiated for Nexus's types show up as leptos/tachys).
// With WASM_SIZES_BROTLI=1 it also prints each crate's code compressed on its own (brotli -q 11),
// which is what a crate costs on the wire.
//   node bench/wasm-sizes.mjs file.wasm [top]
import fs from 'node:fs';
import zlib from 'node:zlib';

const bytes = fs.readFileSync(process.argv[2]);
const top = Number(process.argv[3] ?? 15);
let at = 8;
const leb = () => { let n = 0, shift = 0, b; do { b = bytes[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return n; };
const str = () => { const n = leb(); const s = bytes.toString('utf8', at, at + n); at += n; return s; };

let imported = 0;
const bodies = [], starts = [], names = new Map(), sections = [];
while (at < bytes.length) {
  const id = bytes[at++], size = leb(), end = at + size;
  let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] ?? `#${id}`;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      str(); str();
      const kind = bytes[at++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { at++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { at += 2; }
      else { at++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push(s); starts.push(at); at += s; }
  } else if (id === 0) {
    const name = str();
    label = `custom "${name}"`;
    if (name === 'name') {
      while (at < end) {
        const sub = bytes[at++], subSize = leb(), subEnd = at + subSize;
        if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, str()); }
        at = subEnd;
      }
    }
  }
  sections.push([label, size]);
  at = end;
}

// Legacy Rust mangling (_ZN 6leptos 4view … E) to a path; anything else is taken as it is.
const demangle = (s) => {
  if (!s.startsWith('_ZN')) return s;
  const parts = [];
  let i = 3;
  while (i < s.length && s[i] !== 'E') {
    let j = i; while (/[0-9]/.test(s[j])) j++;
    const n = Number(s.slice(i, j)); parts.push(s.slice(j, j + n)); i = j + n;
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\.\./g, '::');
};
// The crate of a path: `<A as b::Trait>::f` counts under A's crate, or under the trait's when A
// is a generic parameter, a reference or a tuple; v0-mangled names (_R…) carry it after "Cs…_".
const crateOf = (path) => {
  if (path.startsWith('_R')) {
    const m = path.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    return m ? path.substr(m.index + m[0].length, Number(m[1])) : '?';
  }
  let p = path.replace(/^_?</, '');
  const as = p.indexOf(' as ');
  const self = (p.match(/^[&\s]*(?:mut |dyn )?([A-Za-z0-9_]+)(::)?/) ?? [])[1];
  if (as > 0 && !(self && p.match(/^[&\s]*(?:mut |dyn )?[A-Za-z0-9_]+::/))) p = p.slice(as + 4);
  else p = p.replace(/^[&\s]*(?:mut |dyn )?/, '');
  return (p.match(/^[A-Za-z0-9_]+/) ?? ['?'])[0];
};

const total = bodies.reduce((a, b) => a + b, 0);
const byCrate = new Map();
const codeOf = new Map();
const functions = bodies.map((size, i) => {
  const path = demangle(names.get(i + imported) ?? `func${i + imported}`);
  const crate = crateOf(path);
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  if (!codeOf.has(crate)) codeOf.set(crate, []);
  codeOf.get(crate).push(bytes.subarray(starts[i], starts[i] + size));
  return { size, path };
});
const pct = (n, of) => `${((100 * n) / of).toFixed(1).padStart(5)}%`;
console.log(`${bytes.length.toLocaleString('en')} bytes; sections:`);
for (const [label, size] of sections.sort((a, b) => b[1] - a[1])) console.log(`  ${label.padEnd(24)}${size.toLocaleString('en').padStart(10)}  ${pct(size, bytes.length)}`);
console.log(`\ncode by crate (${bodies.length} functions, ${total.toLocaleString('en')} bytes):`);
for (const [crate, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${crate.padEnd(24)}${size.toLocaleString('en').padStart(10)}  ${pct(size, total)}`);
console.log(`\nlargest functions:`);
for (const f of functions.sort((a, b) => b.size - a.size).slice(0, top)) console.log(`  ${f.size.toLocaleString('en').padStart(8)}  ${f.path.slice(0, 110)}`);

if (process.env.WASM_SIZES_BROTLI === '1') {
  const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const rows = [...codeOf].map(([crate, parts]) => [crate, brotli(Buffer.concat(parts))]);
  const sum = rows.reduce((a, [, b]) => a + b, 0);
  console.log(`\ncode by crate, brotli of each crate's code on its own (sum ${sum.toLocaleString('en')} bytes; the whole file compresses to ${brotli(bytes).toLocaleString('en')} with its names):`);
  for (const [crate, b] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${crate.padEnd(24)}${b.toLocaleString('en').padStart(10)}  ${pct(b, sum)}`);
}
