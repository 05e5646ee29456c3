// A private PostgreSQL server for tests: Debian's postgresql package (scripts/setup.sh installs
// it), initdb + pg_ctl in a temporary directory on a free loopback port. initdb refuses root,
// so as root (CI) the server runs as the package's `postgres` user.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))) : [];
  if (versions.length === 0)
    throw new Error('PostgreSQL is not installed: run scripts/setup.sh (Debian package postgresql)');
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server; resolves to { url(database), createDatabase(name), stop() }. Call stop() in
 * an after() hook: it stops the server and removes its directory, and is safe to call twice.
 */
export async function startPostgres() {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'simkit-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
  const run = (tool, args) =>
    execFileSync(
      asRoot ? 'runuser' : join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args,
      { stdio: 'pipe', timeout: 120_000 },
    );
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'simkit', '--no-sync']);
  const port = await freePort();
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
  };
  // Also when the test process ends without its after() hooks (an uncaught error, a signal from
  // the test runner): the server must not outlive it.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.kill(process.pid, signal);
    });
  }
  try {
    // -w waits until the server accepts connections (pg_ctl polls; no fixed sleep here).
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
    running = true;
  } catch (e) {
    stop();
    throw new Error(`PostgreSQL did not start: ${e.stderr?.toString() ?? e.message}`);
  }
  const url = (database) => `postgres://simkit@127.0.0.1:${port}/${database}`;
  const createDatabase = async (name) => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return url(name);
  };
  return { url, createDatabase, stop };
}
