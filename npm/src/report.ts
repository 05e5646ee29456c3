// Self-contained plagiarism reports: one HTML file (no scripts, no network) with the ranked
// pairs and, for each pair, the two texts side by side with shared passages highlighted and
// linked to their twins; or the same data as JSON.

import { renamedOption } from './deprecate.js';
import { expectArray, expectEnum, expectInteger, expectNumber, expectOptions, expectString } from './validate.js';
import type { DocumentPair, Passage, WinnowIndex } from './winnow.js';

/** Options of {@link plagiarismReport}. */
export interface ReportOptions {
  /** Report title. Default 'simkit plagiarism report'. */
  title?: string;
  /** Pairs with at least this similarity. Default 0.05. */
  threshold?: number;
  /** At most this many pairs. Default 100. */
  limit?: number;
  /** 'html' (default) or 'json'. */
  format?: 'html' | 'json';
  /**
   * Documents that were meant to be in the index but could not be read (and why): listed in the
   * report's "not analyzed" section, so that it never claims to cover them.
   */
  notAnalyzed?: Array<{
    /** The document's name. */
    document: string;
    /** Why it was not analyzed (e.g. a scanned PDF without text). */
    reason: string;
  }>;
  /** @deprecated Use `threshold`; goes in the next minor version. */
  minScore?: number;
}

/** A pair as it appears in the JSON report. */
export interface ReportPair {
  /** Key of the first document. */
  a: string;
  /** Key of the second document. */
  b: string;
  /** Fingerprint similarity of the pair, as in {@link DocumentPair.similarity}. */
  similarity: number;
  /** Share of `a`'s UTF-16 code units inside shared passages, in [0, 1]. */
  coverageA: number;
  /** Share of `b`'s UTF-16 code units inside shared passages, in [0, 1]. */
  coverageB: number;
  /** The passage score of the pair, as in {@link PassageMatch.score}. */
  score: number;
  /** The shared passages, with UTF-16 spans into both texts. */
  passages: Array<
    Omit<Passage, 'aText' | 'bText'> & {
      /** The passage as written in `a`. */
      text: string;
    }
  >;
}

const KEYS = ['title', 'threshold', 'limit', 'format', 'notAnalyzed', 'minScore'] as const;

function expectNotAnalyzed(fn: string, v: unknown): Array<{ document: string; reason: string }> {
  return expectArray(fn, 'notAnalyzed', v).map((entry, i) => {
    const e = entry as { document?: unknown; reason?: unknown } | null;
    if (e === null || typeof e !== 'object' || typeof e.document !== 'string' || typeof e.reason !== 'string') {
      throw new TypeError(`simkit.${fn}: notAnalyzed[${i}] must be { document: string, reason: string }`);
    }
    return { document: e.document, reason: e.reason };
  });
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Highlights non-overlapping [start, end) ranges of `text`, each linked to its twin. */
function highlighted(text: string, ranges: Array<{ start: number; end: number; id: string; twin: string }>): string {
  const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  let html = '';
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue; // inside an earlier highlight
    html += escapeHtml(text.slice(at, start));
    html += `<a class="m" id="${r.id}" href="#${r.twin}">${escapeHtml(text.slice(start, r.end))}</a>`;
    at = r.end;
  }
  return html + escapeHtml(text.slice(at));
}

function collect(
  index: WinnowIndex,
  minScore: number,
  limit: number,
): { pairs: DocumentPair[]; texts: Map<string, string> } {
  const pairs = index.pairs({ threshold: minScore, limit, passages: true });
  const texts = new Map<string, string>();
  for (const p of pairs) {
    texts.set(p.a, index.text(p.a)!);
    texts.set(p.b, index.text(p.b)!);
  }
  return { pairs, texts };
}

/**
 * A report of the most similar pairs of an index.
 * @returns an HTML document (one file, works offline) or a JSON string
 * @example writeFileSync('report.html', plagiarismReport(index, { limit: 50 }))
 */
export function plagiarismReport(index: WinnowIndex, options?: ReportOptions): string {
  const fn = 'plagiarismReport';
  const o = expectOptions<ReportOptions>(fn, 'options', options, KEYS);
  const title = o.title === undefined ? 'simkit plagiarism report' : expectString(fn, 'title', o.title);
  const threshold = renamedOption(fn, o, 'threshold', 'minScore');
  const minScore = threshold === undefined ? 0.05 : expectNumber(fn, 'threshold', threshold, 0, 1);
  const limit = o.limit === undefined ? 100 : expectInteger(fn, 'limit', o.limit, 1, 0xffffffff);
  const format = o.format === undefined ? 'html' : expectEnum(fn, 'format', o.format, ['html', 'json'] as const);
  const notAnalyzed = o.notAnalyzed === undefined ? [] : expectNotAnalyzed(fn, o.notAnalyzed);
  const { pairs, texts } = collect(index, minScore, limit);

  if (format === 'json') {
    const out: ReportPair[] = pairs.map((p) => ({
      a: p.a,
      b: p.b,
      similarity: p.similarity,
      coverageA: p.match!.coverageA,
      coverageB: p.match!.coverageB,
      score: p.match!.score,
      passages: p.match!.passages.map(({ aText, bText: _b, ...rest }) => ({ ...rest, text: aText })),
    }));
    return JSON.stringify({ title, generatedBy: 'simkit', documents: index.size, pairs: out, notAnalyzed }, null, 2);
  }

  const rows = pairs
    .map(
      (p, n) =>
        `<tr><td>${n + 1}</td><td><a href="#pair-${n}">${escapeHtml(p.a)}</a></td>` +
        `<td><a href="#pair-${n}">${escapeHtml(p.b)}</a></td><td>${pct(p.similarity)}</td><td>${pct(p.match!.coverageA)}</td>` +
        `<td>${pct(p.match!.coverageB)}</td><td>${p.match!.passages.length}</td></tr>`,
    )
    .join('\n');
  const sections = pairs
    .map((p, n) => {
      const m = p.match!;
      const aRanges = m.passages.map((x, i) => ({
        start: x.aStart,
        end: x.aEnd,
        id: `p${n}a${i}`,
        twin: `p${n}b${i}`,
      }));
      const bRanges = m.passages.map((x, i) => ({
        start: x.bStart,
        end: x.bEnd,
        id: `p${n}b${i}`,
        twin: `p${n}a${i}`,
      }));
      return `<section id="pair-${n}"><h2>${n + 1}. ${escapeHtml(p.a)} ↔ ${escapeHtml(p.b)}</h2>
<p class="stats">similarity ${pct(p.similarity)} · ${pct(m.coverageA)} of ${escapeHtml(p.a)} and ${pct(m.coverageB)} of ${escapeHtml(p.b)} in ${m.passages.length} shared passage(s) · <a href="#top">back to the list</a></p>
<div class="sbs"><div><h3>${escapeHtml(p.a)}</h3><pre>${highlighted(texts.get(p.a)!, aRanges)}</pre></div>
<div><h3>${escapeHtml(p.b)}</h3><pre>${highlighted(texts.get(p.b)!, bRanges)}</pre></div></div></section>`;
    })
    .join('\n');
  const unread =
    notAnalyzed.length === 0
      ? ''
      : `<section id="not-analyzed"><h2>Not analyzed (${notAnalyzed.length})</h2>
<p>These documents could not be read; this report says nothing about them.</p>
<table><thead><tr><th>document</th><th>why</th></tr></thead><tbody>
${notAnalyzed.map((d) => `<tr><td>${escapeHtml(d.document)}</td><td>${escapeHtml(d.reason)}</td></tr>`).join('\n')}
</tbody></table></section>`;
  const notAnalyzedNote =
    notAnalyzed.length === 0
      ? ''
      : ` · <a href="#not-analyzed">${notAnalyzed.length} not analyzed</a> (could not be read)`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;color:#1b1f24;margin:0 auto;max-width:1200px;padding:1rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d0d7de;padding:.3rem .5rem;text-align:left}
th{background:#f6f8fa}.sbs{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
pre{white-space:pre-wrap;word-break:break-word;border:1px solid #d0d7de;border-radius:6px;padding:.75rem;font:13px/1.5 ui-monospace,monospace;max-height:40rem;overflow:auto}
a.m{background:#ffe58a;color:inherit;text-decoration:none}a.m:target{background:#ff9f43;outline:2px solid #b35c00}
.stats{color:#57606a}section{margin-top:2rem;border-top:2px solid #d0d7de}
@media(max-width:700px){.sbs{grid-template-columns:1fr}}
</style></head><body>
<h1 id="top">${escapeHtml(title)}</h1>
<p>${index.size} documents analyzed${notAnalyzedNote} · ${pairs.length} pair(s) with similarity ≥ ${pct(minScore)} · generated by simkit on this machine; nothing was uploaded. Click a highlighted passage to jump to its twin.</p>
<table><thead><tr><th>#</th><th>document A</th><th>document B</th><th>similarity</th><th>A covered</th><th>B covered</th><th>passages</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${sections}
${unread}
</body></html>
`;
}
