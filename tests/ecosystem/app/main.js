// The page code a user writes: simkit on the page, in a module worker of the user's own, and
// through SimkitWorker. The test reads window.simkitResults.
import { init, jaccard } from 'simkit';
import { SimkitWorker } from 'simkit/worker';

async function run() {
  await init();
  const page = jaccard('a b c d', 'a b c e', { ngramSize: 1 });
  const own = new Worker(new URL('./page-worker.js', import.meta.url), { type: 'module' });
  const moduleWorker = await new Promise((resolve, reject) => {
    own.onmessage = (e) => resolve(e.data);
    own.onerror = (e) => reject(new Error(`page-worker failed: ${e.message}`));
  });
  own.terminate();
  const sk = new SimkitWorker();
  const simkitWorker = await sk.call('jaccard', ['a b c d', 'a b c e', { ngramSize: 1 }]);
  sk.terminate();
  return { page, moduleWorker, simkitWorker };
}

run()
  .then(
    (r) => {
      window.simkitResults = r;
    },
    (e) => {
      window.simkitResults = { error: String(e?.stack ? e.stack : e) };
    },
  )
  .finally(() => {
    document.getElementById('result').textContent = JSON.stringify(window.simkitResults);
  });
