// Test-only access to the live instance's memory size (not part of the public API).
import { instance } from '../../npm/dist/instance.js';

export function heapBytes() {
  return instance('test').raw.HEAPU8.length;
}
