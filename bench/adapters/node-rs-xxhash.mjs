// Peer: @node-rs/xxhash (native Rust addon through N-API; Node only). Takes strings and bytes.
import { createRequire } from 'node:module';

export async function load() {
  const x = createRequire(import.meta.url)('@node-rs/xxhash');
  const fns = { xxh3: (key) => x.xxh3.xxh64(key), xxh64: (key) => x.xxh64(key), xxh32: (key) => x.xxh32(key) };
  return { name: '@node-rs/xxhash', ...fns, strings: fns };
}
