// The HTML report in a real browser: headless Chromium (Debian's `chromium` package) driven by
// playwright-core, which downloads no browser. Runs wherever a Chromium is found (CHROMIUM_PATH,
// /usr/bin/chromium, /usr/bin/chromium-browser); otherwise the tests are skipped with one line
// saying how to install it. `.ci/run` installs it, so CI always runs them.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan, evaluateCommune, parsePlan, renderPlanReportHtml } from '../../../src/index.js';
import { consistentPlan, laiChau } from '../../_support/plans.js';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
if (CHROMIUM === undefined) {
  console.warn('browser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
}

/** Where the screenshots are kept (gitignored). */
const ARTIFACTS = resolve('.tmp/browser');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Plan text that would run a script if any of it reached the page unescaped. */
const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '"><svg onload="window.__pwned = \'svg\'">',
  "javascript:window.__pwned='href'",
  '</title><script>window.__pwned = "title"</script>',
  '<a href="javascript:window.__pwned=1">x</a><style>body{background:url(http://example.invalid/x)}</style>',
  'Vốn\u202E 114765 \u2066<iframe src="http://example.invalid/">',
];

function hostilePlan(): unknown {
  const p = consistentPlan();
  p.province = `Tỉnh ${HOSTILE[0]}`;
  p.title = HOSTILE.join(' ');
  p.baseline.meetingStandard.label = HOSTILE[1];
  p.target.meetingStandard.newlyRecognised.communes = HOSTILE.slice(0, 2).map((name: string) => ({ name, district: HOSTILE[2] }));
  p.target.meetingStandard.newlyRecognised.count = 2;
  p.funding.lines[0].label = HOSTILE[6];
  p.funding.lines[1].label = HOSTILE[3];
  p.target.villages = { total: 1, byDistrict: [{ district: HOSTILE[4], count: 1 }] };
  p.notes = [HOSTILE[5]];
  return p;
}

/** The little of the DOM the page checks use (the project's TypeScript has no DOM library). */
interface Dom {
  readonly document: { readonly scripts: { readonly length: number }; querySelectorAll(selector: string): { readonly length: number } };
}

const COMMUNE = { name: 'Sơn Bình', region: 'TDMNPB' as const, year: 2024, indicators: { '1.1': true, '1.2': true, '9.1': 2, '5': { schools: 3, atMinimumStandard: 3, atLevel1: 2 } } };

describe.skipIf(CHROMIUM === undefined)('the HTML report in headless Chromium', () => {
  let server: Server;
  let origin = '';
  let context: BrowserContext;
  let profile = '';
  const pages: Record<string, { type: string; body: string | Uint8Array }> = {};

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The library as a browser gets it: one ESM bundle; esbuild fails on any Node built-in.
    const bundle = await build({ entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:') || /^(fs|path|os|crypto|util)$/.test(i))).toEqual([]);
    pages['/ntm-rules.js'] = { type: 'text/javascript', body: bundle.outputFiles[0]!.contents };
    pages['/lai-chau.html'] = { type: 'text/html', body: renderPlanReportHtml(laiChau(), { lang: 'vi' }) };
    pages['/hostile.html'] = { type: 'text/html', body: renderPlanReportHtml(parsePlan(hostilePlan()), { lang: 'vi' }) };
    pages['/app.html'] = {
      type: 'text/html',
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>ntm-rules in a page</title></head><body>
<script type="module">
import { evaluateCommune, checkPlan, parsePlan } from '/ntm-rules.js';
const r = evaluateCommune(${JSON.stringify(COMMUNE)});
const plan = parsePlan(${JSON.stringify(JSON.stringify(hostilePlan())).replace(/</g, '\\u003c')});
window.__result = { status: r.status, criteriaMet: r.criteriaMet, outcomes: r.criteria.map((c) => c.outcome), findings: checkPlan(plan).map((f) => f.code) };
</script></body></html>`,
    };
    server = createServer((req, res) => {
      const page = pages[req.url ?? ''];
      if (!page) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': `${page.type}; charset=utf-8` }).end(page.body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'ntm-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM!, headless: true, args: ARGS });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => server?.close(ok));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Opens a page, recording every request, console error, page error and dialog; requests off the test server are aborted. */
  async function open(path: string): Promise<{ page: Page; requests: string[]; blocked: string[]; errors: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    const blocked: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(`${origin}/`)) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    return { page, requests, blocked, errors };
  }

  it('renders the Lai Châu report: findings, summary, three charts with their bars; a screenshot is kept', async () => {
    const { page, requests, blocked, errors } = await open('/lai-chau.html');
    expect(await page.title()).toBe('Kiểm tra kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới — Lai Châu 2024');
    expect(await page.locator('#findings .finding').count()).toBe(checkPlan(laiChau()).length);
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(40);
    const box = await page.locator('#chart-criteria').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(await page.locator('#funding table').innerText()).toContain('4.916.475');
    const shot = join(ARTIFACTS, 'lai-chau-report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(requests).toEqual([`${origin}/lai-chau.html`]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs no script and loads nothing, whatever the plan text holds (script tags, event handlers, javascript: links, bidi overrides)', async () => {
    const { page, requests, blocked, errors } = await open('/hostile.html');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as Dom).document.querySelectorAll('iframe, img, a, style:not(head style), [onload], [onerror], [onclick]').length)).toBe(0);
    // The text is shown as written, tags and all, with the override made visible.
    const body = await page.locator('body').innerText();
    expect(body).toContain('<script>window.__pwned = "script"</script>');
    expect(body).toContain('Vốn\\u202E 114765 \\u2066<iframe');
    expect(body).not.toContain('\u202E');
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-report.png'), fullPage: true });
    expect(requests).toEqual([`${origin}/hostile.html`]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the browser bundle (ESM, no Node built-ins) evaluates a commune and checks a plan in the page, as in Node', async () => {
    const { page, requests, blocked, errors } = await open('/app.html');
    const done = await page.waitForFunction(() => (globalThis as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 60_000 }).then(() => true, () => false);
    expect(errors).toEqual([]);
    expect(done).toBe(true);
    const result = await page.evaluate(() => (globalThis as unknown as { __result: unknown }).__result);
    const r = evaluateCommune(COMMUNE);
    expect(result).toEqual({
      status: r.status,
      criteriaMet: r.criteriaMet,
      outcomes: r.criteria.map((c) => c.outcome),
      findings: checkPlan(parsePlan(hostilePlan())).map((f) => f.code),
    });
    expect(requests).toEqual([`${origin}/app.html`, `${origin}/ntm-rules.js`]);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
