// Loads simkit under a CSP without 'unsafe-eval' (tests/e2e/csp.test.js): `simkit/csp` into
// #out, the default browser entry into #default. With ?probe the page first tries eval itself
// (#eval), to show the policy is in force; that attempt logs a CSP violation, so only then.
import { init, jaccard, xxh3 } from '/dist/index.noeval.js';
import * as web from '/dist/index.web.js';

const show = (id, text) => {
  document.getElementById(id).textContent = text;
};
const scores = (s) => `${s.xxh3('').toString(16)} ${s.jaccard('a b c d', 'a b c e', { ngramSize: 1 })}`;

async function main() {
  if (new URLSearchParams(location.search).has('probe')) {
    try {
      show('eval', `eval ran: ${new Function('return 1')()}`);
    } catch (e) {
      show('eval', `eval refused: ${e.name}`);
    }
  }
  await init();
  show('out', scores({ jaccard, xxh3 }));
  await web.init({ fresh: true });
  show('default', scores(web));
}

main().then(
  () => {
    document.body.dataset.ready = 'true';
  },
  (e) => {
    show('out', `error: ${e.message}`);
    document.body.dataset.ready = 'error';
  },
);
