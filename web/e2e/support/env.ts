/** Where the platform under test is (e2e WebBrowserIT sets these; by hand, a running `./marketplace up`). */
export const baseUrl = (process.env.ESS_BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const keycloakUrl = (process.env.ESS_KEYCLOAK_URL ?? 'http://127.0.0.1:8180').replace(/\/$/, '');

/** A demo account of the realm file (README "Demo logins"; devstack DemoUsers). Demo only: public passwords. */
export interface DemoUser {
  username: string;
  password: string;
}

export const users = {
  buyer: { username: 'acheteur', password: 'acheteur-demo' },
  /** Acts for Envie Rhône Lyon (ASSOC ENVIE RHONE LYON, SIRET 38367939600028). */
  supplier: { username: 'fournisseur1', password: 'fournisseur1-demo' },
  /** Acts for SCOP Elits Propreté (SIRET 45038562000023). */
  otherSupplier: { username: 'fournisseur2', password: 'fournisseur2-demo' },
  admin: { username: 'admin', password: 'admin-demo' },
} satisfies Record<string, DemoUser>;

export const SUPPLIER_SIRET = '38367939600028';
export const OTHER_SUPPLIER_SIRET = '45038562000023';
