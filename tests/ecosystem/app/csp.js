// A page under script-src 'self' 'wasm-unsafe-eval' (no 'unsafe-eval'), importing simkit/csp.
import { init, jaccard } from 'simkit/csp';

init()
  .then(
    () => {
      window.simkitResults = { csp: jaccard('a b c d', 'a b c e', { ngramSize: 1 }) };
    },
    (e) => {
      window.simkitResults = { error: String(e?.stack ? e.stack : e) };
    },
  )
  .finally(() => {
    document.getElementById('result').textContent = JSON.stringify(window.simkitResults);
  });
