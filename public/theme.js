// Applies the visitor's colour theme before the first paint, so a reload never flashes the wrong
// one. Loaded from <head> with `async blocking="render"`: the browser parses the page on while it
// loads (the prerendered content is in the DOM at once) but paints nothing before it has run.
// Browsers without `blocking` run it as soon as it arrives: it is the first and smallest request,
// so it still runs before the stylesheets are in and anything is painted. An external file: the
// Content-Security-Policy allows no inline script. The header's theme switch
// (src/components/theme.rs) stores the choice under the same key and applies it the same way:
// `data-theme` on <html> ("light" or "dark"; absent for "system", where the prefers-color-scheme
// media query decides) and the color-scheme meta tag.
(function () {
  var theme = null;
  try {
    theme = window.localStorage.getItem("nexus-theme");
  } catch (e) {
    // Storage blocked (privacy settings): follow the system.
  }
  if (theme !== "light" && theme !== "dark") return;
  document.documentElement.setAttribute("data-theme", theme);
  var meta = document.querySelector('meta[name="color-scheme"]');
  if (meta) meta.setAttribute("content", theme);
})();
