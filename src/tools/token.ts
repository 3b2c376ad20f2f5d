import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { issueDevelopmentToken } from '../auth.js';
import { parseGlobalId } from '../shared/global-id.js';
import { AREA_ROLES, Role } from '../shared/viewer.js';

/**
 * `npm run token -- --role ROLE [--area ID] [--organization ID] [--sub NAME] [--ttl SECONDS]`: prints a development
 * (HS256) token signed with JWT_SECRET or the development default. `--help` prints the usage and exits 0; bad
 * arguments exit 2 and a configuration that cannot sign (RS256, a malformed variable) exits 1, each with one line on
 * standard error.
 */

export interface TokenIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

const DEFAULT_TTL_SECONDS = 86_400;
const AREA_BOUND: readonly Role[] = AREA_ROLES.filter((role) => role !== Role.DISTRICT_ADMIN);

export const USAGE = `usage: npm run token --silent -- --role ROLE [--area ID] [--organization ID] [--sub NAME] [--ttl SECONDS]

Prints a development token (HS256, signed with JWT_SECRET or the development default) for
\`Authorization: Bearer <token>\`. The hub checks when the token is used that its area or organisation exists.

options:
  --role ROLE          ${Object.values(Role).join(', ')}
  --area ID            the Area's id as the API shows it (QXJlYTox…); required for ${AREA_BOUND.join(', ')};
                       optional for RESIDENT: the community they declare as home (a community, else the hub refuses
                       the token), which decides what they may rate, never what they read
  --organization ID    the Organization's id as the API shows it; required for UNIT_ADMIN
  --sub NAME           the account (the token's sub); default dev-<role>, e.g. dev-unit_admin
  --ttl SECONDS        how long it is valid; default ${DEFAULT_TTL_SECONDS} (a day)
  -h, --help           this text

examples:
  npm run token --silent -- --role DISTRICT_ADMIN
  npm run token --silent -- --role UNIT_ADMIN --organization T3JnYW5pemF0aW9uOjE
  TOKEN=$(npm run token --silent -- --role COMMUNITY_ADMIN --area QXJlYTo3 --ttl 3600)
  npm run token --silent -- --role RESIDENT --sub wx-openid-123 --area QXJlYTo3
`;

/** Runs the command with `argv` (the arguments after the script name); resolves to the exit status. */
export async function main(argv: string[], io: TokenIo): Promise<number> {
  const fail = (status: number, message: string): number => {
    io.stderr(`token: ${message}${status === 2 ? ' (--help for usage)' : ''}\n`);
    return status;
  };
  let values: { role?: string; area?: string; organization?: string; sub?: string; ttl?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        area: { type: 'string' },
        organization: { type: 'string' },
        sub: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(2, (error as Error).message.replace(/\s*\n\s*/g, ' ').trim());
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const role = values.role as Role | undefined;
  if (!role) return fail(2, '--role is required');
  if (!Object.values(Role).includes(role)) return fail(2, `--role must be one of ${Object.values(Role).join(', ')}, not ${role}`);
  if (values.area !== undefined && parseGlobalId(values.area, ['Area']) === null) return fail(2, `--area ${values.area} is not an Area id`);
  if (values.organization !== undefined && parseGlobalId(values.organization, ['Organization']) === null) {
    return fail(2, `--organization ${values.organization} is not an Organization id`);
  }
  if (AREA_BOUND.includes(role) && values.area === undefined) return fail(2, `a ${role} token needs --area`);
  if (role === Role.UNIT_ADMIN && values.organization === undefined) return fail(2, 'a UNIT_ADMIN token needs --organization');
  const ttl = values.ttl === undefined ? DEFAULT_TTL_SECONDS : Number(values.ttl);
  if (!Number.isSafeInteger(ttl) || ttl < 1) return fail(2, `--ttl must be a whole number of seconds above 0, not ${values.ttl}`);

  let token: string;
  try {
    token = await issueDevelopmentToken(
      loadConfig(io.env),
      { sub: values.sub ?? `dev-${role.toLowerCase()}`, role, areaId: values.area, organizationId: values.organization },
      ttl,
    );
  } catch (error) {
    return fail(1, (error as Error).message.replace(/\s*\n\s*/g, ' ').trim());
  }
  io.stdout(`${token}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), {
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  });
}
