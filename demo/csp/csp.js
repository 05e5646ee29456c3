// Loads simkit's no-eval build under a CSP without 'unsafe-eval' (tests/e2e/csp.test.js).
import { init, jaccard, xxh3 } from '/dist/index.noeval.js';

init().then(
  () => {
    const out = document.getElementById('out');
    out.textContent = `${xxh3('').toString(16)} ${jaccard('a b c d', 'a b c e', { ngramSize: 1 })}`;
    document.body.dataset.ready = 'true';
  },
  (e) => {
    document.getElementById('out').textContent = `error: ${e.message}`;
    document.body.dataset.ready = 'error';
  },
);
