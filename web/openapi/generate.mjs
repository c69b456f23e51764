// Regenerates the services' OpenAPI documents (web/openapi/<name>.json) from a running platform,
// and the web client's types (web/src/api/generated/<name>.ts) from them with openapi-typescript.
//   npm run api:generate                 all four, from the gateway at http://127.0.0.1:8080
//   npm run api:generate -- tenders      one of them
//   API_DOCS_URL='http://127.0.0.1:8082/v3/api-docs' npm run api:generate -- tenders   (one service directly)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DOCUMENTS = ['suppliers', 'tenders', 'consortia', 'search'];
const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(web, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const urlOf = (name) => (process.env.API_DOCS_URL ?? 'http://127.0.0.1:8080/api-docs/{name}').replace('{name}', name);

function fail(message) {
  console.error(`api:generate: ${message}`);
  process.exit(1);
}

/** Keys in alphabetical order at every level, so a regeneration's diff shows only what changed. */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted(value[key])]));
}

const names = process.argv.length > 2 ? process.argv.slice(2) : DOCUMENTS;
const unknown = names.filter((name) => !DOCUMENTS.includes(name));
if (unknown.length > 0) fail(`unknown document ${unknown.join(', ')}: one of ${DOCUMENTS.join(', ')}`);

for (const name of names) {
  const url = urlOf(name);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    fail(`${url} did not answer (${error.cause?.code ?? error.message}): start the platform (./marketplace up) or set API_DOCS_URL`);
  }
  if (!response.ok) fail(`${url} answered ${response.status}`);
  const document = await response.json();
  const json = join(web, 'openapi', `${name}.json`);
  const types = join(web, 'src', 'api', 'generated', `${name}.ts`);
  writeFileSync(json, `${JSON.stringify(sorted(document), null, 2)}\n`);
  execFileSync(process.execPath, [cli, json, '--output', types], { stdio: 'inherit' });
  console.log(`${name}: ${url} → ${relative(web, json)}, ${relative(web, types)}`);
}
