// @vitest-environment node
import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';

// The checked-in documents (web/openapi/, compared with what each service serves by its *ApiDocumentIT)
// and the types generated from them, as text.
const documents = import.meta.glob<OpenAPI3>('../../../openapi/*.json', { eager: true, import: 'default' });
const types = import.meta.glob<string>('./*.ts', { eager: true, query: '?raw', import: 'default' });

describe.each(['suppliers', 'tenders', 'consortia', 'search'])('the %s API types', (name) => {
  it(`are what openapi-typescript generates from web/openapi/${name}.json`, async () => {
    const document = documents[`../../../openapi/${name}.json`];
    expect(document, `web/openapi/${name}.json is missing: npm run api:generate`).toBeDefined();

    // What `openapi-typescript <document> --output <types>` writes (bin/cli.js, default options).
    const expected = COMMENT_HEADER + astToString(await openapiTS(document as OpenAPI3));

    expect(types[`./${name}.ts`], `src/api/generated/${name}.ts is out of date: npm run api:generate`).toBe(expected);
  });
});
