// nexus serve's live reload, loaded by every page it serves (an external script: the site's CSP
// allows no inline one). It long-polls /__nexus/status for the build number: when a build newer
// than this page's has succeeded it reloads the page; while the latest build has a problem it
// shows the problem lines in a banner (the page itself is the last good build's).
(() => {
  'use strict';
  const script = document.currentScript;
  // The build this page was served from.
  const built = Number(new URL(script.src).searchParams.get('build'));
  const BANNER = 'nexus-serve-problem';

  function showProblem(text) {
    let banner = document.getElementById(BANNER);
    if (!banner) {
      banner = document.createElement('div');
      banner.id = BANNER;
      banner.setAttribute('role', 'alert');
      const title = document.createElement('p');
      // The page served before any good build says so (cmd/serve.rs, WAITING_PAGE).
      const waiting = document.body.hasAttribute('data-nexus-serve-waiting');
      title.textContent = waiting
        ? 'nexus serve: the source has a problem, so there is no site to show yet. This page ' +
          'reloads when the source is fixed.'
        : 'nexus serve: the source has a problem. This page shows the last good build, and ' +
          'reloads when the source is fixed.';
      banner.append(title, document.createElement('pre'));
    }
    banner.querySelector('pre').textContent = text;
    // The app owns the body and may replace what is in it: put the banner back each time.
    if (!banner.isConnected) document.body.append(banner);
  }

  function hideProblem() {
    document.getElementById(BANNER)?.remove();
  }

  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function watch() {
    // 0 is no build: the first answer comes at once, with the current state.
    let since = 0;
    for (;;) {
      let status;
      try {
        const response = await fetch(`/__nexus/status?since=${since}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(`status ${response.status}`);
        status = await response.json();
      } catch {
        // The server is restarting, or gone: ask again in a moment.
        await pause(1000);
        continue;
      }
      since = status.build;
      if (status.problem === null) {
        if (status.build !== built) {
          location.reload();
          return;
        }
        hideProblem();
      } else {
        showProblem(status.problem);
      }
    }
  }

  watch();
})();
