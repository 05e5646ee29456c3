// The demo page: tabs, one simkit worker shared by every mode (the UI thread never runs the
// heavy work), and the modes themselves in views/.
import { SimkitWorker } from '/dist/web/client.js';
import { setupAuthorship } from './views/authorship.js';
import { setupCollection } from './views/collection.js';
import { setupCompare } from './views/compare.js';
import { setupFuzzy } from './views/fuzzy.js';

// The worker script that also reads documents (any format, in the worker: views/files.js).
const worker = new SimkitWorker(new URL('/dist/web/documents-worker.js', location.href));
const tabs = [...document.querySelectorAll('[role="tab"]')];

function select(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
  }
  tab.focus();
}
tabs.forEach((t, i) => {
  t.addEventListener('click', () => select(t));
  t.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight') select(tabs[(i + 1) % tabs.length]);
    if (e.key === 'ArrowLeft') select(tabs[(i - 1 + tabs.length) % tabs.length]);
  });
});

// Offline: a service worker keeps every file of the page (sw.js). Service workers need a
// secure context; http://127.0.0.1 and https:// are.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker
    .register('sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then(
      () => {
        document.getElementById('offline-status').textContent = 'It also works offline now.';
        document.body.dataset.offline = 'ready';
      },
      (e) => {
        document.getElementById('offline-status').textContent = `(Offline use is unavailable: ${e.message})`;
      },
    );
}

setupCompare(worker);
setupCollection(worker);
setupFuzzy(worker);
setupAuthorship(worker);
worker.call('xxh3', ['']).then(
  () => {
    document.getElementById('status').textContent = 'Ready. Paste two texts or try the example.';
    document.body.dataset.ready = 'true';
  },
  (e) => {
    document.getElementById('status').textContent = `Could not load simkit: ${e.message}`;
  },
);
