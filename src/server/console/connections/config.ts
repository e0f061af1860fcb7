// Where the console's connections come from: CONSOLE_CONNECTIONS (a JSON list, inline or in a file), else the
// single service key of round one (AICORE_SERVICE_KEY, AICORE_SERVICE_KEY_FILE), else every `aicore` binding
// in VCAP_SERVICES. Null when none is set: the console then embeds the emulator.
import fs from 'node:fs';
import { z } from 'zod';
import { credentialsFromEnv, parseServiceKey, type ServiceKey } from '../credentials';

export type ConnectionSpec = { name: string; serviceKey: ServiceKey; protected: boolean };
export type ConnectionSources = { connections: ConnectionSpec[]; from: string };

/** The name goes into URLs (`/c/{name}`, `/api/c/{name}`): letters, digits and `._-`, nothing to encode. */
export const CONNECTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;
const NAME_RULE = 'must be 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit';
export const MAX_CONNECTIONS = 50;

const entrySchema = z
  .object({
    name: z.string({ error: 'is required (a string)' }).regex(CONNECTION_NAME, NAME_RULE),
    serviceKey: z
      .union([z.string(), z.record(z.string(), z.unknown())], { error: 'must be the service key (an object or its JSON)' })
      .optional(),
    serviceKeyEnv: z
      .string({ error: 'must be the name of an environment variable' })
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable')
      .optional(),
    protected: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

function fail(message: string): never {
  throw new Error(`CONSOLE_CONNECTIONS: ${message}`);
}

function readList(value: string): { list: unknown; from: string } {
  // A value that starts with "[" is the list itself ("{" too, to be refused as JSON and never echoed as a
  // path); anything else is the path of a file that holds it.
  const inline = /^\s*[[{]/.test(value);
  const from = inline ? 'CONSOLE_CONNECTIONS' : `CONSOLE_CONNECTIONS (file ${value})`;
  let text = value;
  if (!inline) {
    if (!fs.existsSync(value)) fail(`no file at ${value} (give the JSON list inline, starting with "[", or the path of a file holding it)`);
    text = fs.readFileSync(value, 'utf8');
  }
  try {
    // Never echo the text: it may hold client secrets.
    return { list: JSON.parse(text) as unknown, from };
  } catch {
    return fail(`${inline ? 'the value' : `the file ${value}`} is not valid JSON`);
  }
}

export function parseConnectionList(value: string, env: NodeJS.ProcessEnv): ConnectionSources {
  const { list, from } = readList(value);
  if (!Array.isArray(list)) fail('must be a JSON list of {name, serviceKey | serviceKeyEnv, protected?}');
  if (list.length === 0) fail('the list is empty: give at least one connection');
  if (list.length > MAX_CONNECTIONS) fail(`the list has ${list.length} connections; at most ${MAX_CONNECTIONS} are allowed`);
  const seen = new Map<string, number>();
  const connections = list.map((raw, i): ConnectionSpec => {
    const named = typeof (raw as { name?: unknown })?.name === 'string' ? ` ("${(raw as { name: string }).name}")` : '';
    const at = `entry ${i}${named}`;
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      fail(
        `${at}: ${field ? `${field} ${issue.message}` : issue.code === 'unrecognized_keys' ? issue.message : `must be an object {name, serviceKey | serviceKeyEnv, protected?}`}`,
      );
    }
    const entry = parsed.data;
    const lower = entry.name.toLowerCase();
    if (seen.has(lower))
      fail(`${at}: name "${entry.name}" is already used by entry ${seen.get(lower)} (names must be unique, ignoring case)`);
    seen.set(lower, i);
    if ((entry.serviceKey === undefined) === (entry.serviceKeyEnv === undefined))
      fail(`${at}: give exactly one of serviceKey (the key itself) or serviceKeyEnv (the environment variable that holds it)`);
    let key: unknown = entry.serviceKey;
    let keyFrom = `${from} ${at} serviceKey`;
    if (entry.serviceKeyEnv !== undefined) {
      const text = env[entry.serviceKeyEnv];
      if (!text?.trim()) fail(`${at}: serviceKeyEnv names ${entry.serviceKeyEnv}, which is not set`);
      key = text;
      keyFrom = `${from} ${at} serviceKeyEnv (${entry.serviceKeyEnv})`;
    }
    if (typeof key === 'string') {
      try {
        key = JSON.parse(key);
      } catch {
        fail(`${at}: ${entry.serviceKeyEnv !== undefined ? `the value of ${entry.serviceKeyEnv}` : 'serviceKey'} is not valid JSON`);
      }
    }
    return { name: entry.name, serviceKey: parseServiceKey(key, keyFrom).key, protected: entry.protected ?? false };
  });
  return { connections, from };
}

function vcapBindings(text: string): ConnectionSources | null {
  let vcap: { aicore?: unknown };
  try {
    vcap = JSON.parse(text) as { aicore?: unknown };
  } catch {
    throw new Error('VCAP_SERVICES is not valid JSON');
  }
  if (!Array.isArray(vcap.aicore) || vcap.aicore.length === 0) return null;
  if (vcap.aicore.length > MAX_CONNECTIONS)
    throw new Error(`VCAP_SERVICES has ${vcap.aicore.length} aicore bindings; at most ${MAX_CONNECTIONS} are allowed`);
  const seen = new Set<string>();
  const connections = (vcap.aicore as { name?: unknown; credentials?: unknown }[]).map((binding, i) => {
    const name = binding?.name;
    if (typeof name !== 'string' || !CONNECTION_NAME.test(name))
      throw new Error(`VCAP_SERVICES aicore binding ${i}: its name ${typeof name === 'string' ? `"${name}" ` : ''}${NAME_RULE}`);
    if (seen.has(name.toLowerCase())) throw new Error(`VCAP_SERVICES aicore binding ${i}: the name "${name}" is used twice`);
    seen.add(name.toLowerCase());
    return {
      name,
      serviceKey: parseServiceKey(binding.credentials, `the aicore binding "${name}" in VCAP_SERVICES`).key,
      protected: false,
    };
  });
  return { connections, from: `VCAP_SERVICES (${connections.length} aicore binding${connections.length === 1 ? '' : 's'})` };
}

export function connectionsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionSources | null {
  if (env.CONSOLE_CONNECTIONS?.trim()) return parseConnectionList(env.CONSOLE_CONNECTIONS, env);
  if (!env.AICORE_SERVICE_KEY?.trim() && !env.AICORE_SERVICE_KEY_FILE?.trim() && env.VCAP_SERVICES?.trim()) {
    const bound = vcapBindings(env.VCAP_SERVICES);
    if (bound) return bound;
  }
  const single = credentialsFromEnv(env);
  return single ? { connections: [{ name: 'default', serviceKey: single.key, protected: false }], from: single.from } : null;
}
