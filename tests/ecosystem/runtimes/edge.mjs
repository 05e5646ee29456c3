// simkit/edge as a serverless function gets it: a compiled WebAssembly.Module handed to init().
import { init, jaccard, xxh3 } from 'simkit/edge';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const bytes = await readFile(createRequire(import.meta.url).resolve('simkit/simkit.wasm'));
await init({ wasm: await WebAssembly.compile(bytes) });
console.log(JSON.stringify({ jaccard: jaccard('a b c d', 'a b c e', { ngramSize: 1 }), xxh3: xxh3('').toString(16) }));
