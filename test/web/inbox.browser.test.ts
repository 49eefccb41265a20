// The reference frontend (examples/web) in a real Chromium, Debian's `chromium` package driven by
// playwright-core: the built app on an origin of its own, casegraph started as `npm start` runs it
// (embedded simulators) with CORS granting that origin and only the app's trusted documents
// (CASEGRAPH_DOCUMENTS=trusted-only). One build, one casegraph, one browser for every step; each
// step leaves a screenshot in test-results/web/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ARTIFACTS, buildWebAppIfStale, startWebApp } from './webApp.js';
import type { RunningWebApp } from './webApp.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** How long a step waits for the page to show something: generous, for a CI machine running other suites. */
const WAIT_MS = 15_000;
const POLL = { timeout: WAIT_MS, interval: 100 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

const Violations = z.array(
  z.object({ id: z.string(), impact: z.string().nullable(), help: z.string(), targets: z.array(z.string()) }),
);

/**
 * axe-core's serious and critical violations on the page as it is now. Evaluated through the
 * DevTools protocol, not a <script> tag: the app's Content-Security-Policy refuses inline scripts.
 */
async function seriousViolations(page: Page, step: string): Promise<z.infer<typeof Violations>> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  const all = Violations.parse(
    await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')),
    })))`),
  );
  writeFileSync(join(ARTIFACTS, `${step}.axe.json`), `${JSON.stringify(all, null, 2)}\n`);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const shoot = (page: Page, step: string) => page.screenshot({ path: join(ARTIFACTS, `${step}.png`), fullPage: true });

/** The inbox's rows, as the person sees them. */
async function inboxRows(
  page: Page,
): Promise<Array<{ provider: string; title: string; status: string; updatedAt: string }>> {
  const column = (n: number) => page.locator(`table.cases tbody td:nth-child(${n})`).allInnerTexts();
  const [providers, titles, statuses] = await Promise.all([column(1), column(2), column(3)]);
  const times = await Promise.all(
    (await page.locator('table.cases tbody time').all()).map(
      async (time) => (await time.getAttribute('datetime')) ?? '',
    ),
  );
  return providers.map((provider, i) => ({
    provider,
    title: titles[i] ?? '',
    status: statuses[i] ?? '',
    updatedAt: times[i] ?? '',
  }));
}

let browser: Browser | undefined;
const started: RunningWebApp[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await buildWebAppIfStale();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  const stopped = await Promise.all(started.map((app) => app.stop()));
  // Every process this file started (the launcher and the casegraph under it) has exited.
  expect(stopped).toEqual(started.map(() => true));
}, 30_000);

describe('the case inbox in Chromium, against npm start', { timeout: 60_000 }, () => {
  let app: RunningWebApp;
  let page: Page;
  const title = `Router keeps rebooting ${Date.now()}`;
  const comment = `Called the customer back at ${new Date().toISOString()}.`;

  beforeAll(async () => {
    app = await startWebApp({ CASEGRAPH_DOCUMENTS: 'trusted-only' });
    started.push(app);
    page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
  }, 60_000);

  it('opens the inbox: cases from several providers, the most recently updated first', async () => {
    await page.goto(app.origin);
    await page.getByText(/^20 of \d+ cases, most recently updated first$/).waitFor();
    const rows = await inboxRows(page);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.provider)).size).toBeGreaterThan(1);
    const times = rows.map((r) => r.updatedAt).filter(Boolean);
    expect(times).toEqual([...times].sort().reverse());
    expect(await seriousViolations(page, '01-inbox')).toEqual([]);
    await shoot(page, '01-inbox');
  });

  it('loads more: the next page is appended to the cached list (Relay-style pagination)', async () => {
    const firstPage = await inboxRows(page);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText(/^40 of \d+ cases/).waitFor();
    const rows = await inboxRows(page);
    expect(rows.slice(0, 20)).toEqual(firstPage);
    expect(rows.slice(20).map((r) => r.updatedAt)).not.toContain(firstPage[0]!.updatedAt);
    await shoot(page, '02-load-more');
  });

  it('filters by provider and by status', async () => {
    await page.getByLabel('Provider').selectOption('SPRINKLR');
    await expect
      .poll(async () => new Set((await inboxRows(page)).map((r) => r.provider)), POLL)
      .toEqual(new Set(['Sprinklr']));
    await page.getByLabel('Status').selectOption('OPEN');
    await expect
      .poll(async () => new Set((await inboxRows(page)).map((r) => `${r.provider} ${r.status}`)), POLL)
      .toEqual(new Set(['Sprinklr Open']));
    await shoot(page, '03-filtered');
  });

  it('opens a case and adds a comment with an idempotency key: it shows, and is there after a reload', async () => {
    const first = page.locator('table.cases tbody tr').first().getByRole('link');
    const caseTitle = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: caseTitle }).waitFor();
    expect(await seriousViolations(page, '04-case')).toEqual([]);
    await shoot(page, '04-case');

    await page.getByLabel('Comment', { exact: true }).fill(comment);
    await page.getByRole('button', { name: 'Add comment' }).click();
    const comments = page.getByRole('list', { name: 'Comments' });
    await comments.getByText(comment).waitFor();
    await page.getByRole('status').getByText('Comment added.').waitFor();
    await shoot(page, '05-comment-added');

    // The comment came from the mutation's answer through the cache; after a reload, from casegraph.
    const shown = await comments.innerText();
    await page.reload();
    await expect.poll(() => comments.innerText(), POLL).toBe(shown);
  });

  it("builds the new-case form from the provider's requirements, shows a missing field beside its input, then creates the case", async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await page.getByLabel('Provider').selectOption('TALKDESK');
    // Talkdesk's own custom fields, from customFieldDefinitions: a select with its options.
    await page.getByLabel('Region').locator('option', { hasText: 'North' }).waitFor({ state: 'attached' });
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Create case' }).click();

    await page.getByRole('alert').getByText('Could not create the case').waitFor();
    const description = page.getByLabel('Description');
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await description.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Talkdesk requires description.');
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-describedby")'), POLL)
      .toBe(errorId);
    expect(await seriousViolations(page, '06-new-case-error')).toEqual([]);
    await shoot(page, '06-new-case-error');

    await description.fill('Since the firmware update on Monday.');
    await page.getByLabel('Region').selectOption({ label: 'North' });
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await seriousViolations(page, '07-created')).toEqual([]);
    await shoot(page, '07-created');
  });

  it('after a reload, casegraph answers what the cache showed: the created case, and it tops the inbox', async () => {
    const article = page.getByRole('article');
    const fromCache = await article.innerText();
    await page.reload();
    // The page fills in as its queries answer (the provider's capabilities, its custom fields' labels).
    await expect.poll(() => article.innerText(), POLL).toBe(fromCache);
    expect(fromCache).toContain('Region\nNorth');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
    await page.getByText(/^20 of \d+ cases/).waitFor();
    expect((await inboxRows(page))[0]).toMatchObject({ provider: 'Talkdesk', title, status: 'New' });
    const inbox = await inboxRows(page);
    await page.reload();
    await page.getByText(/^20 of \d+ cases/).waitFor();
    expect(await inboxRows(page)).toEqual(inbox);
    await shoot(page, '08-inbox-after-reload');
  });
});

describe("when casegraph's CORS does not grant the app's origin", () => {
  it("the browser refuses casegraph's answers, and the inbox says so instead of showing cases", async () => {
    const app = await startWebApp({
      CASEGRAPH_CORS_ORIGINS: 'https://elsewhere.example',
      CASEGRAPH_DOCUMENTS: 'trusted-only',
    });
    started.push(app);
    // casegraph itself is up: only the browser's CORS check stands between it and the page.
    expect((await fetch(new URL('/healthz', app.graphqlUrl))).status).toBe(200);
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    try {
      await page.goto(app.origin);
      const alert = page.getByRole('alert');
      await alert.getByText('Could not load the inbox').waitFor();
      expect(await alert.innerText()).toContain(`includes ${app.origin}`);
      expect(await page.locator('table.cases').count()).toBe(0);
      await shoot(page, '09-cors-refused');
    } finally {
      await page.close();
    }
  }, 60_000);
});
