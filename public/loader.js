// Starts the app. Trunk's default starter is an inline <script type="module">, which a strict
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks. Trunk.toml sets
// `pattern_script = ""` so that inline script is not written, and index.html loads this file
// instead: an external, hashed module that CSP's 'self' allows.
//
// Trunk.toml's `pattern_preload` writes <link rel="nexus-app" href=".../nexus-<hash>.js"
// data-wasm="nexus-<hash>_bg.wasm">: the wasm-bindgen module and the wasm file beside it, so no
// file name is hard-coded. It also writes a modulepreload for the module and a low-priority
// preload for the wasm, so both are already downloading (after the stylesheets) when this starts
// the app after the first paint: the fetch() and import() below reuse those responses.
const app = document.querySelector('link[rel="nexus-app"]');
if (!app) {
  throw new Error("Nexus loader: the <link rel=\"nexus-app\"> trunk writes is missing from the page");
}

async function start() {
  const url = new URL(app.dataset.wasm, app.href);
  const wasm = fetch(url, { credentials: "same-origin" }).then((response) => {
    if (!response.ok) throw new Error(`${url.pathname} answered HTTP ${response.status}`);
    return response;
  });
  wasm.catch(() => {}); // handled below, once init awaits it: not an unhandled rejection meanwhile
  try {
    const bindings = await import(app.href);
    await bindings.default({ module_or_path: wasm });
  } catch (error) {
    failed(error);
  }
}

// The app could not start (offline, a deploy replaced its files, an old browser): say so above
// the page, which still shows its prerendered content, and offer a reload. Never a silent page.
function failed(error) {
  console.warn("Nexus could not start:", error);
  document.documentElement.dataset.app = "failed";
  const notice = document.createElement("p");
  notice.className = "load-failed";
  notice.setAttribute("role", "alert");
  notice.textContent = `The interactive part of this page could not load (${error.message || error}). ` +
    "The content below is complete; filters and search need it. ";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "button";
  reload.textContent = "Reload";
  reload.addEventListener("click", () => location.reload());
  notice.append(reload);
  // At the top of the page's main landmark (the prerendered one), else of the app's element.
  const host = document.querySelector("main") ?? document.getElementById("nexus") ?? document.body;
  host.prepend(notice);
}

// After the next frame has been painted; at once in a background tab, which paints no frames.
if (document.visibilityState === "hidden") {
  start();
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
}
