// What `/api/console` tells the app about the signed-in user and whether they may write.
import type { SignedInUser } from './sign-in';
import { viewerReason } from './sign-in';

export function consoleUser(user: SignedInUser | undefined) {
  return user ? { name: user.name, roles: user.roles } : null;
}

type Writes = { allowed: boolean; reason: string | null };

/**
 * A viewer may not write, whatever the connection allows; an editor (or anyone without sign-in) may write
 * where the connection's key may (`connection`: its own verdict, e.g. a read-only key).
 */
export function writeAccess(user: SignedInUser | undefined, editorRoles: string[] = ['editor'], connection?: Writes): Writes {
  if (user && user.role !== 'editor') return { allowed: false, reason: viewerReason(user.name, editorRoles) };
  return connection ?? { allowed: true, reason: null };
}
