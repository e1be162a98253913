// Starts the app. Trunk's default starter is an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks. Trunk.toml sets
// `pattern_script = ""` so that inline script is not written, and index.html loads this file
// instead: an external, hashed module that CSP's 'self' allows.
//
// It finds the wasm-bindgen module and the wasm file through the <link rel="modulepreload"> and
// <link rel="preload" type="application/wasm"> that trunk writes (with their hashed names and
// integrity), so no file name is hard-coded and the preloads are reused, not fetched twice.
const js = document.querySelector('link[rel="modulepreload"][href$=".js"]');
const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]');
if (!js || !wasm) {
  throw new Error("Nexus loader: trunk's preload links for the app are missing from index.html");
}
const app = await import(js.href);
await app.default({
  module_or_path: fetch(wasm.href, {
    credentials: "same-origin",
    integrity: wasm.integrity || undefined,
  }),
});
