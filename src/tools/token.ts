import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { issueDevelopmentToken } from '../auth.js';
import { Role } from '../shared/viewer.js';

/**
 * `npm run token -- --role STREET_ADMIN --area <Area id> [--sub name] [--ttl seconds]`
 * `npm run token -- --role UNIT_ADMIN --organization <Organization id>`
 * Prints a development (HS256) token signed with JWT_SECRET or the development default.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    area: { type: 'string' },
    organization: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '86400' },
  },
});
const role = values.role as Role | undefined;
if (!role || !Object.values(Role).includes(role)) {
  process.stderr.write(`--role must be one of ${Object.values(Role).join(', ')}\n`);
  process.exit(2);
}
const config = loadConfig();
const token = await issueDevelopmentToken(
  config,
  { sub: values.sub ?? `dev-${role.toLowerCase()}`, role, areaId: values.area, organizationId: values.organization },
  Number(values.ttl),
);
process.stdout.write(`${token}\n`);
