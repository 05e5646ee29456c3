// Every entry point as a strict TypeScript user imports it; type-checked only (tsc --noEmit,
// deno check), so each line must compile against the shipped .d.ts files.
import { init, jaccard, type InitOptions, SimkitError } from 'simkit';
import { init as initEdge, xxh3 } from 'simkit/edge';
import { init as initCsp, levenshtein } from 'simkit/csp';
import { SimkitWorker, type CallOptions } from 'simkit/worker';
import wasm from 'simkit/simkit.wasm';
import { DocumentError, readDocument, type ReadDocument } from 'simkit/documents';
import { openLshStore, type LshStore } from 'simkit/sql';

const options: InitOptions = { wasm: new URL('https://example.org/simkit.wasm') };
await init();
await init(options);
await initEdge({ wasm });
await initCsp();
const score: number = jaccard('a b', 'a c', { ngramSize: 1 });
const hash: bigint = xxh3('hello');
const distance: number = levenshtein('kitten', 'sitting');
const progress: CallOptions = { onProgress: (done: number, total: number) => console.log(done / total) };
const sk = new SimkitWorker();
const viaWorker: number = await sk.call<number>('jaccard', ['a b', 'a c', { ngramSize: 1 }], progress);
sk.terminate();
try {
  jaccard('a', 'b', { ngramSize: 0 });
} catch (e) {
  if (e instanceof SimkitError) console.log(e.code);
}
const doc: ReadDocument = await readDocument(new Uint8Array([104, 105]), 'hi.txt', {
  encoding: 'utf-8',
  maxBytes: 1024,
});
try {
  await readDocument(new Uint8Array(0), 'empty.txt');
} catch (e) {
  if (e instanceof DocumentError) console.log(e.code, e.file);
}
console.log(score, hash, distance, viaWorker, doc.text, doc.format, doc.encoding);
const store: LshStore = await openLshStore('duckdb:/tmp/simkit-types.duckdb', { threshold: 0.8 });
await store.close();
