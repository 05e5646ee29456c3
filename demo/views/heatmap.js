// The similarity matrix as a canvas heatmap: one pixel per cell in an ImageData, scaled up
// without smoothing, so hundreds of documents draw in a few milliseconds.

export function drawHeatmap(canvas, matrix, n, onPick, names = []) {
  const pixels = new ImageData(n, n);
  const d = pixels.data;
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < n; ++j) {
      const v = i === j ? 0 : Math.min(1, matrix[i * n + j]);
      const o = 4 * (i * n + j);
      const shade = Math.round(255 * (1 - v));
      d[o] = shade;
      d[o + 1] = shade;
      d[o + 2] = 255;
      d[o + 3] = 255;
    }
  }
  const size = Math.min(600, Math.max(200, n * 4));
  canvas.width = size;
  canvas.height = size;
  const source = document.createElement('canvas');
  source.width = n;
  source.height = n;
  source.getContext('2d').putImageData(pixels, 0, 0);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(source, 0, 0, size, size);
  const cellAt = (e) => {
    const rect = canvas.getBoundingClientRect();
    const j = Math.floor(((e.clientX - rect.left) / rect.width) * n);
    const i = Math.floor(((e.clientY - rect.top) / rect.height) * n);
    return i >= 0 && j >= 0 && i < n && j < n ? [i, j] : null;
  };
  canvas.onclick = (e) => {
    const c = cellAt(e);
    if (c && c[0] !== c[1]) onPick(Math.min(c[0], c[1]), Math.max(c[0], c[1]));
  };
  canvas.onmousemove = (e) => {
    const c = cellAt(e);
    canvas.title = c
      ? `${names[c[0]] ?? c[0]} ↔ ${names[c[1]] ?? c[1]}: ${(100 * matrix[c[0] * n + c[1]]).toFixed(1)}%`
      : '';
  };
}
