// Keeps the prerendered page's controls alive until the app has taken over (src/prerendered.rs
// sets html[data-app]), as *state* the app adopts, never as events to replay:
// - a facet button toggles its aria-pressed at once, and typing into the list's search box or a
//   facet click writes the list's filter into the URL (history.replaceState) in the format
//   crates/core/src/filter/query.rs decodes: the app starts from the URL;
// - "/", Ctrl/Cmd+K or the header's Search button open the copy's search dialog; the app reads
//   its text, and which control had focus, before it removes the copy;
// - the phone's "Filters" disclosure opens and closes (style/components.css shows the panel);
// - a theme pick applies and is kept, as public/theme.js and src/components/theme.rs do.
// Links need nothing. An external file: the Content-Security-Policy allows no inline script.
(function () {
  var doc = document, root = doc.documentElement, box;
  var live = function () { return !root.dataset.app; };
  var copy = function (s) { return doc.querySelector("#prerendered " + s); };
  var facets = function () { return doc.querySelectorAll("#prerendered button[data-facet]"); };
  var pressed = function (b) { return b.getAttribute("aria-pressed") == "true"; };
  var dec = function (s) { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return s; } };

  // The copy was rendered without a query: show the URL's filter on it (unknown values ignored).
  function adoptUrl() {
    var query = {};
    location.search.slice(1).split("&").forEach(function (pair) {
      var i = pair.indexOf("="), key = dec(i < 0 ? pair : pair.slice(0, i));
      if (!(key in query)) query[key] = i < 0 ? "" : dec(pair.slice(i + 1));
    });
    facets().forEach(function (b) {
      b.setAttribute("aria-pressed", (query[b.dataset.facet] || "").split(",").some(function (v) { return v.trim() == b.dataset.value; }));
    });
    box = copy(".filters input");
    if (box && !box.value && query.q) box.value = query.q;
    countPressed();
  }

  // "Filters · 2 active" on the phone's disclosure button, as the app says it.
  function countPressed() {
    var n = copy(".filters-active"), count = [].filter.call(facets(), pressed).length;
    if (n) n.textContent = count ? " · " + count + " active" : "";
  }

  // The filter as the app writes it: ?q=…&facet=a,b, facets in page order, values sorted.
  function writeUrl() {
    var parts = box && box.value ? ["q=" + encodeURIComponent(box.value)] : [], on = {}, order = [];
    facets().forEach(function (b) {
      var f = b.dataset.facet;
      if (!on[f]) order.push(f), (on[f] = []);
      if (pressed(b)) on[f].push(encodeURIComponent(b.dataset.value));
    });
    order.forEach(function (f) { if (on[f].length) parts.push(f + "=" + on[f].sort().join(",")); });
    history.replaceState(history.state, "", location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash);
    countPressed();
  }

  function openSearch() {
    var dialog = copy("dialog");
    if (!dialog) return; // no copy (trunk serve, or embedded in another page): keys stay theirs
    if (!dialog.open) dialog.showModal();
    dialog.querySelector("input").focus();
    return true;
  }

  doc.addEventListener("click", function (e) {
    var b = live() && e.target.closest("#prerendered button");
    if (!b) return;
    if (b.matches(".search-button")) openSearch();
    else if (b.matches(".search-close")) copy("dialog").close();
    else if (b.matches(".filters-toggle")) b.setAttribute("aria-expanded", b.getAttribute("aria-expanded") != "true");
    else if (b.dataset.facet) b.setAttribute("aria-pressed", !pressed(b)), writeUrl();
  });

  doc.addEventListener("input", function (e) {
    if (live() && e.target == box) writeUrl();
  });

  doc.addEventListener("change", function (e) {
    var theme = e.target.value, chosen = theme == "light" || theme == "dark";
    if (!live() || !e.target.matches("#prerendered [name=theme]")) return;
    try {
      chosen ? localStorage.setItem("nexus-theme", theme) : localStorage.removeItem("nexus-theme");
    } catch (x) {} // storage blocked: applied, not kept
    chosen ? root.setAttribute("data-theme", theme) : root.removeAttribute("data-theme");
    doc.querySelector("meta[name=color-scheme]").setAttribute("content", chosen ? theme : "light dark");
  });

  // "/" outside text fields, Ctrl/Cmd+K anywhere, as src/components/search.rs.
  doc.addEventListener("keydown", function (e) {
    var command = e.ctrlKey || e.metaKey, t = e.target;
    if (!live() || e.defaultPrevented || e.isComposing || e.altKey) return;
    if (((command && e.key.toLowerCase() == "k") || (e.key == "/" && !command && !(t.isContentEditable || t.matches("textarea,select,input:not([type=radio])")))) && openSearch()) {
      e.preventDefault();
    }
  });

  // Listening from here on (the browser tests wait for this mark before early input).
  root.dataset.early = "on";
  // The script is async: it may run before the copy is parsed.
  if (doc.readyState == "loading") doc.addEventListener("DOMContentLoaded", adoptUrl);
  else adoptUrl();
})();
