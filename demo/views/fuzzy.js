// Mode 4: fuzzy matching of a query against a list, updated as you type.
import { SCORERS } from '/dist/web/client.js';

const $ = (id) => document.getElementById(id);
const NAMES = [
  'Anna Müller',
  'Jonathan Smythe',
  'Zoë Kravitz',
  'José Álvarez',
  'Li Wei',
  'Ólafur Arnalds',
  'Søren Kierkegaard',
  'Björk Guðmundsdóttir',
  'François Truffaut',
  'Chloë Sevigny',
  'Jon Smith',
  'Joan Smith',
  'Johann Schmidt',
  'Ana Mueller',
  '山田太郎',
];

export function setupFuzzy(worker) {
  // The package's scorer list, so a new scorer shows up here without an edit.
  $('fuzzy-scorer').replaceChildren(
    ...SCORERS.map((s) => Object.assign(document.createElement('option'), { value: s, textContent: s })),
  );
  let pending = 0;
  async function update() {
    const query = $('fuzzy-query').value;
    const candidates = $('fuzzy-list')
      .value.split('\n')
      .filter((l) => l.trim());
    const body = $('fuzzy-results').querySelector('tbody');
    if (!query || candidates.length === 0) {
      body.replaceChildren();
      return;
    }
    const ticket = ++pending;
    const options = {
      scorer: $('fuzzy-scorer').value,
      limit: 10,
      ...($('fuzzy-case').checked ? { normalize: {} } : {}),
    };
    const matches = await worker.call('extract', [query, candidates, options]);
    if (ticket !== pending) return; // a newer keystroke won
    body.replaceChildren(
      ...matches.map((m, i) => {
        const tr = document.createElement('tr');
        for (const v of [i + 1, m.candidate, m.score.toFixed(3)])
          tr.append(Object.assign(document.createElement('td'), { textContent: String(v) }));
        return tr;
      }),
    );
    document.body.dataset.fuzzy = `${query}:${matches.length}`;
  }
  for (const id of ['fuzzy-query', 'fuzzy-list', 'fuzzy-scorer', 'fuzzy-case']) $(id).addEventListener('input', update);
  $('fuzzy-sample').addEventListener('click', () => {
    $('fuzzy-list').value = NAMES.join('\n');
    update();
  });
}
