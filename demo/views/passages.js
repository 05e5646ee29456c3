// Side-by-side view of two texts with shared passages highlighted; clicking a passage scrolls
// to its twin on the other side.

function highlight(pre, text, ranges) {
  pre.replaceChildren();
  const sorted = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    pre.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, r.end);
    mark.id = r.id;
    mark.dataset.twin = r.twin;
    mark.tabIndex = 0;
    mark.title = 'Jump to the same passage in the other text';
    pre.append(mark);
    at = r.end;
  }
  pre.append(text.slice(at));
}

function jump(event) {
  const mark = event.target.closest('mark[data-twin]');
  if (!mark) return;
  if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  const twin = document.getElementById(mark.dataset.twin);
  if (!twin) return;
  twin.scrollIntoView({ block: 'center', behavior: 'smooth' });
  twin.classList.remove('flash');
  void twin.offsetWidth; // restart the animation
  twin.classList.add('flash');
  twin.focus({ preventScroll: true });
}

/** Renders texts A and B side by side into `container`. `prefix` keeps ids unique per view. */
export function renderSideBySide(container, { nameA, nameB, textA, textB, passages, prefix }) {
  container.replaceChildren();
  const columns = [
    [nameA, textA, 'a', 'b', 'aStart', 'aEnd'],
    [nameB, textB, 'b', 'a', 'bStart', 'bEnd'],
  ];
  for (const [name, text, side, other, s, e] of columns) {
    const col = document.createElement('div');
    const h = document.createElement('h3');
    h.textContent = name;
    const pre = document.createElement('pre');
    pre.className = 'passages';
    highlight(
      pre,
      text,
      passages.map((p, i) => ({ start: p[s], end: p[e], id: `${prefix}-${side}${i}`, twin: `${prefix}-${other}${i}` })),
    );
    pre.addEventListener('click', jump);
    pre.addEventListener('keydown', jump);
    col.append(h, pre);
    container.append(col);
  }
}
