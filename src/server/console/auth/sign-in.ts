// OpenID Connect sign-in (authorization code + PKCE, openid-client 6) and the guard in front of
// everything: who is signed in, pages redirect to sign-in, the API answers 401/403 in the error envelope,
// and a viewer's write is refused here, before anything is forwarded.
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { parse as parseCookie } from 'hono/utils/cookie';
import { Hono } from 'hono';
import { errorEnvelope } from '../../../contract';
import type { ConsoleEnv as Vars } from '../context';
import type { SignInConfig } from './config';
import { confirmSignOutPage, deniedPage, errorPage, signedOutPage } from './pages';
import { claimValues, displayName, roleFor } from './roles';
import type { Revocations } from './revocations';
import { LOGIN_COOKIE, SESSION_COOKIE, SessionCodec, type Session } from './session';

export type SignedInUser = Session;

/** The guard's decision for one request (see `SignIn.verdict`). */
export type Verdict =
  | { kind: 'public' }
  | { kind: 'signed-out' }
  | { kind: 'no-role'; session: Session }
  | { kind: 'viewer-write'; session: Session; touch: boolean }
  | { kind: 'allowed'; session: Session; touch: boolean };

/** Re-seal the session cookie at most this often, to slide the idle time-out without a write per request. */
const TOUCH_MS = 60_000;
/** Paths served without a session: the sign-in itself, and the static bundle (no data in it). */
const PUBLIC = /^\/(auth\/|assets\/|favicon)/;

function safeReturnTo(value: string | undefined): string {
  // Only a path of this console: never another origin (`//evil`, `/\evil`), never back into /auth.
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/auth/')) return '/';
  return value.slice(0, 2000);
}

export class SignIn {
  readonly codec: SessionCodec;
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    readonly config: SignInConfig,
    private readonly revocations?: Revocations,
  ) {
    this.codec = new SessionCodec(config.sessionSecret, { idleMs: config.idleMs, maxMs: config.maxMs });
  }

  get redirectUri() {
    return `${this.config.publicUrl}/auth/callback`;
  }

  /** Discovery on first use, kept; a failure is not kept, so the next sign-in tries again. */
  provider(): Promise<oidc.Configuration> {
    this.discovered ??= oidc
      .discovery(this.config.issuer, this.config.clientId, undefined, oidc.ClientSecretBasic(this.config.clientSecret), {
        execute: this.config.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((err: unknown) => {
        this.discovered = null;
        throw new Error(`the identity provider at ${this.config.issuer.href} cannot be reached or read (${(err as Error).message})`);
      });
    return this.discovered;
  }

  private cookieOptions(maxAgeS: number, path = '/') {
    return { httpOnly: true, secure: this.config.secureCookies, sameSite: 'Lax' as const, path, maxAge: maxAgeS };
  }

  async writeSession(c: Context, session: Session) {
    const left = Math.max(1, Math.floor((session.startedAt + this.config.maxMs - Date.now()) / 1000));
    setCookie(c, SESSION_COOKIE, await this.codec.seal(session), this.cookieOptions(left));
  }

  /** The request's session: a valid cookie whose sign-in has not been ended by sign-out. */
  async session(c: Context): Promise<Session | null> {
    return this.sessionOf(getCookie(c, SESSION_COOKIE));
  }

  private async sessionOf(cookie: string | undefined): Promise<Session | null> {
    const session = await this.codec.open(cookie);
    return session && !this.revocations?.isRevoked(session.sid) ? session : null;
  }

  routes() {
    const app = new Hono<Vars>();
    app.get('/login', async (c) => {
      let provider: oidc.Configuration;
      try {
        provider = await this.provider();
      } catch (err) {
        return c.html(errorPage(`${(err as Error).message}. Try again in a moment.`), 502);
      }
      const login = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        verifier: oidc.randomPKCECodeVerifier(),
        returnTo: safeReturnTo(c.req.query('returnTo')),
      };
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: this.redirectUri,
        scope: 'openid profile email',
        code_challenge: await oidc.calculatePKCECodeChallenge(login.verifier),
        code_challenge_method: 'S256',
        state: login.state,
        nonce: login.nonce,
      });
      setCookie(c, LOGIN_COOKIE, await this.codec.sealLogin(login), this.cookieOptions(600, '/auth/'));
      return c.redirect(url.href, 302);
    });

    app.get('/callback', async (c) => {
      const login = await this.codec.openLogin(getCookie(c, LOGIN_COOKIE));
      deleteCookie(c, LOGIN_COOKIE, { path: '/auth/', secure: this.config.secureCookies });
      const idpError = c.req.query('error');
      if (idpError) return c.html(errorPage(`The identity provider answered: ${c.req.query('error_description') ?? idpError}.`), 400);
      if (!login) return c.html(errorPage('The sign-in took too long or was started in another browser. Start it again.'), 400);
      let claims: Record<string, unknown>;
      try {
        const provider = await this.provider();
        // The URL the provider redirected to, as registered: behind a proxy the request's own URL differs.
        const current = new URL(`${this.redirectUri}${new URL(c.req.url).search}`);
        const tokens = await oidc.authorizationCodeGrant(provider, current, {
          pkceCodeVerifier: login.verifier,
          expectedState: login.state,
          expectedNonce: login.nonce,
          idTokenExpected: true,
        });
        claims = (tokens.claims() ?? {}) as Record<string, unknown>;
        // The tokens end here: the browser gets only the session cookie below.
      } catch (err) {
        return c.html(errorPage(`The sign-in could not be completed (${(err as Error).message}).`), 400);
      }
      const roles = claimValues(claims, this.config.rolesClaim);
      const now = Date.now();
      const session: Session = {
        sid: randomUUID(),
        sub: String(claims.sub),
        name: displayName(claims),
        roles,
        role: roleFor(roles, this.config.editorRoles, this.config.viewerRoles),
        startedAt: now,
        seenAt: now,
      };
      await this.writeSession(c, session);
      return c.redirect(session.role ? login.returnTo : '/auth/denied', 302);
    });

    app.get('/logout', async (c) => {
      // A cross-site link must not sign the user out unasked.
      if (c.req.header('sec-fetch-site') === 'cross-site') return c.html(confirmSignOutPage());
      const ended = await this.session(c);
      // The cookie goes from this browser, and its id onto the list every replica checks: a copy is dead too.
      if (ended) await this.revocations?.revoke(ended.sid, ended.startedAt + this.config.maxMs);
      deleteCookie(c, SESSION_COOKIE, { path: '/', secure: this.config.secureCookies });
      let next = '/auth/signed-out';
      try {
        const provider = await this.provider();
        if (provider.serverMetadata().end_session_endpoint)
          next = oidc.buildEndSessionUrl(provider, {
            client_id: this.config.clientId,
            post_logout_redirect_uri: `${this.config.publicUrl}/auth/signed-out`,
          }).href;
      } catch {
        // The provider is away: the console session is ended all the same.
      }
      return c.redirect(next, 302);
    });

    app.get('/signed-out', (c) => c.html(signedOutPage()));
    app.get('/denied', async (c) => {
      const session = await this.session(c);
      if (!session) return c.redirect('/auth/login', 302);
      if (session.role) return c.redirect('/', 302);
      return c.html(deniedPage(session.name, this.config.editorRoles, this.config.viewerRoles, this.config.rolesClaim), 403);
    });
    return app;
  }

  /**
   * What the guard decides for a request, from its path, method and Cookie header alone: the check the
   * guard below and the proxy's fast path (upstream/fast-path.ts) share. `touch`: the session cookie is due
   * to be sealed again (its idle time-out slides).
   */
  async verdict(path: string, method: string, cookieHeader: string | undefined, now = Date.now()): Promise<Verdict> {
    if (PUBLIC.test(path)) return { kind: 'public' };
    const cookie = cookieHeader ? parseCookie(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
    const session = await this.sessionOf(cookie);
    if (!session) return { kind: 'signed-out' };
    if (!session.role) return { kind: 'no-role', session };
    // The app's background status poll is not the user doing something: it does not keep a session alive.
    const background = path === '/api/console' || path.endsWith('/console');
    const touch = !background && now - session.seenAt > TOUCH_MS;
    if (path.startsWith('/api/') && session.role === 'viewer' && method !== 'GET' && method !== 'HEAD')
      return { kind: 'viewer-write', session, touch };
    return { kind: 'allowed', session, touch };
  }

  /**
   * In front of every route. `onRefusedWrite` lets the app record a refused write in the activity log.
   */
  guard(opts: { onRefusedWrite?: (c: Context<Vars>, message: string) => Promise<void> } = {}): MiddlewareHandler<Vars> {
    return async (c, next) => {
      const path = c.req.path;
      const now = Date.now();
      const verdict = await this.verdict(path, c.req.method, c.req.header('cookie'), now);
      if (verdict.kind === 'public') return next();
      const api = path.startsWith('/api/');
      const envelope = (status: 401 | 403, code: 'Unauthorized' | 'Forbidden', message: string) =>
        c.json(errorEnvelope(code, message, c.get('requestId'), path), status);

      if (verdict.kind === 'signed-out') {
        if (api)
          return envelope(
            401,
            'Unauthorized',
            'Sign in first: your console session is missing or has expired. Reload the page to sign in.',
          );
        const search = new URL(c.req.url).search;
        return c.redirect(`/auth/login?returnTo=${encodeURIComponent(path + search)}`, 302);
      }
      const { session } = verdict;
      if (verdict.kind === 'no-role') {
        if (api)
          return envelope(
            403,
            'Forbidden',
            `${session.name} has no role in this console; ask for one of: ${this.config.viewerRoles.join(', ')} (read) or ${this.config.editorRoles.join(', ')} (change).`,
          );
        return c.redirect('/auth/denied', 302);
      }
      if (verdict.touch) await this.writeSession(c, { ...session, seenAt: now });
      c.set('user', session);
      if (verdict.kind === 'viewer-write') {
        const message = viewerReason(session.name, this.config.editorRoles);
        await opts.onRefusedWrite?.(c, message);
        return envelope(403, 'Forbidden', message);
      }
      return next();
    };
  }
}

export function viewerReason(name: string, editorRoles: string[]): string {
  return `${name} signed in as a viewer: viewers may look but not change anything. To make changes, ask for the role ${editorRoles.join(' or ')}.`;
}
