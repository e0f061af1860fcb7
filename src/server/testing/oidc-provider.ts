// A real OpenID provider for tests (the `oidc-provider` package), with a plain login page and three
// accounts: an editor, a viewer and one with no console role. Only on loopback.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';

export const TEST_ACCOUNTS = {
  edna: { password: 'edna-pw', name: 'Edna Editor', email: 'edna@example.test', roles: ['editor'] },
  vic: { password: 'vic-pw', name: 'Victor Viewer', email: 'vic@example.test', roles: ['viewer'] },
  nora: { password: 'nora-pw', name: 'Nora Nobody', email: 'nora@example.test', roles: [] as string[] },
} as const;
export type TestAccount = keyof typeof TEST_ACCOUNTS;

export type TestClient = { clientId: string; clientSecret: string; consoleUrls: string[] };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider: sign in</title></head><body>
<h1>Test identity provider</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label>Username <input name="username" autocomplete="username" autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form></body></html>`;
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > 10_000) throw new Error('form too large');
    chunks.push(c as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestIdp(opts: { port?: number; clients: TestClient[] }) {
  // Requests that arrive while the provider is still being set up wait for it (the port is open first,
  // because the issuer URL needs it).
  let handle: http.RequestListener | null = null;
  const waiting: [http.IncomingMessage, http.ServerResponse][] = [];
  const server = http.createServer((req, res) => (handle ? handle(req, res) : void waiting.push([req, res])));
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', () => r()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), use: 'sig', alg: 'RS256', kid: 'test' };

  const clients: ClientMetadata[] = opts.clients.map((c) => ({
    client_id: c.clientId,
    client_secret: c.clientSecret,
    redirect_uris: c.consoleUrls.map((u) => `${u}/auth/callback`),
    post_logout_redirect_uris: c.consoleUrls.map((u) => `${u}/auth/signed-out`),
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }));

  const provider = new Provider(issuer, {
    clients,
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-idp-cookie-key-only-for-tests'] },
    claims: { openid: ['sub', 'roles'], profile: ['name', 'preferred_username'], email: ['email'] },
    // Claims in the ID token itself, as SAP Cloud Identity Services and Entra ID send groups and roles.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = `<!doctype html><html lang="en"><head><title>Test identity provider: sign out</title></head><body>${form}
<h1>Sign out of the test identity provider?</h1><button form="op.logoutForm" type="submit" name="logout" value="yes">Yes, sign me out</button></body></html>`;
        },
      },
    },
    findAccount: (_ctx, id) => {
      const account = TEST_ACCOUNTS[id as TestAccount];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, name: account.name, preferred_username: id, email: account.email, roles: [...account.roles] }),
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  });

  const callback = provider.callback();
  handle = (req, res) => {
    const m = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url?.split('?')[0] ?? '');
    if (!m) return void callback(req, res);
    void (async () => {
      try {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'consent') {
          // A first-party client: consent is implied, as a company's IdP configures it.
          const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: details.params.client_id as string });
          grant.addOIDCScope(String(details.params.scope));
          return await provider.interactionFinished(
            req,
            res,
            { consent: { grantId: await grant.save() } },
            { mergeWithLastSubmission: true },
          );
        }
        if (req.method === 'POST' && m[2]) {
          const form = await readForm(req);
          const username = form.get('username') ?? '';
          const account = TEST_ACCOUNTS[username as TestAccount];
          if (!account || account.password !== form.get('password')) {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            return void res.end(loginPage(details.uid, 'Wrong username or password.'));
          }
          return await provider.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(loginPage(details.uid));
      } catch (err) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end(`interaction failed: ${(err as Error).message}`);
      }
    })();
  };
  for (const [req, res] of waiting.splice(0)) handle(req, res);

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
export type TestIdp = Awaited<ReturnType<typeof startTestIdp>>;
