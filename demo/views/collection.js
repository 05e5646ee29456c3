// Mode 2: a collection of documents: heatmap, clusters, ranked pairs, side by side, exports.
import { drawHeatmap } from './heatmap.js';
import { acceptDrops, readDocumentFiles, showReads } from './files.js';
import { renderSideBySide } from './passages.js';

const $ = (id) => document.getElementById(id);
const SAMPLES = ['lighthouse', 'lighthouse-copy', 'bread', 'bread-rewrite', 'trains', 'bees', 'bees-copy'];
const pct = (x) => `${(100 * x).toFixed(1)}%`;

export function setupCollection(worker) {
  let docs = []; // { name, text, format?, encoding? }
  let result = null;

  function setDocs(list, unread = []) {
    docs = list;
    $('file-count').textContent =
      `${docs.length} document(s) loaded.${unread.length ? ` ${unread.length} could not be read and ${unread.length === 1 ? 'is' : 'are'} left out (listed below).` : ''}`;
    $('analyze').disabled = docs.length < 2;
  }

  async function readFiles(files) {
    $('file-count').textContent = 'Reading…';
    try {
      const read = await readDocumentFiles(worker, files);
      showReads($('file-list'), read);
      setDocs(
        read.filter((d) => !d.error),
        read.filter((d) => d.error),
      );
    } catch (e) {
      $('file-count').textContent = `Could not read the files: ${e.message}`;
    }
  }

  $('files').addEventListener('change', (e) => readFiles(e.target.files));
  acceptDrops($('drop'), readFiles);
  $('collection-sample').addEventListener('click', async () => {
    $('file-list').replaceChildren();
    setDocs(
      await Promise.all(
        SAMPLES.map(async (n) => ({ name: `${n}.txt`, text: (await (await fetch(`samples/${n}.txt`)).text()).trim() })),
      ),
    );
  });
  $('threshold').addEventListener('input', () => {
    $('threshold-value').value = Number($('threshold').value).toFixed(2);
  });

  async function showPair(a, b) {
    $('pair-title').textContent = `Side by side: ${docs[a].name} ↔ ${docs[b].name}`;
    const r = await worker.call('compareTexts', [docs[a].text, docs[b].text, {}]);
    renderSideBySide($('pair-view'), {
      nameA: docs[a].name,
      nameB: docs[b].name,
      textA: docs[a].text,
      textB: docs[b].text,
      passages: r.match.passages,
      prefix: 'pair',
    });
    $('pair-title').scrollIntoView({ block: 'start' });
    document.body.dataset.pairShown = `${a}-${b}`;
  }

  function render() {
    const n = docs.length;
    drawHeatmap(
      $('heatmap'),
      result.matrix,
      n,
      showPair,
      docs.map((d) => d.name),
    );
    const clusters = $('clusters');
    clusters.replaceChildren();
    for (const c of result.clusters) {
      const li = document.createElement('li');
      li.textContent = c.map((i) => docs[i].name).join(', ');
      clusters.append(li);
    }
    if (result.clusters.length === 0)
      clusters.append(
        Object.assign(document.createElement('li'), { textContent: 'No near-duplicates at this threshold.' }),
      );
    const body = $('pairs').querySelector('tbody');
    body.replaceChildren();
    result.pairs.forEach((p, i) => {
      const tr = document.createElement('tr');
      tr.tabIndex = 0;
      for (const v of [i + 1, docs[p.a].name, docs[p.b].name, pct(p.similarity), pct(p.coverageA), pct(p.coverageB)]) {
        tr.append(Object.assign(document.createElement('td'), { textContent: String(v) }));
      }
      const open = () => showPair(p.a, p.b);
      tr.addEventListener('click', open);
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') open();
      });
      body.append(tr);
    });
    $('collection-results').hidden = false;
  }

  $('analyze').addEventListener('click', async () => {
    const started = performance.now();
    $('analyze').disabled = true;
    $('cancel').disabled = false;
    $('progress').hidden = false;
    $('progress').value = 0;
    $('collection-status').textContent = 'Analyzing…';
    try {
      result = await worker.call(
        'analyzeCollection',
        [docs.map((d) => d.text), { threshold: Number($('threshold').value) }],
        {
          onProgress: (done, total, stage) => {
            $('progress').value = total ? done / total : 0;
            $('collection-status').textContent = `${stage} ${done}/${total}`;
          },
        },
      );
      render();
      const ms = performance.now() - started;
      $('collection-status').textContent = `${docs.length} documents analyzed in ${(ms / 1000).toFixed(2)} s.`;
      document.body.dataset.analyzedMs = String(Math.round(ms));
    } catch (e) {
      $('collection-status').textContent = e.name === 'AbortError' ? 'Cancelled.' : `Error: ${e.message}`;
    } finally {
      $('analyze').disabled = docs.length < 2;
      $('cancel').disabled = true;
      $('progress').hidden = true;
    }
  });
  $('cancel').addEventListener('click', () => worker.cancel());

  async function download(format) {
    const content = await worker.call('collectionReport', [
      docs.map((d) => d.name),
      docs.map((d) => d.text),
      { format },
    ]);
    const blob = new Blob([content], { type: format === 'html' ? 'text/html' : 'application/json' });
    const a = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `simkit-report.${format}`,
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  $('export-html').addEventListener('click', () => download('html'));
  $('export-json').addEventListener('click', () => download('json'));
}
