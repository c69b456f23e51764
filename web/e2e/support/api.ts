import { expect, request, type APIRequestContext } from '@playwright/test';
import { baseUrl, keycloakUrl, users, type DemoUser } from './env';

/**
 * Set-up a person would not do on the screens under test (a buyer's tender, its publication by a
 * facilitator), and what only a buyer sees (bids after the deadline): straight API calls through
 * the gateway with bearer tokens, as mobile apps and scripts make them. The test client with the
 * password grant exists in the demo realm only; its secret is public (README "Demo logins").
 */
const TEST_CLIENT = 'marketplace-test';
const TEST_CLIENT_SECRET = 'marketplace-test-dev-secret';

async function http(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: baseUrl });
}

export async function bearerToken(user: DemoUser): Promise<string> {
  const client = await http();
  try {
    const response = await client.post(`${keycloakUrl}/realms/marketplace/protocol/openid-connect/token`, {
      form: {
        grant_type: 'password',
        client_id: TEST_CLIENT,
        client_secret: TEST_CLIENT_SECRET,
        username: user.username,
        password: user.password,
      },
    });
    expect(response.status(), `token of ${user.username}: ${await response.text()}`).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  } finally {
    await client.dispose();
  }
}

/** One API call as `user`; fails the test on an unexpected status, naming the call and its answer. */
export async function callApi<T = unknown>(
  user: DemoUser,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  expected: number[] = [200, 201],
): Promise<T> {
  const token = await bearerToken(user);
  const client = await http();
  try {
    const response = await client.fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      ...(body === undefined ? {} : { data: body }),
    });
    const text = await response.text();
    expect(expected, `${method} ${path} as ${user.username} answered ${response.status()}: ${text}`).toContain(response.status());
    return (text ? JSON.parse(text) : undefined) as T;
  } finally {
    await client.dispose();
  }
}

export interface LotSpec {
  number: number;
  title: string;
  cpv: string;
  estimatedValue?: number;
  reservation?: 'DISABILITY' | 'INSERTION' | 'BOTH' | 'ESS';
}

export interface TenderSpec {
  title: string;
  deadline: Date;
  cpvCodes: string[];
  departmentCodes: string[];
  lots: LotSpec[];
}

/** The demo buyer writes and submits a tender, the demo facilitator publishes it; its id. */
export async function publishTender(spec: TenderSpec): Promise<string> {
  const created = await callApi<{ id: string }>(users.buyer, 'POST', '/api/v1/tenders', {
    title: spec.title,
    description: 'Appel d\'offres créé par les tests du navigateur.',
    kind: 'TENDER',
    procedure: 'OPEN',
    estimatedValue: spec.lots.reduce((sum, lot) => sum + (lot.estimatedValue ?? 50_000), 0),
    place: { scope: 'DEPARTMENTS', departmentCodes: spec.departmentCodes },
    cpvCodes: spec.cpvCodes,
    awardCriteria: [
      { name: 'Prix', weight: 60 },
      { name: 'Valeur technique', weight: 40 },
    ],
    // Whole seconds: the API keeps the deadline as sent.
    deadline: new Date(Math.floor(spec.deadline.getTime() / 1000) * 1000).toISOString(),
    lots: spec.lots.map((lot) => ({ estimatedValue: 50_000, ...lot })),
  });
  await callApi(users.buyer, 'POST', `/api/v1/tenders/${created.id}/submit`, {
    warningReasons: await reasonsForWarnings(created.id),
  });
  await callApi(users.admin, 'POST', `/api/v1/tenders/${created.id}/publish`);
  return created.id;
}

/** A written reason for each WARNING of the tender's compliance report, as submitting requires. */
async function reasonsForWarnings(tenderId: string): Promise<Record<string, string>> {
  const report = await callApi<{ findings: { ruleId: string; article: string; verdict: string }[] }>(
    users.buyer, 'GET', `/api/v1/tenders/${tenderId}/compliance`);
  return Object.fromEntries(report.findings.filter((finding) => finding.verdict === 'WARNING')
    .map((finding) => [finding.ruleId, `Parcours de test du navigateur : ${finding.article}`]));
}

/** The bids the buyer body sees on its tender (only after the deadline: 409 before). */
export async function bidsSeenByBuyer(tenderId: string): Promise<unknown[]> {
  return callApi<unknown[]>(users.buyer, 'GET', `/api/v1/tenders/${tenderId}/bids`);
}

export interface Structure {
  id: string;
  siret: string;
  profile?: Record<string, unknown>;
  [field: string]: unknown;
}

/** The structure a demo supplier acts for (the demo data makes it a member of a real SIAE). */
export async function structureOf(user: DemoUser, siret: string): Promise<Structure> {
  const mine = await callApi<Structure[] | { content: Structure[] }>(user, 'GET', '/api/v1/suppliers/mine');
  const list = Array.isArray(mine) ? mine : mine.content;
  const structure = list.find((candidate) => candidate.siret === siret);
  expect(structure, `${user.username} acts for the structure ${siret} (demo data: README "Demo logins")`).toBeDefined();
  return structure!;
}

/** Unique text for this run, so a journey finds what it made and not an earlier run's. */
export function runTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
