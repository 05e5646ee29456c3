// Runtimes and type checkers on the installed tarball: Bun and Deno run the ESM and edge entries;
// Cloudflare's workerd (through wrangler dev, local only) serves a worker built on simkit/edge
// with the wasm as a compiled module; Vercel's Edge Runtime (the edge-runtime package) runs an edge
// function handed a module compiled in another realm; tsc 5.9 and 7 and deno check type-check a strict consumer
// of every entry point and of the README example; publint and attw check the package itself.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { bin, EXPECTED, here, installPackage, startProcess, tempDir, tool } from './harness.mjs';

before(() => {
  installPackage();
  // The README's first example, as a TypeScript user pastes it.
  const readme = readFileSync(join(here, '..', '..', 'README.md'), 'utf8');
  const example = readme.slice(readme.indexOf('## Example')).match(/```js\n([\s\S]*?)```/);
  assert.ok(example, 'README.md has an ## Example with a js block');
  writeFileSync(join(here, 'typescript', 'readme-example.ts'), example[1]);
});

const printed = JSON.stringify({ jaccard: EXPECTED.jaccard, xxh3: EXPECTED.xxh3Empty });
for (const runtime of ['bun', 'deno']) {
  for (const entry of ['esm', 'edge']) {
    test(`${runtime} runs the ${entry} entry`, { timeout: 120_000 }, () => {
      const args = runtime === 'deno' ? ['run', '--allow-read', '--allow-env'] : [];
      assert.equal(tool(runtime, [...args, join(here, 'runtimes', `${entry}.mjs`)], { cwd: here }).trim(), printed);
    });
  }
}

for (const [compiler, command] of [
  ['TypeScript 7', ['tsc']],
  ['TypeScript 5.9', ['node', join(here, 'node_modules', 'typescript5', 'bin', 'tsc')]],
]) {
  for (const resolution of ['nodenext', 'bundler']) {
    test(`${compiler}, ${resolution} resolution: every entry and the README example type-check under strict`, {
      timeout: 120_000,
    }, () => {
      const [name, ...pre] = command;
      tool(name, [...pre, '-p', join(here, 'typescript', `tsconfig.${resolution}.json`)], { cwd: here });
    });
  }
}

test('deno check: every entry and the README example', { timeout: 120_000 }, () => {
  tool('deno', ['check', join(here, 'typescript', 'entries.ts'), join(here, 'typescript', 'readme-example.ts')], {
    cwd: here,
  });
});

test('publint and attw report no problems', { timeout: 120_000 }, () => {
  const pkg = join(here, 'node_modules', 'simkit');
  const lint = tool('publint', ['run', '--strict', pkg], { cwd: here });
  assert.doesNotMatch(lint, /warning|error|suggestion/i, lint);
  const dir = tempDir('simkit-attw-');
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: pkg, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  // ESM-only on purpose (require(esm) from Node 20.19): the CommonJS-resolution rows are expected.
  tool('attw', [join(dir, tarball), '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: here });
});

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

test('Cloudflare workerd (wrangler dev, local): simkit/edge with a compiled module', { timeout: 180_000 }, async () => {
  const port = await freePort();
  const server = await startProcess(
    bin('wrangler'),
    ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'info'],
    {
      cwd: join(here, 'workerd'),
      ready: /Ready on (http:\/\/127\.0\.0\.1:\d+)/,
      env: {
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        NO_COLOR: '1',
        XDG_CONFIG_HOME: tempDir('simkit-wrangler-'),
      },
    },
  );
  try {
    const res = await fetch(
      `${server.match[1]}/?a=${encodeURIComponent('a b c d')}&b=${encodeURIComponent('a b c e')}`,
    );
    assert.equal(res.status, 200, await res.clone().text());
    const body = await res.json();
    assert.equal(body.jaccard, EXPECTED.jaccard);
    assert.match(body.xxh3, /^[0-9a-f]+$/);
    const again = await (await fetch(`${server.match[1]}/?a=&b=`)).json();
    assert.deepEqual(again, { jaccard: 0, xxh3: EXPECTED.xxh3Empty });
  } finally {
    server.stop();
  }
});

test('Vercel Edge Runtime (edge-runtime): simkit/edge with a module the platform compiled in its own realm', {
  timeout: 120_000,
}, async () => {
  const { EdgeRuntime, runServer } = await import('edge-runtime');
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [join(here, 'vercel-edge', 'handler.js')],
    bundle: true,
    format: 'iife',
    write: false,
    absWorkingDir: here,
    logLevel: 'warning',
  });
  const bytes = readFileSync(createRequire(join(here, 'package.json')).resolve('simkit/simkit.wasm'));
  const runtime = new EdgeRuntime({
    initialCode: bundle.outputFiles[0].text,
    extend: (context) => Object.assign(context, { SIMKIT_WASM: new WebAssembly.Module(bytes) }),
  });
  // The runtime is the strict one edge platforms are: no eval (simkit's glue never evaluates code).
  assert.equal(
    runtime.evaluate("(() => { try { eval('1'); return 'eval'; } catch { return 'no eval'; } })()"),
    'no eval',
  );
  const server = await runServer({ runtime, port: 0, host: '127.0.0.1' });
  try {
    const res = await fetch(`${server.url}?a=${encodeURIComponent('a b c d')}&b=${encodeURIComponent('a b c e')}`);
    const text = await res.text();
    assert.equal(res.status, 200, text);
    assert.equal(JSON.parse(text).jaccard, EXPECTED.jaccard);
  } finally {
    await server.close();
  }
});
