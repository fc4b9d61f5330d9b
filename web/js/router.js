/* global window, document, URLSearchParams */
// Hash routes (#/path?query): the server serves one page, links work without JavaScript knowing the server's
// paths, and the back button works. A page module exports render(main, { params, query }) and may return
// { update(route) } to take a change of query (a source opened) without being rebuilt.

const ROUTES = [
  { name: 'home', pattern: /^\/$/, load: () => import('./pages/home.js') },
  { name: 'disclosure', pattern: /^\/d\/(\d+)(?:\/(findings|tables|downloads))?$/, keys: ['id', 'tab'], load: () => import('./pages/disclosure.js') },
  { name: 'department', pattern: /^\/departments\/(\d+)$/, keys: ['id'], load: () => import('./pages/department.js') },
  { name: 'dashboard', pattern: /^\/dashboard$/, load: () => import('./pages/dashboard.js') },
  { name: 'search', pattern: /^\/search$/, load: () => import('./pages/search.js') },
  { name: 'compare', pattern: /^\/compare$/, load: () => import('./pages/compare.js') },
  { name: 'batch', pattern: /^\/batch$/, load: () => import('./pages/batch.js') },
  { name: 'rankings', pattern: /^\/rankings$/, load: () => import('./pages/rankings.js') },
  { name: 'rules', pattern: /^\/rules$/, load: () => import('./pages/rules.js') },
];

/** Navigation group a route belongs to (for aria-current in the main navigation). */
const NAV = { disclosure: 'home', department: 'dashboard' };

export function parseHash(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, search = ''] = raw.split('?');
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params = {};
    (route.keys ?? []).forEach((k, i) => (params[k] = m[i + 1]));
    return { route, path, params, query: new URLSearchParams(search) };
  }
  return undefined;
}

export function startRouter(main, { onNotFound }) {
  let current; // { route, path, params, handle }
  let generation = 0;
  let first = true;

  async function go() {
    const hash = window.location.hash;
    // In-page anchors that are not routes (the skip link) are left alone.
    if (hash && !hash.startsWith('#/')) return;
    const match = parseHash(hash);
    if (!match) return onNotFound(main);
    if (current && current.route === match.route && current.path === match.path && current.handle?.update) {
      current.handle.update({ params: match.params, query: match.query });
      return;
    }
    const mine = ++generation;
    current?.handle?.destroy?.();
    current = undefined;
    for (const a of document.querySelectorAll('[data-nav]')) {
      if (a.dataset.nav === (NAV[match.route.name] ?? match.route.name)) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const module = await match.route.load();
    if (mine !== generation) return;
    main.replaceChildren();
    const handle = await module.render(main, { params: match.params, query: match.query });
    if (mine !== generation) return;
    current = { route: match.route, path: match.path, handle };
    // Focus the new page's heading so that keyboard and screen-reader users start at the top of the new content.
    // The first page of a visit keeps the browser's own start (Tab reaches the skip link first).
    const heading = main.querySelector('h1');
    if (heading) {
      document.title = `${heading.textContent} · 决算通`;
      if (!first) heading.focus({ preventScroll: true });
    }
    first = false;
    window.scrollTo(0, 0);
  }

  window.addEventListener('hashchange', go);
  go();
  return { refresh: go };
}

/** Changes the hash's query without a history entry per click (a source opened, a filter changed). */
export function setQuery(path, params, { replace = false } = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  const hash = `#${path}${s ? `?${s}` : ''}`;
  if (replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
  } else window.location.hash = hash;
}
