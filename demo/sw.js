// Offline support. When the page is first opened, this service worker stores everything the
// page can need in the Cache API: the page's modules, the package's modules and wasm (found by
// following their imports from the entry points), and the sample texts. Later visits then work
// without a network. While online, files come from the network first, so a new build shows at
// once, and the cached copy is refreshed.
const CACHE = 'simkit-demo-v1';
// Fetched on demand by the modes; tests/e2e checks this list names every file in samples/.
const SAMPLES = [
  'authorship.json',
  'bees-copy.txt',
  'bees.txt',
  'bread-rewrite.txt',
  'bread.txt',
  'lighthouse-copy.txt',
  'lighthouse.txt',
  'trains.txt',
];
// The format libraries the worker imports by URL when files are read (views/files.js).
const VENDOR = ['chardet.js', 'htmlparser2.js', 'fflate.js', 'pdf.mjs', 'pdf.worker.mjs'];
const ROOTS = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'dist/web/documents-worker.js',
  ...SAMPLES.map((s) => `samples/${s}`),
  ...VENDOR.map((v) => `vendor/${v}`),
];

// Module specifiers and `new URL('x', import.meta.url)` references in our own (unbundled) ES
// modules. Bare specifiers (no ./, ../ or /) are not files of this site and are left alone.
const REFERENCES = [
  /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

function references(source, base) {
  const out = [];
  for (const re of REFERENCES) {
    for (const m of source.matchAll(re)) {
      if (!/^(\.{1,2}\/|\/)/.test(m[1])) continue;
      const url = new URL(m[1], base);
      if (url.origin === self.location.origin) out.push(url.href);
    }
  }
  return out;
}

/** Caches the roots and every file their modules reference, transitively. */
async function precache() {
  const cache = await caches.open(CACHE);
  const seen = new Set();
  let queue = ROOTS.map((r) => new URL(r, self.registration.scope).href);
  while (queue.length) {
    const next = [];
    await Promise.all(
      queue.map(async (url) => {
        if (seen.has(url)) return;
        seen.add(url);
        const response = await fetch(url, { cache: 'no-cache' });
        if (!response.ok) throw new Error(`offline cache: ${url}: HTTP ${response.status}`);
        await cache.put(url, response.clone());
        if (/\.m?js$/.test(new URL(url).pathname)) next.push(...references(await response.text(), url));
      }),
    );
    queue = next;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      try {
        const response = await fetch(request);
        if (response.ok) {
          const cache = await caches.open(CACHE);
          await cache.put(request, response.clone());
        }
        return response;
      } catch (error) {
        const cached = await caches.match(request, { ignoreSearch: true });
        if (cached) return cached;
        throw error;
      }
    })(),
  );
});
