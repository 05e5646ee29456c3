// The README's Node example entry, run as is by Bun and Deno: simkit from the package, wasm found by init().
import { init, jaccard, xxh3 } from 'simkit';

await init();
console.log(JSON.stringify({ jaccard: jaccard('a b c d', 'a b c e', { ngramSize: 1 }), xxh3: xxh3('').toString(16) }));
