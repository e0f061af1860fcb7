// Secrets at rest: the data folder holds Base64 values, the client secret and the signing key. Only its
// owner may read it (folders 0700, files 0600), also when an older run left it readable by others.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/emulator-fixture';
import { Journal } from './journal';
import { startEmulator } from './server';

const mode = (p: string) => fs.statSync(p).mode & 0o777;
const start = (dataDir: string, logs: string[]) =>
  startEmulator(
    { dataDir, port: 0, seed: false, replicationDelayMs: 0, provisionDelayMs: 0, resyncIntervalMs: 0 },
    { log: (l) => logs.push(l) },
  );

describe('file modes of the emulator data', () => {
  it('creates the folders 0700 and every file 0600', async () => {
    const parent = tempDir();
    const dataDir = path.join(parent, 'nested', 'emulator');
    const logs: string[] = [];
    const emu = await start(dataDir, logs);
    emu.tenant.createSecret({ kind: 'main' }, { name: 'pem', data: { k: 'c2VjcmV0' } });
    await emu.close();
    // A compaction writes the snapshot through a temporary file.
    const { journal } = Journal.open(dataDir, 'x', (l) => logs.push(l));
    journal.compact();
    journal.close();

    expect(mode(path.join(parent, 'nested'))).toBe(0o700);
    expect(mode(dataDir)).toBe(0o700);
    const files = fs.readdirSync(dataDir).sort();
    expect(files).toEqual(['emulator.json', 'journal.ndjson', 'service-key.json', 'service-key.readonly.json', 'state.json']);
    for (const f of files) expect(mode(path.join(dataDir, f)), f).toBe(0o600);
    expect(logs.filter((l) => l.includes('tightened'))).toEqual([]);
  });

  it('tightens a folder and files that an earlier run left readable, and says so once', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir, []);
    first.tenant.createSecret({ kind: 'main' }, { name: 'pem', data: { k: 'c2VjcmV0' } });
    await first.close();
    fs.chmodSync(dataDir, 0o755);
    for (const f of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, f), 0o644);

    const logs: string[] = [];
    const again = await start(dataDir, logs);
    try {
      expect(mode(dataDir)).toBe(0o700);
      for (const f of fs.readdirSync(dataDir)) expect(mode(path.join(dataDir, f)), f).toBe(0o600);
      const said = logs.filter((l) => l.includes('tightened'));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/owner-only.*readable by other users: .*service-key\.json/);
      expect(said[0]).not.toContain(first.serviceKey.clientsecret);
      // The data survived the change.
      expect(again.tenant.getSecret({ kind: 'main' }, 'pem')).toMatchObject({ name: 'pem' });
    } finally {
      await again.close();
    }
  });
});
