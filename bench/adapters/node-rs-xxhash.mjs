// Peer: @node-rs/xxhash (native Rust addon through N-API; Node only).
import { createRequire } from 'node:module';

export async function load() {
  const x = createRequire(import.meta.url)('@node-rs/xxhash');
  return { name: '@node-rs/xxhash', xxh3: (bytes) => x.xxh3.xxh64(bytes), xxh64: (bytes) => x.xxh64(bytes) };
}
