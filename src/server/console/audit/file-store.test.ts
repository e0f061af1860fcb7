import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attempt, auditStoreContract } from '../../testing/audit-store-contract';
import { tempDir } from '../../testing/emulator-fixture';
import { ACTIVITY_FILE, FileAuditStore } from './file-store';
import { auditQuerySchema } from './types';

describe('the embedded activity log', () => {
  auditStoreContract(async () => {
    const dir = path.join(tempDir(), 'activity');
    return { open: async () => FileAuditStore.open(dir) };
  });

  it('keeps its folder 0700 and its file 0600, whatever the umask', async () => {
    const dir = path.join(tempDir(), 'activity');
    const old = process.umask(0o000);
    try {
      const store = FileAuditStore.open(dir);
      await store.begin(attempt());
      await store.close();
    } finally {
      process.umask(old);
    }
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, ACTIVITY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('drops a torn last line (a crash mid-write) and appends after it cleanly', async () => {
    const dir = path.join(tempDir(), 'activity');
    const store = FileAuditStore.open(dir);
    await store.begin(attempt({ secret: 'kept' }));
    await store.close();
    fs.appendFileSync(path.join(dir, ACTIVITY_FILE), '{"t":"attempt","entry":{"id":"torn');
    const again = FileAuditStore.open(dir);
    await again.begin(attempt({ secret: 'after' }));
    await again.close();
    const third = FileAuditStore.open(dir);
    const page = await third.query(auditQuerySchema.parse({}));
    expect(page.entries.map((e) => e.secret)).toEqual(['after', 'kept']);
    await third.close();
  });

  it('shares one fsync among writes that arrive together, and loses none', async () => {
    const dir = path.join(tempDir(), 'activity');
    const store = FileAuditStore.open(dir);
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => store.begin(attempt({ secret: `s${i}` }))));
    await Promise.all(ids.map((id) => store.finish(id, { outcome: 'success', status: 200, requestId: null })));
    await store.close();
    const lines = fs.readFileSync(path.join(dir, ACTIVITY_FILE), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(100);
    const again = FileAuditStore.open(dir);
    const page = await again.query(auditQuerySchema.parse({ limit: 100 }));
    expect(page.total).toBe(50);
    expect(page.entries.every((e) => e.outcome === 'success')).toBe(true);
    await again.close();
  });
});
