// Peer: hash-wasm (C compiled to wasm; hex-string digests).
import { createXXHash3, createXXHash64 } from 'hash-wasm';

export async function load() {
  const h3 = await createXXHash3();
  const h64 = await createXXHash64();
  const digest = (h, bytes) => { h.init(); h.update(bytes); return BigInt(`0x${h.digest('hex')}`); };
  return { name: 'hash-wasm', xxh3: (bytes) => digest(h3, bytes), xxh64: (bytes) => digest(h64, bytes) };
}
