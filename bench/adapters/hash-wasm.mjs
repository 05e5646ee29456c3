// Peer: hash-wasm (C compiled to wasm; hex-string digests). Takes strings and bytes.
import { createXXHash3, createXXHash32, createXXHash64 } from 'hash-wasm';

export async function load() {
  const [h3, h64, h32] = await Promise.all([createXXHash3(), createXXHash64(), createXXHash32()]);
  const digest = (h, key) => {
    h.init();
    h.update(key);
    return BigInt(`0x${h.digest('hex')}`);
  };
  const fns = {
    xxh3: (key) => digest(h3, key),
    xxh64: (key) => digest(h64, key),
    xxh32: (key) => Number(digest(h32, key)),
  };
  return { name: 'hash-wasm', ...fns, strings: fns };
}
