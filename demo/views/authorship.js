// Mode 3: authorship. Candidate authors with their known texts and an unknown text: which
// candidate is most likely (Delta), is it the same writer (the combined verifier), and the
// features that decided. The sample essays of the page serve as background impostors.
import { ACCEPT, acceptDrops, readDocumentFiles, showReads } from './files.js';

const $ = (id) => document.getElementById(id);
const fmt = (x) => (x === null || x === undefined ? '–' : x.toFixed(3));
const BACKGROUND = ['lighthouse.txt', 'bees.txt', 'bread.txt', 'trains.txt'];

function cell(text) {
  return Object.assign(document.createElement('td'), { textContent: String(text) });
}

function row(values) {
  const tr = document.createElement('tr');
  tr.append(...values.map(cell));
  return tr;
}

/** Adds one candidate block (name + texts) to the list. */
function addCandidate(worker, name = '', texts = []) {
  const list = $('candidates');
  const n = list.children.length + 1;
  const block = document.createElement('div');
  block.className = 'candidate';
  const nameId = `candidate-name-${n}`;
  const textId = `candidate-texts-${n}`;
  block.innerHTML = `<label for="${nameId}">Author ${n}</label><input id="${nameId}" type="text" autocomplete="off">
    <label for="${textId}" class="visually-hidden">Texts of author ${n}</label><textarea id="${textId}" rows="6" spellcheck="false"></textarea>
    <label class="file-label">add files (or drop them on this author) <input type="file" multiple accept="${ACCEPT}" aria-label="Add files of author ${n}"></label>
    <ul class="reads" aria-live="polite"></ul>
    <button type="button" class="remove" aria-label="Remove author ${n}">Remove</button>`;
  block.querySelector('input').value = name || `Author ${n}`;
  block.querySelector('textarea').value = texts.join('\n---\n');
  block.querySelector('.remove').addEventListener('click', () => block.remove());
  // Files add texts to this author, joined with --- lines.
  const addFiles = async (files) => {
    const area = block.querySelector('textarea');
    const read = await readDocumentFiles(worker, files);
    showReads(block.querySelector('.reads'), read);
    const texts = read.filter((d) => !d.error).map((d) => d.text);
    area.value = [area.value.trim(), ...texts.map((t) => t.trim())].filter(Boolean).join('\n---\n');
  };
  block.querySelector('input[type="file"]').addEventListener('change', async (e) => {
    await addFiles(e.target.files);
    e.target.value = '';
  });
  acceptDrops(block, addFiles);
  list.append(block);
}

/** The candidates as the job takes them: texts split at lines of ---. */
export function readCandidates() {
  return [...document.querySelectorAll('#candidates .candidate')]
    .map((b) => ({
      author: b.querySelector('input').value.trim() || 'unnamed',
      texts: b
        .querySelector('textarea')
        .value.split(/^\s*---\s*$/m)
        .map((t) => t.trim())
        .filter(Boolean),
    }))
    .filter((c) => c.texts.length);
}

let background = null;
async function loadBackground() {
  background ??= await Promise.all(BACKGROUND.map((f) => fetch(`samples/${f}`).then((r) => r.text())));
  return background;
}

export function setupAuthorship(worker) {
  addCandidate(worker);
  addCandidate(worker);
  $('add-author').addEventListener('click', () => addCandidate(worker));
  const setUnknown = async (files) => {
    const [doc] = await readDocumentFiles(worker, files);
    if (doc === undefined) return;
    showReads($('unknown-reads'), [doc]);
    if (!doc.error) $('unknown-text').value = doc.text.trim();
  };
  $('unknown-file').addEventListener('change', async (e) => {
    await setUnknown(e.target.files);
    e.target.value = '';
  });
  acceptDrops($('unknown-text'), setUnknown);

  async function run() {
    const candidates = readCandidates();
    const unknown = $('unknown-text').value;
    if (!candidates.length || !unknown.trim()) {
      $('authorship-status').textContent = 'Give at least one author with a text, and the unknown text.';
      return;
    }
    $('authorship-status').textContent = 'Analyzing…';
    const mfw = Number($('mfw').value);
    const options = {
      method: $('delta-method').value,
      mfw: Number.isInteger(mfw) && mfw >= 10 && mfw <= 5000 ? mfw : 300,
      explain: 12,
      background: await loadBackground(),
    };
    try {
      const r = await worker.call('analyzeAuthorship', [candidates, unknown, options]);
      render(r);
      $('authorship-status').textContent =
        `Analyzed ${unknown.length} characters against ${candidates.reduce((n, c) => n + c.texts.length, 0)} known text(s) of ${candidates.length} author(s).`;
      document.body.dataset.authorship = String(Number(document.body.dataset.authorship ?? 0) + 1);
    } catch (e) {
      $('authorship-status').textContent = `Error: ${e.message}`;
    }
  }

  function render(r) {
    $('authorship-results').hidden = false;
    const a = r.attribution;
    $('ranking')
      .querySelector('tbody')
      .replaceChildren(...(a ? a.ranking.map((x, i) => row([i + 1, x.author, fmt(x.distance)])) : []));
    $('attribution-summary').textContent = a
      ? `Nearest in style: ${a.author}, ahead of ${a.runnerUp} by ${fmt(a.margin)} (${r.profile.words} words; distances are ${$('delta-method').selectedOptions[0].textContent}).`
      : 'Add a second author (and at least three known texts in all) to compare candidates.';
    const v = r.verification;
    $('verify-title').textContent = `Same writer as ${v.author}?`;
    $('verify-score').value = fmt(v.score);
    $('verify-decision').value = v.decision.replace('-', ' ');
    const s = v.scores;
    $('verify-summary').textContent =
      `A character model that read the known texts predicts the unknown one ${fmt(s.knownPredictsUnknown)} bits/character better than alone (the other way: ${fmt(s.unknownPredictsKnown)}); character 4-gram cosine ${fmt(s.cosine)}` +
      (s.maskedCosine === null ? '' : ` (${fmt(s.maskedCosine)} with every word but function words masked)`) +
      (s.impostors === null
        ? ''
        : `; the known texts beat sampled impostors in ${Math.round(s.impostors * 100)}% of the rounds (${v.impostors} impostor texts)`) +
      '. Above 0.5 is "same author"; the score is not calibrated on labelled data here.';
    $('evidence-section').hidden = !a;
    const evidence = a ? a.explanation.for : [];
    $('evidence-winner').textContent = a ? `${a.author} z` : 'Winner z';
    $('evidence-runner').textContent = a ? `${a.runnerUp} z` : 'Runner-up z';
    $('evidence')
      .querySelector('tbody')
      .replaceChildren(
        ...evidence.map((e) => row([e.feature, fmt(e.z), fmt(e.authorZ), fmt(e.runnerUpZ), fmt(e.contribution)])),
      );
    const show = (s) => s.replace(/ /g, '␣');
    $('shared-habits')
      .querySelector('tbody')
      .replaceChildren(
        ...v.explanation.shared.map((e) =>
          row([
            show(e.feature),
            (e.known * 1000).toFixed(2),
            (e.unknown * 1000).toFixed(2),
            fmt(e.knownZ),
            fmt(e.unknownZ),
          ]),
        ),
      );
  }

  $('authorship-run').addEventListener('click', run);
  $('authorship-sample').addEventListener('click', async () => {
    const sample = await fetch('samples/authorship.json').then((r) => r.json());
    $('candidates').replaceChildren();
    for (const c of sample.candidates) addCandidate(worker, c.author, c.texts);
    $('unknown-text').value = sample.unknown;
    await run();
  });
}
