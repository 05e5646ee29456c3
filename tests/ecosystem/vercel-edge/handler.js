// An edge function as Vercel's Edge Runtime runs it (the edge-runtime package: a V8 context
// with only web APIs, no eval): simkit/edge with a compiled module the platform provides.
import { init, jaccard, xxh3 } from 'simkit/edge';

addEventListener('fetch', (event) => {
  event.respondWith(
    (async () => {
      await init({ wasm: globalThis.SIMKIT_WASM });
      const { searchParams } = new URL(event.request.url);
      const a = searchParams.get('a') ?? '';
      const b = searchParams.get('b') ?? '';
      return Response.json({ jaccard: jaccard(a, b, { ngramSize: 1 }), xxh3: xxh3(a).toString(16) });
    })(),
  );
});
