import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'screenshots');

/** A file name from a test title or a page name: lower case ASCII words joined by dashes. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** The page once nothing shows progress any more (a scan or picture of a spinner proves nothing). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Scans the page as it is now with axe-core for WCAG 2.1 A and AA rules (the automated part of
 * RGAA 4.1) and fails listing each violation: its rule, what it means and the elements concerned.
 */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) =>
      `- ${violation.id} (${violation.impact ?? 'impact unknown'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
  );
  expect(found, `axe-core violations of WCAG 2.1 A/AA on « ${name} » (${page.url()}):\n${found.join('\n')}`).toEqual([]);
}

/** Saves the whole page as web/target/screenshots/<test>[-<name>]-<project>.png. */
export async function screenshot(page: Page, name?: string): Promise<string> {
  const info = test.info();
  const file = join(screenshots, `${[slug(info.title), name && slug(name), info.project.name].filter(Boolean).join('-')}.png`);
  await mkdir(screenshots, { recursive: true });
  await settled(page);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** What every page visited gets: an axe scan with no violation, and its picture. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await screenshot(page, name);
}
