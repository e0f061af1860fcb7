import { EMULATOR_ENV, emulatorOptionsSchema, type EmulatorOptions, type EmulatorOptionsInput } from '../emulator/config';

/** Emulator flags shared by `npm run emulator` and `npm start` (which embeds the emulator). */
export const emulatorFlagSpec = {
  'data-dir': { type: 'string' },
  reset: { type: 'boolean' },
  'replication-delay-ms': { type: 'string' },
  'replication-concurrency': { type: 'string' },
  'resync-interval-ms': { type: 'string' },
  'stuck-groups': { type: 'string' },
  'token-ttl-s': { type: 'string' },
  'latency-ms': { type: 'string' },
  'provision-delay-ms': { type: 'string' },
  'max-groups': { type: 'string' },
  'group-deletion-delay-ms': { type: 'string' },
  'group-page-size': { type: 'string' },
  'no-seed': { type: 'boolean' },
} as const;

const camel = (flag: string) => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function emulatorInput(values: Record<string, string | boolean | undefined>, env = process.env): EmulatorOptionsInput {
  const input: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(EMULATOR_ENV)) if (env[name] !== undefined) input[key] = env[name];
  for (const flag of Object.keys(emulatorFlagSpec)) {
    const value = values[flag];
    if (value === undefined || flag === 'no-seed') continue;
    input[camel(flag)] = value;
  }
  if (typeof input.stuckGroups === 'string')
    input.stuckGroups = input.stuckGroups
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (values['no-seed']) input.seed = false;
  return input as EmulatorOptionsInput;
}

/** Readable errors for bad flags, before anything starts. */
export function validateEmulatorInput(input: EmulatorOptionsInput): EmulatorOptions {
  const result = emulatorOptionsSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  --${i.path.join('.').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${i.message}`);
    throw new Error(`invalid emulator options:\n${lines.join('\n')}`);
  }
  return result.data;
}
