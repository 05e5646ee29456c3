// Peer: xxhash-wasm (XXH32/XXH64 in hand-written wasm; no XXH3). Bytes through h*Raw, strings
// through its own string functions (it encodes them itself).
import xxhash from 'xxhash-wasm';

export async function load() {
  const h = await xxhash();
  return {
    name: 'xxhash-wasm',
    xxh64: (bytes) => h.h64Raw(bytes, 0n),
    xxh32: (bytes) => h.h32Raw(bytes, 0),
    strings: { xxh64: (s) => h.h64(s, 0n), xxh32: (s) => h.h32(s, 0) },
  };
}
