// Mode 1: compare two texts: scores and shared passages side by side.
import { acceptDrops, readDocumentFiles, showReads } from './files.js';
import { renderSideBySide } from './passages.js';

const $ = (id) => document.getElementById(id);
const fmt = (x) => x.toFixed(3);

export function setupCompare(worker) {
  const options = () => {
    const size = Number($('size').value);
    const analyzer = $('unit').value;
    return {
      analyzer,
      ngramSize: Number.isInteger(size) && size >= 1 && size <= 64 ? size : analyzer === 'word' ? 3 : 5,
      stripDiacritics: $('strip').checked,
    };
  };
  $('unit').addEventListener('change', () => {
    $('size').value = $('unit').value === 'word' ? '3' : '5';
  });

  async function compare() {
    const a = $('text-a').value;
    const b = $('text-b').value;
    $('status').textContent = 'Comparing…';
    try {
      const r = await worker.call('compareTexts', [a, b, options()]);
      $('jaccard').value = fmt(r.jaccard);
      $('a-in-b').value = fmt(r.containmentAInB);
      $('b-in-a').value = fmt(r.containmentBInA);
      $('char-jaccard').value = fmt(r.charJaccard);
      $('minhash').value = fmt(r.minhash);
      $('cosine').value = fmt(r.cosine);
      $('edit').value = r.edit === null ? 'n/a (long)' : fmt(r.edit);
      $('coverage-a').value = fmt(r.match.coverageA);
      $('coverage-b').value = fmt(r.match.coverageB);
      renderSideBySide($('compare-view'), {
        nameA: 'A',
        nameB: 'B',
        textA: a,
        textB: b,
        passages: r.match.passages,
        prefix: 'cmp',
      });
      $('status').textContent =
        `Compared ${a.length} and ${b.length} characters: ${r.match.passages.length} shared passage(s).`;
      document.body.dataset.compared = String(Number(document.body.dataset.compared ?? 0) + 1);
    } catch (e) {
      $('status').textContent = `Error: ${e.message}`;
    }
  }

  // A file (any format the reader knows) fills a text box with the text it was read as.
  for (const side of ['a', 'b']) {
    const fill = async (files) => {
      const [doc] = await readDocumentFiles(worker, files);
      if (doc === undefined) return;
      showReads($(`reads-${side}`), [doc]);
      if (!doc.error) $(`text-${side}`).value = doc.text;
    };
    $(`file-${side}`).addEventListener('change', async (e) => {
      await fill(e.target.files);
      e.target.value = '';
    });
    acceptDrops($(`text-${side}`), fill);
  }

  $('compare').addEventListener('click', compare);
  $('sample').addEventListener('click', async () => {
    const [a, b] = await Promise.all(
      ['samples/lighthouse.txt', 'samples/lighthouse-copy.txt'].map((u) => fetch(u).then((r) => r.text())),
    );
    $('text-a').value = a.trim();
    $('text-b').value = b.trim();
    await compare();
  });
}
