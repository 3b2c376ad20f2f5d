import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/shared/viewer.js';
import { buildDistrict, buildOrganization, buildResource } from '../kit/builders.js';
import { startTestHub, type TestHub } from '../kit/server.js';
import { waitFor } from '../kit/wait.js';

// The IDE as a person uses it: Debian's Chromium opens GET /graphql on a real hub, a token goes into GraphiQL's
// headers editor, a query is answered, a subscription receives the event a mutation caused. The page may reach
// nothing but the hub: any request elsewhere, and any console error (a CSP violation among them), fails the test.

const CHROMIUM = '/usr/bin/chromium';
const IN_CI = process.env.CI === 'true';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !IN_CI) {
  console.warn(`test:browser: no Chromium at ${CHROMIUM}; the browser test is skipped (apt-get install chromium). In CI it fails instead.`);
}

const SCREENSHOT = 'test-results/ide.png';

const REPORT = `mutation IdeReport($input: ReportAvailabilityInput!) {
  reportAvailability(input: $input) { observation { id } userErrors { code } }
}`;

// GraphiQL's Monaco editors, and the response pane
const QUERY = '.graphiql-query-editor .monaco-editor';
const HEADERS = '.monaco-editor[data-uri$="request-headers.json"]';
const RESPONSE = '.graphiql-response';

/** The text of one of GraphiQL's Monaco editors as shown, spaces normalised. */
async function shownText(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ');
}

/** Replaces the content of a Monaco editor as typing would (insertText: no auto-closed brackets). */
async function replaceText(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(`${selector} .view-lines`).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/**
 * Runs the operation once GraphiQL has read its name from the editor (the tab shows it): it reads the name a
 * moment after typing, and until then would send the previous operation's name.
 */
async function run(page: Page, operationName: string): Promise<void> {
  await page.locator('.graphiql-tab-active', { hasText: operationName }).waitFor();
  await page.locator('.graphiql-execute-button').click();
}

describe.skipIf(!haveChromium && !IN_CI)('the IDE in Chromium', () => {
  let hub: TestHub;
  let context: BrowserContext;
  let userDataDir: string;
  const elsewhere: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // the hub's unexpected errors printed, to tell a failure of the page from one of the hub
    hub = await startTestHub({ LOG_LEVEL: 'error' });
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sharehub-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
    const local = (url: string) => {
      const { protocol, hostname } = new URL(url);
      return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1' || hostname === 'localhost';
    };
    // the context's requests include those of the page's workers
    context.on('request', (request) => void (local(request.url()) || elsewhere.push(request.url())));
    context.on('page', (page) => {
      page.on('websocket', (socket) => void (local(socket.url()) || elsewhere.push(socket.url())));
      page.on('console', (message) => void (message.type() === 'error' && consoleErrors.push(message.text())));
      page.on('pageerror', (error) => void consoleErrors.push(`uncaught: ${error.message}`));
    });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await hub?.close();
  });

  it('runs a query and a subscription with the token from the headers editor, reaching only the hub', async () => {
    const d = await buildDistrict(hub.app.db.pool);
    const org = await buildOrganization(hub, d.community);
    const carPark = await buildResource(hub, org.id, { capacity: 30 });
    const unitAdmin = await hub.token({ role: Role.UNIT_ADMIN, organizationId: org.id });
    const districtAdmin = await hub.token({ role: Role.DISTRICT_ADMIN });

    const page = await context.newPage();
    const answer = await page.goto(hub.server.url);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator(QUERY).waitFor();

    // the headers editor is open, with an empty Authorization to fill in
    await page.locator(HEADERS).waitFor();
    expect(await shownText(page, HEADERS)).toContain('"Authorization": ""');
    await replaceText(page, HEADERS, `{ "Authorization": "Bearer ${districtAdmin}" }`);

    await replaceText(page, QUERY, 'query IdeViewer { viewer { isAnonymous role } }');
    await run(page, 'IdeViewer');
    await waitFor(async () => expect(await shownText(page, RESPONSE)).toContain('"role": "DISTRICT_ADMIN"'), {
      what: 'the query answer as the district admin',
    });
    expect(await shownText(page, RESPONSE)).toContain('"isAnonymous": false');

    await replaceText(
      page,
      QUERY,
      `subscription IdeCounts { availabilityChanged(filter: { resourceIds: ["${carPark.id}"] }) { freeCount isHeartbeat } }`,
    );
    const before = hub.server.hub.size;
    await page.getByRole('button', { name: /^Prettify query/ }).click();
    await run(page, 'IdeCounts');
    await waitFor(() => hub.server.hub.size > before, { what: 'the IDE subscription to be registered' });

    const observedAt = new Date(hub.clock.now().getTime() - 60_000).toISOString();
    const report = await hub.client.data<{ reportAvailability: { userErrors: unknown[] } }, unknown>(
      REPORT,
      { input: { resourceId: carPark.id, freeCount: 17, observedAt } },
      unitAdmin,
    );
    expect(report.reportAvailability.userErrors).toEqual([]);
    await waitFor(async () => expect(await shownText(page, RESPONSE)).toContain('"freeCount": 17'), {
      what: 'the subscription event in the response pane',
    });

    // back to the start of each editor, so that the picture shows what was typed
    for (const editor of [HEADERS, QUERY]) {
      await page.locator(`${editor} .view-lines`).click();
      await page.keyboard.press('ControlOrMeta+Home');
    }
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(elsewhere).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
