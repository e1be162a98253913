// Starts the app. Trunk's default starter is an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks. Trunk.toml sets
// `pattern_script = ""` so that inline script is not written, and index.html loads this file
// instead: an external, hashed module that CSP's 'self' allows.
//
// Trunk.toml's `pattern_preload` writes <link rel="nexus-app" href=".../nexus-<hash>.js"
// data-wasm="nexus-<hash>_bg.wasm">: the wasm-bindgen module and the wasm file beside it, so no
// file name is hard-coded. Both downloads start after the first paint: the page's HTML already
// shows the prerendered content, and the wasm would only compete with the stylesheets for the
// network before it. They then load in parallel.
const app = document.querySelector('link[rel="nexus-app"]');
if (!app) {
  throw new Error("Nexus loader: the <link rel=\"nexus-app\"> trunk writes is missing from the page");
}

async function start() {
  const wasm = fetch(new URL(app.dataset.wasm, app.href), { credentials: "same-origin" });
  const bindings = await import(app.href);
  await bindings.default({ module_or_path: wasm });
}

// After the next frame has been painted; at once in a background tab, which paints no frames.
if (document.visibilityState === "hidden") {
  start();
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
}
