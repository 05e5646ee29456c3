// Shared by the ecosystem tests: the packed tarball installed here as a user installs it, a
// static server on 127.0.0.1 (with a strict CSP on csp.html), a page check in headless Chromium,
// and child processes that are always stopped.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../e2e/browser.mjs';

export const here = fileURLToPath(new URL('.', import.meta.url));
const pkgDir = fileURLToPath(new URL('../../npm/', import.meta.url));
/** A tool's executable: node_modules/.bin, or the bin of an aliased package (vite6 → vite@6). */
export function bin(name) {
  if (name === 'vite6') return join(here, 'node_modules', 'vite6', 'bin', 'vite.js');
  if (name === 'node') return process.execPath;
  return join(here, 'node_modules', '.bin', name);
}
export const EXPECTED = { jaccard: 0.6, xxh3Empty: '2d06800538d394c2' };
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'";

/** Identifies the build a pack would ship: every file under npm/dist with its size and time. */
function distStamp() {
  const dist = join(pkgDir, 'dist');
  const files = readdirSync(dist, { recursive: true }).sort();
  return `${files
    .map((f) => {
      const s = statSync(join(dist, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n')}\npackage.json:${statSync(join(pkgDir, 'package.json')).mtimeMs}`;
}

/**
 * The tools (npm ci from this folder's lockfile) and simkit from a fresh `npm pack`, installed
 * without saving. Skipped when the installed copy came from the same build.
 */
export function installPackage() {
  if (!existsSync(join(here, 'node_modules', '.package-lock.json'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  }
  const marker = join(here, 'node_modules', '.simkit-stamp');
  const stamp = distStamp();
  if (existsSync(marker) && readFileSync(marker, 'utf8') === stamp && existsSync(join(here, 'node_modules', 'simkit')))
    return;
  const dir = mkdtempSync(join(tmpdir(), 'simkit-eco-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' });
    const tarball = join(dir, out.trim().split('\n').pop());
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
      cwd: here,
      stdio: 'inherit',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(marker, stamp);
}

/** Runs a tool from this folder's node_modules/.bin; throws with its output when it fails. */
export function tool(name, args, options = {}) {
  try {
    return execFileSync(bin(name), args, { encoding: 'utf8', stdio: 'pipe', timeout: 180_000, ...options });
  } catch (e) {
    throw new Error(
      `${name} ${args.join(' ')} failed (${e.status ?? e.signal}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
    );
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

/** Serves a built folder on 127.0.0.1; csp.html gets the strict policy as a header. */
export async function serveFolder(folder) {
  const root = resolve(folder);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (file.endsWith('csp.html')) headers['content-security-policy'] = CSP;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

let browser = null;
/** Opens url in headless Chromium and returns window.simkitResults once the page sets it. */
export async function pageResults(url) {
  browser ??= await launch();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  try {
    await page.goto(url);
    await page
      .waitForFunction(() => window.simkitResults !== undefined, null, { timeout: 60_000 })
      .catch((e) => {
        throw new Error(`${url}: no result within 60 s (${problems.join('; ')}): ${e.message}`);
      });
    const results = await page.evaluate(() => window.simkitResults);
    assert.equal(results.error, undefined, `${url}: ${results.error}\n${problems.join('\n')}`);
    return { results, problems };
  } finally {
    await page.close();
  }
}

export async function closeBrowser() {
  await browser?.close();
  browser = null;
}

/** The results every bundled main page must show. */
export function assertMainPage(results) {
  assert.deepEqual(results, {
    page: EXPECTED.jaccard,
    moduleWorker: EXPECTED.xxh3Empty,
    simkitWorker: EXPECTED.jaccard,
  });
}

/** Serves a built site and checks its two pages: the main page, and simkit/csp under the strict CSP. */
export async function assertBuiltSite(folder) {
  const site = await serveFolder(folder);
  try {
    assertMainPage((await pageResults(`${site.base}/`)).results);
    assert.deepEqual((await pageResults(`${site.base}/csp.html`)).results, { csp: EXPECTED.jaccard });
  } finally {
    await site.close();
  }
}

/**
 * Starts a long-running tool (a dev server), waits until `ready` matches its output, and
 * returns a stop() that kills its whole process group.
 */
export async function startProcess(command, args, { cwd, ready, env = {}, timeoutMs = 90_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  try {
    const match = await new Promise((resolveReady, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${command} not ready within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (d) => {
        output += d;
        const m = output.match(ready);
        if (m) {
          clearTimeout(timer);
          resolveReady(m);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`));
      });
    });
    return { match, stop, output: () => output };
  } catch (e) {
    stop();
    throw e;
  }
}

export function tempDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}
