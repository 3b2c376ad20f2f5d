import { utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDistrict, buildOrganization } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { BUILD_TIMEOUT_MS, ROOT, runTool } from '../kit/tools.js';

const Viewer = `query ToolViewer { viewer { accountId role organization { id } } }`;

let hub: TestHub;
let organizationId: string;

beforeAll(async () => {
  // builds dist/ when it is stale (a fresh clone has none), as `npm run token` does
  const built = await runTool('token', ['--help']);
  expect(built.status, built.stderr).toBe(0);
  hub = await startTestHub();
  const district = await buildDistrict(hub.database.db.pool);
  organizationId = (await buildOrganization(hub, district.grid)).id;
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await hub?.close();
});

describe('npm run token', () => {
  it('prints its usage, every option and examples for --help, and exits 0 without building a current build', async () => {
    const help = await runTool('token', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^usage: npm run token/);
    for (const option of ['--role', '--area', '--organization', '--sub', '--ttl', '--help', 'examples:', 'UNIT_ADMIN']) {
      expect(help.stdout).toContain(option);
    }
    expect((await runTool('token', ['-h'])).stdout).toBe(help.stdout);
  });

  it('issues a token that the hub accepts for the account, role and organisation it names', async () => {
    const issued = await runTool('token', ['--role', 'UNIT_ADMIN', '--organization', organizationId, '--sub', 'partner-7', '--ttl', '3600']);
    expect(issued.status, issued.stderr).toBe(0);
    expect(issued.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const data = await hub.client.data<{ viewer: { accountId: string; role: string; organization: { id: string } } }, object>(
      Viewer,
      {},
      issued.stdout.trim(),
    );
    expect(data.viewer).toEqual({ accountId: 'partner-7', role: 'UNIT_ADMIN', organization: { id: organizationId } });
  });

  it.each([
    [['--bogus'], /^token: Unknown option '--bogus'/],
    [[], /^token: --role is required/],
    [['--role', 'MAYOR'], /^token: --role must be one of DISTRICT_ADMIN, .*not MAYOR/],
    [['--role', 'UNIT_ADMIN'], /^token: a UNIT_ADMIN token needs --organization/],
    [['--role', 'STREET_ADMIN'], /^token: a STREET_ADMIN token needs --area/],
    [['--role', 'UNIT_ADMIN', '--organization', 'QXJlYTo3'], /^token: --organization QXJlYTo3 is not an Organization id/],
    [['--role', 'VOLUNTEER', '--ttl', 'soon'], /^token: --ttl must be a whole number of seconds above 0, not soon/],
    [['--role', 'VOLUNTEER', 'extra'], /^token: Unexpected argument 'extra'/],
  ])('refuses %j with one line on standard error and exit status 2', async (args, message) => {
    const refused = await runTool('token', args as string[]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(message);
    expect(refused.stderr).toMatch(/\(--help for usage\)\n$/);
    expect(refused.stderr.split('\n')).toHaveLength(2);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });

  it('rebuilds before running when a source is newer than the build, and not again once current', async () => {
    // a folder of the sources dated now, as adding or deleting a file there does: stale for the launcher, while
    // tsc -b finds nothing to compile (an edited file would cost a real compilation, tens of seconds)
    const now = new Date();
    utimesSync(path.join(ROOT, 'src', 'tools'), now, now);
    const stale = await runTool('token', ['--role', 'DISTRICT_ADMIN']);
    expect(stale.status, stale.stderr).toBe(0);
    expect(stale.stderr).toMatch(/^run-tool: building \(.+ is newer than the build\)/);
    const current = await runTool('token', ['--role', 'DISTRICT_ADMIN']);
    expect(current.status).toBe(0);
    expect(current.stderr).toBe('');
  }, 120_000);
});

describe('npm run match and npm run seed', () => {
  it('print their usage for --help and refuse unknown options with exit status 2', async () => {
    for (const tool of ['match', 'seed']) {
      const help = await runTool(tool, ['--help']);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${tool}`));
      const refused = await runTool(tool, ['--bogus']);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(new RegExp(`^${tool}: Unknown option '--bogus'`));
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
