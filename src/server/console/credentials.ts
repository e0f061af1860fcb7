// Where a real tenant's credentials come from: the ways SAP users already keep an AI Core service key.
import fs from 'node:fs';
import { z } from 'zod';

export const serviceKeySchema = z.object({
  clientid: z.string().min(1, 'clientid is missing'),
  clientsecret: z.string().optional(),
  url: z.url({ error: 'url must be the identity service URL (https://<subdomain>.authentication...)' }),
  certurl: z.url().optional(),
  certificate: z.string().optional(),
  key: z.string().optional(),
  serviceurls: z.object({ AI_API_URL: z.url({ error: 'serviceurls.AI_API_URL must be a URL' }) }),
});
export type ServiceKey = z.infer<typeof serviceKeySchema>;

export type CredentialSource = { key: ServiceKey; from: string };

function parseKey(text: string, from: string): CredentialSource {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Never echo the text: it holds the client secret.
    throw new Error(`${from} is not valid JSON`);
  }
  return parseServiceKey(json, from);
}

/** A service key already parsed from JSON; `from` names where it came from in every error. */
export function parseServiceKey(json: unknown, from: string): CredentialSource {
  const result = serviceKeySchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(key)'}: ${i.message}`).join('\n');
    throw new Error(`${from} is not a usable AI Core service key:\n${problems}`);
  }
  const key = result.data;
  if (!key.clientsecret && !(key.certificate && key.key))
    throw new Error(`${from} has neither a clientsecret nor an X.509 certificate and key`);
  return { key, from };
}

/**
 * AICORE_SERVICE_KEY (the JSON), AICORE_SERVICE_KEY_FILE (a path), or the `aicore` binding in
 * VCAP_SERVICES, in that order. Null when none is set: the console then embeds the emulator.
 */
export function credentialsFromEnv(env: NodeJS.ProcessEnv = process.env): CredentialSource | null {
  if (env.AICORE_SERVICE_KEY?.trim()) return parseKey(env.AICORE_SERVICE_KEY, 'AICORE_SERVICE_KEY');
  if (env.AICORE_SERVICE_KEY_FILE?.trim()) {
    const file = env.AICORE_SERVICE_KEY_FILE;
    if (!fs.existsSync(file)) throw new Error(`AICORE_SERVICE_KEY_FILE: no file at ${file}`);
    return parseKey(fs.readFileSync(file, 'utf8'), `the service key file ${file}`);
  }
  if (env.VCAP_SERVICES?.trim()) {
    let vcap: Record<string, { credentials?: unknown }[]>;
    try {
      vcap = JSON.parse(env.VCAP_SERVICES);
    } catch {
      throw new Error('VCAP_SERVICES is not valid JSON');
    }
    const binding = vcap.aicore?.[0];
    if (binding?.credentials) return parseKey(JSON.stringify(binding.credentials), 'the aicore binding in VCAP_SERVICES');
  }
  return null;
}

/** SAP's JS SDK appends /v2 only when AI_API_URL has no path of its own; so do we. */
export function apiBase(aiApiUrl: string): string {
  const url = new URL(aiApiUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path || '/v2'}`;
}
