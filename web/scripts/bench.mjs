#!/usr/bin/env node
/**
 * Web client benchmark (issue #13): `./marketplace bench web`, or `npm run bench -- --base-url URL`
 * against a platform that is up. Writes benchmarks/web-results.md:
 *  - JavaScript sent for the home and tender search pages, measured from the network in Chromium
 *    (the scripts the page really loads, lazy route chunks included): bytes on the wire, and gzip
 *    size of each body (what a gzip-serving gateway would send), goal ≤ 200 kB;
 *  - time to the first search results on the tender search page in headless Chromium with 4× CPU
 *    throttling (CDP Emulation.setCPUThrottlingRate), median of several runs after warm-up, goal ≤ 1.5 s;
 *  - Lighthouse performance and accessibility scores, with the Lighthouse that runs on Node 20.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(web, '..');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const baseUrl = option('base-url', process.env.ESS_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const runs = Number(option('runs', '9'));
const warmUps = Number(option('warm-ups', '2'));
const out = resolve(option('out', join(root, 'benchmarks', 'web-results.md')));
const executablePath = option('chromium', process.env.CHROMIUM_PATH || '/usr/bin/chromium');
/** The newest Lighthouse whose `engines` accepts Node 20 (13.x wants Node ≥ 22.19). */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const SEARCH_PATH = '/appels-offres?q=nettoyage';
const JS_GOAL_BYTES = 200 * 1024;
const RESULTS_GOAL_MS = 1500;
const CPU_SLOWDOWN = 4;

const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// Chromium otherwise floods the closed network with refused connections (RECIPES.md).
const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(runsAsRoot ? ['--no-sandbox'] : [])];

const kB = (bytes) => `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;
const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const verdict = (value, goal) => (value <= goal ? 'met' : '**missed**');

/** Whether the gateway serves the web app at all (the BFF build), and a reason when not. */
async function appServed() {
  try {
    const response = await fetch(`${baseUrl}/`, { headers: { Accept: 'text/html' } });
    const html = await response.text();
    if (!response.ok) return `GET / answered ${response.status}`;
    if (!/<script[^>]+src="\/assets\//.test(html)) return 'GET / is not the web app (no /assets/ script)';
    return undefined;
  } catch (error) {
    return `${baseUrl} unreachable: ${error.message}`;
  }
}

/** Waits in the page until the tender search shows its first result (or says there is none). */
async function firstResults(page) {
  await page.waitForFunction(() => window.__essFirstResults !== undefined, undefined, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => window.__essFirstResults);
}

/** Records, in the page, when the first result appears: performance.now() is counted from navigation start. */
function resultsObserver() {
  const results = '[aria-labelledby="tender-results-heading"] ol li, [aria-labelledby="tender-results-heading"] .empty-state';
  const check = () => {
    if (window.__essFirstResults === undefined && document.querySelector(results)) window.__essFirstResults = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Every script the page loads until it is settled: URL, bytes on the wire, body size, gzip size. */
async function scriptsOf(browser, path, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  const scripts = [];
  for (const response of responses) {
    const body = await response.body();
    const sizes = await response.request().sizes();
    scripts.push({
      url: new URL(response.url()).pathname,
      encoding: response.headers()['content-encoding'] ?? 'none',
      wire: sizes.responseBodySize,
      raw: body.length,
      gzip: gzipSync(body).length,
    });
  }
  await context.close();
  return scripts;
}

/** One visit of the tender search with a CPU 4× slower: ms from navigation start to the first results. */
async function timedVisit(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(`${baseUrl}${SEARCH_PATH}`, { waitUntil: 'commit' });
  const at = await firstResults(page);
  await page.close();
  return at;
}

async function searchTimes(browser) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < warmUps + runs; run++) {
    // A new context has an empty HTTP cache: a first visit. A second visit in it reuses the cached assets.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(resultsObserver);
    const first = await timedVisit(context);
    const again = await timedVisit(context);
    await context.close();
    if (run >= warmUps) {
      cold.push(first);
      warm.push(again);
    }
  }
  return { cold, warm };
}

/** Lighthouse (its default: simulated mobile, 4× CPU) on one page; its scores, or why it did not run. */
function lighthouse(path) {
  const dir = mkdtempSync(join(tmpdir(), 'ess-lighthouse-'));
  const report = join(dir, 'report.json');
  const result = spawnSync(
    'npm',
    [
      'exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${baseUrl}${path}`,
      `--chrome-path=${executablePath}`,
      `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      '--only-categories=performance,accessibility',
      '--output=json', `--output-path=${report}`, '--quiet',
    ],
    { cwd: dir, encoding: 'utf8', timeout: 5 * 60_000 },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    if (json.runtimeError) return { error: `${json.runtimeError.code}: ${json.runtimeError.message}` };
    const score = (category) => (json.categories[category]?.score == null ? undefined : Math.round(json.categories[category].score * 100));
    const audit = (id) => json.audits[id]?.displayValue ?? '';
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      failed: Object.values(json.audits)
        .filter((a) => a.score === 0 && json.categories.accessibility.auditRefs.some((ref) => ref.id === a.id))
        .map((a) => a.id),
    };
  } catch {
    const why = (result.error?.message ?? `${result.stderr}\n${result.stdout}`).trim().split('\n').slice(-3).join(' ');
    return { error: why || `exit ${result.status}` };
  }
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
  const notServed = await appServed();
  const lines = [
    '# Web client benchmark (issue #13)',
    '',
    `- date: ${new Date().toISOString()}`,
    `- commit: ${gitCommit()}; platform: ${baseUrl} (\`./marketplace up\`, demo data)`,
    `- machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${Math.round(totalmem() / 2 ** 30)} GB memory; load average (1, 5, 15 min) before: ${loadBefore}`,
  ];
  if (notServed) {
    lines.push('', `**Not measured**: the gateway does not serve the web app (${notServed}). Rebuild the gateway with the web module (\`./mvnw -q install -DskipTests\`), restart the platform, then \`./marketplace bench web\`.`);
    return finish(lines);
  }

  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  lines.push(`- browser: Chromium ${browser.version()} headless (${executablePath}), Node ${process.versions.node}`);
  try {
    const home = await scriptsOf(browser, '/', (page) => page.getByRole('heading', { level: 1 }).waitFor());
    const search = await scriptsOf(browser, SEARCH_PATH, (page) => firstResultsVisible(page));
    lines.push('', '## JavaScript sent', '', 'Every script the page loads until the network is idle (entry, vendor and lazy route chunks), first visit (empty cache).', '');
    lines.push('| page | scripts | uncompressed | on the wire | gzip (`gzip -6` of each body) | goal (gzip) | |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const [name, scripts] of [['home `/`', home], [`tender search \`${SEARCH_PATH}\``, search]]) {
      const sum = (field) => scripts.reduce((total, s) => total + s[field], 0);
      const encodings = [...new Set(scripts.map((s) => s.encoding))].join(', ');
      lines.push(`| ${name} | ${scripts.length} | ${kB(sum('raw'))} | ${kB(sum('wire'))} (Content-Encoding: ${encodings}) | ${kB(sum('gzip'))} | ≤ ${kB(JS_GOAL_BYTES)} | ${verdict(sum('gzip'), JS_GOAL_BYTES)} |`);
    }
    lines.push('', '<details><summary>Scripts of the tender search page</summary>', '', '| script | uncompressed | gzip |', '| --- | --- | --- |');
    for (const s of search) lines.push(`| \`${s.url}\` | ${kB(s.raw)} | ${kB(s.gzip)} |`);
    lines.push('', '</details>');

    const { cold, warm } = await searchTimes(browser);
    lines.push('', '## Time to the first search results', '');
    lines.push(`\`${SEARCH_PATH}\` in headless Chromium, CPU ${CPU_SLOWDOWN}× slower (CDP \`Emulation.setCPUThrottlingRate\`), network not throttled (loopback); from navigation start to the first result in the list (a MutationObserver in the page). ${warmUps} warm-up visits, then ${runs} runs; each run is a first visit (new browser context, empty cache) followed by a second visit in the same context (cached assets).`, '');
    lines.push('| visit | median | min | max | goal | |', '| --- | --- | --- | --- | --- | --- |');
    lines.push(`| first visit (empty cache) | ${ms(median(cold))} | ${ms(Math.min(...cold))} | ${ms(Math.max(...cold))} | ≤ ${ms(RESULTS_GOAL_MS)} | ${verdict(median(cold), RESULTS_GOAL_MS)} |`);
    lines.push(`| second visit (cached assets) | ${ms(median(warm))} | ${ms(Math.min(...warm))} | ${ms(Math.max(...warm))} | ≤ ${ms(RESULTS_GOAL_MS)} | ${verdict(median(warm), RESULTS_GOAL_MS)} |`);
    lines.push('', `Runs (first visit, ms): ${cold.map(Math.round).join(', ')}; (second visit, ms): ${warm.map(Math.round).join(', ')}.`);
  } finally {
    await browser.close();
  }

  lines.push('', '## Lighthouse', '');
  lines.push(`${LIGHTHOUSE} (the newest whose \`engines\` accepts Node 20; 13.x requires Node ≥ 22.19), run with \`npm exec\` (not a dependency of web/), Debian's Chromium, its default mobile profile (simulated slow 4G, 4× CPU).`, '');
  lines.push('| page | performance | accessibility | FCP | LCP | TBT | failed accessibility audits | goal |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, path] of [['home', '/'], ['tender search', SEARCH_PATH]]) {
    const scores = lighthouse(path);
    if (scores.error) lines.push(`| ${name} | not run | not run | | | | ${scores.error.replace(/\|/g, '/')} | ≥ 90 each |`);
    else lines.push(`| ${name} | ${scores.performance} | ${scores.accessibility} | ${scores.fcp} | ${scores.lcp} | ${scores.tbt} | ${scores.failed.join(', ') || 'none'} | ≥ 90 each: ${scores.performance >= 90 && scores.accessibility >= 90 ? 'met' : '**missed**'} |`);
  }
  lines.push('', `Load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}. The machine is shared (2 cores, other builds and platforms running): figures are upper bounds for a quiet machine.`);
  return finish(lines);
}

/** The tender search page once its first results (or its empty state) are shown. */
async function firstResultsVisible(page) {
  await page.locator('[aria-labelledby="tender-results-heading"] ol li, [aria-labelledby="tender-results-heading"] .empty-state').first().waitFor({ timeout: 60_000 });
}

function finish(lines) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.join('\n')}\n\nWritten to ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
