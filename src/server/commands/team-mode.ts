// Sign-in and the activity log for `npm start` / `npm run dev`, from the environment: sign-in when
// OIDC_ISSUER is set, the log in PostgreSQL when DATABASE_URL is set, else in the data folder.
import path from 'node:path';
import { openAuditStore } from '../console/audit';
import { describeDatabaseUrl } from '../console/audit/pg-store';
import { readSignInConfig } from '../console/auth/config';
import { FileRevocations, PgRevocations } from '../console/auth/revocations';
import { SignIn } from '../console/auth/sign-in';

/** Validated before anything starts, so a bad variable stops the start with its name. */
export function signInConfigFromEnv(env = process.env) {
  return readSignInConfig(env) ?? undefined;
}

/** Sign-in with its list of ended sessions, kept where the activity log is. */
export async function signInFromConfig(config: NonNullable<ReturnType<typeof readSignInConfig>>, dataDir: string, env = process.env) {
  const revocations = env.DATABASE_URL ? await PgRevocations.open(env.DATABASE_URL) : FileRevocations.open(path.join(dataDir, 'activity'));
  return { signIn: new SignIn(config, revocations), revocations };
}

export async function auditFromEnv(dataDir: string, env = process.env) {
  const databaseUrl = env.DATABASE_URL || undefined;
  const audit = await openAuditStore({ dataDir, databaseUrl });
  const where = databaseUrl ? `PostgreSQL at ${describeDatabaseUrl(databaseUrl)}` : path.join(dataDir, 'activity');
  return { audit, where };
}

/** Where the activity log lives without a database: the emulator's data folder, or CONSOLE_DATA_DIR. */
export const consoleDataDir = (emulatorDataDir: string | undefined, env = process.env) =>
  emulatorDataDir ?? path.resolve(env.CONSOLE_DATA_DIR || '.data/console');
