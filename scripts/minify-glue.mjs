#!/usr/bin/env node
// Minifies an Emscripten glue file in place (the wasm build runs it after every link of
// simkit.mjs). Emscripten 3.1.6 without Closure only strips whitespace, and its local names are
// long; renaming them takes a quarter off the glue's gzip size. Strings and property names are
// untouched. Usage: node scripts/minify-glue.mjs <glue.mjs>
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/minify-glue.mjs <glue.mjs>');
  process.exit(2);
}
const source = readFileSync(file, 'utf8');
const { code } = transformSync(source, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' });
if (/\beval\(|new Function\(/.test(code) && !/\beval\(|new Function\(/.test(source)) {
  throw new Error(`${file}: minifying added dynamic code`);
}
writeFileSync(file, code);
