// Just enough of a PDF reader to check what Chromium's page.pdf() printed: the text of every
// page, decoded through each font's ToUnicode map. Handles what Chromium (Skia) writes: plain
// `N 0 obj` objects, FlateDecode streams, hex-string Tj/TJ text, a /Pages tree.
import { inflateSync } from 'node:zlib';

type Obj = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, Obj> {
  const s = pdf.toString('latin1');
  const starts = [...s.matchAll(/(\d+) 0 obj\b/g)];
  const out = new Map<number, Obj>();
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index! : s.length;
    const body = s.slice(m.index! + m[0].length, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      return;
    }
    const dict = body.slice(0, at);
    const dataStart = body.indexOf('\n', at) + 1;
    const dataEnd = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(dataStart, dataEnd), 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = inflateSync(data);
      } catch {
        data = Buffer.alloc(0);
      }
    }
    out.set(Number(m[1]), { dict, stream: data });
  });
  return out;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap: glyph code (hex) → text. */
function cmap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(m[1].toUpperCase(), utf16(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const [lo, hi, width] = [parseInt(m[1], 16), parseInt(m[2], 16), m[1].length];
      const dsts = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((d) => d[1]) : null;
      for (let c = lo; c <= hi; c++) {
        const key = c.toString(16).toUpperCase().padStart(width, '0');
        if (dsts) {
          map.set(key, utf16(dsts[c - lo] ?? ''));
        } else {
          const base = parseInt(m[3].slice(-5, -1), 16) + (c - lo);
          map.set(key, utf16(m[3].slice(1, -5) + base.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

function decode(hex: string, map: Map<string, string> | undefined): string {
  hex = hex.replace(/\s/g, '').toUpperCase();
  const width = map && map.size ? [...map.keys()][0].length : 4;
  let out = '';
  for (let i = 0; i < hex.length; i += width) out += map?.get(hex.slice(i, i + width)) ?? '';
  return out;
}

/** The text of each page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const catalog = [...objs.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const pageIds: number[] = [];
  const walk = (id: number) => {
    const o = objs.get(id);
    if (!o) return;
    if (/\/Type\s*\/Pages\b/.test(o.dict)) {
      const kids = o.dict.match(/\/Kids\s*\[([^\]]*)\]/);
      for (const k of refs(kids?.[1] ?? '')) walk(k);
    } else if (/\/Type\s*\/Page\b/.test(o.dict)) {
      pageIds.push(id);
    }
  };
  const root = catalog?.dict.match(/\/Pages\s+(\d+) 0 R/);
  if (root) walk(Number(root[1]));
  return pageIds.map((id) => {
    const page = objs.get(id)!;
    const resRef = page.dict.match(/\/Resources\s+(\d+) 0 R/);
    const resources = resRef ? objs.get(Number(resRef[1]))!.dict : page.dict;
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = resources.match(/\/Font\s*<<([^>]*)>>/);
    for (const m of (fontDict?.[1] ?? '').matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const tu = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
      const stream = tu ? objs.get(Number(tu[1]))?.stream : undefined;
      fonts.set(m[1], cmap(stream?.toString('latin1') ?? ''));
    }
    const contents = page.dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/);
    const content = refs(contents?.[1] ?? '')
      .map((r) => objs.get(r)?.stream?.toString('latin1') ?? '')
      .join('\n');
    let font: Map<string, string> | undefined;
    let text = '';
    for (const m of content.matchAll(/\/([^\s/]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g)) {
      if (m[1] !== undefined) font = fonts.get(m[1]);
      else if (m[2] !== undefined) text += decode(m[2], font);
      else if (m[3] !== undefined) for (const h of m[3].matchAll(/<([0-9A-Fa-f\s]*)>/g)) text += decode(h[1], font);
      else text += '\n';
    }
    return text;
  });
}

/** Text without any whitespace: line breaks and glyph runs in a PDF do not follow words. */
export const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
