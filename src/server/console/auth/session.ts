// Sessions as an encrypted, authenticated cookie (JWE, dir + A256GCM, key derived from SESSION_SECRET):
// any replica with the same secret reads it, and it survives a restart. It holds who the user is and their
// role, never a token of the identity provider.
import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';

export type Role = 'editor' | 'viewer';
export type SessionUser = { sub: string; name: string; roles: string[]; role: Role | null };
/** `sid`: this sign-in's random id, so that sign-out can end it on every replica (revocations.ts). */
export type Session = SessionUser & { sid: string; startedAt: number; seenAt: number };

export const SESSION_COOKIE = 'console_session';
export const LOGIN_COOKIE = 'console_login';

/** The pending sign-in: what the callback must check, kept for a few minutes. */
export type LoginState = { state: string; nonce: string; verifier: string; returnTo: string };

export class SessionCodec {
  private readonly sessionKey: Uint8Array;
  private readonly loginKey: Uint8Array;

  constructor(
    secret: string,
    private readonly limits: { idleMs: number; maxMs: number },
  ) {
    // Separate keys per purpose, so a login cookie can never be replayed as a session.
    const derive = (info: string) => new Uint8Array(hkdfSync('sha256', secret, 'aicore-secrets-console', info, 32));
    this.sessionKey = derive('session v1');
    this.loginKey = derive('login v1');
  }

  async seal(session: Session): Promise<string> {
    return new EncryptJWT({ ...session })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(Math.floor(session.seenAt / 1000))
      .setExpirationTime(Math.floor((session.startedAt + this.limits.maxMs) / 1000))
      .encrypt(this.sessionKey);
  }

  /** The session, or null when missing, forged, expired (absolute) or idle too long. */
  async open(cookie: string | undefined, now = Date.now()): Promise<Session | null> {
    if (!cookie) return null;
    try {
      const { payload } = await jwtDecrypt(cookie, this.sessionKey, { currentDate: new Date(now) });
      const s = payload as unknown as Session;
      if (typeof s.sub !== 'string' || typeof s.sid !== 'string' || typeof s.startedAt !== 'number' || typeof s.seenAt !== 'number')
        return null;
      if (now - s.startedAt > this.limits.maxMs || now - s.seenAt > this.limits.idleMs) return null;
      return { sub: s.sub, sid: s.sid, name: s.name, roles: s.roles, role: s.role, startedAt: s.startedAt, seenAt: s.seenAt };
    } catch {
      return null;
    }
  }

  async sealLogin(login: LoginState): Promise<string> {
    return new EncryptJWT({ ...login })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime('10m')
      .encrypt(this.loginKey);
  }

  async openLogin(cookie: string | undefined): Promise<LoginState | null> {
    if (!cookie) return null;
    try {
      const { payload } = await jwtDecrypt(cookie, this.loginKey);
      return payload as unknown as LoginState;
    } catch {
      return null;
    }
  }
}
