// The README's Cloudflare Workers snippet: simkit/edge with the wasm imported as a compiled
// WebAssembly.Module (wrangler's default rule for .wasm), initialised on the first request.
import { init, jaccard, xxh3 } from 'simkit/edge';
import wasm from 'simkit/simkit.wasm';

export default {
  async fetch(request) {
    await init({ wasm });
    const { searchParams } = new URL(request.url);
    const a = searchParams.get('a') ?? '';
    const b = searchParams.get('b') ?? '';
    return Response.json({ jaccard: jaccard(a, b, { ngramSize: 1 }), xxh3: xxh3(a).toString(16) });
  },
};
