#!/usr/bin/env node
// The optional format libraries of simkit/documents as browser ES modules, for the demo's worker
// (a worker has no import map, and chardet ships CommonJS only): esbuild bundles each package
// from node_modules into build/web-vendor/, which web/serve.mjs serves at /vendor/.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const vendorDir = join(root, 'build', 'web-vendor');
/** File names under /vendor/, by the specifier simkit/documents imports. */
export const VENDOR_FILES = {
  chardet: 'chardet.js',
  htmlparser2: 'htmlparser2.js',
  fflate: 'fflate.js',
  'pdfjs-dist/legacy/build/pdf.mjs': 'pdf.mjs',
  'pdfjs-dist/legacy/build/pdf.worker.mjs': 'pdf.worker.mjs',
};

export async function buildVendor() {
  await mkdir(vendorDir, { recursive: true });
  const require = createRequire(join(root, 'npm', 'package.json'));
  // just what simkit/documents uses (chardet is CommonJS: its names are listed, not `export *`)
  const names = { chardet: ['analyse'], htmlparser2: ['Parser'], fflate: ['unzipSync'] };
  for (const [pkg, exported] of Object.entries(names)) {
    await build({
      stdin: { contents: `export { ${exported.join(', ')} } from '${pkg}';`, resolveDir: join(root, 'npm') },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      legalComments: 'inline',
      outfile: join(vendorDir, VENDOR_FILES[pkg]),
      logLevel: 'error',
    });
  }
  // pdf.js ships self-contained ES modules: copied as they are
  for (const spec of ['pdfjs-dist/legacy/build/pdf.mjs', 'pdfjs-dist/legacy/build/pdf.worker.mjs']) {
    await copyFile(require.resolve(spec), join(vendorDir, VENDOR_FILES[spec]));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildVendor();
