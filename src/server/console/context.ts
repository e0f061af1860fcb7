// What the console's middleware puts into Hono's context for the handlers after it.
import type { Session } from './auth/session';
import type { Connection } from './connections/registry';

export type ConsoleEnv = {
  Variables: {
    requestId: string;
    /** The signed-in user; absent without sign-in. */
    user?: Session;
    /** The connection the request is for (set for every request by connections/routing.ts). */
    connection?: Connection;
  };
};
