import { describe, expect, it } from 'vitest';
import { exportRows, toCsv, toJson } from './export-metadata';

const secret = (
  name: string,
  labels = [{ key: 'ext.ai.sap.com/team', value: 'a "b", c' }],
  syncStatus: Record<string, boolean> | null = null,
) => ({
  name,
  createdAt: '2026-11-23T10:00:00.000Z',
  labels,
  syncStatus,
});

describe('metadata export', () => {
  const rows = exportRows({
    main: [secret('m1')],
    tenantWide: [secret('shared', [], { g1: true, g2: false })],
    groups: { g2: [secret('shared', [{ key: 'ext.ai.sap.com/x', value: '=cmd()' }])], g1: [] },
  });

  it('lists every scope with names, labels, replication and creation time', () => {
    expect(rows.map((r) => [r.scope, r.resourceGroup, r.name])).toEqual([
      ['main', null, 'm1'],
      ['tenant-wide', null, 'shared'],
      ['group', 'g2', 'shared'],
    ]);
    expect(rows[1]!.replication).toEqual({ inSync: 1, total: 2, pending: ['g2'] });
    expect(rows[2]!.replication).toEqual({ shadowsTenantWide: true });
    expect(JSON.parse(toJson(rows, 'now')).secrets).toHaveLength(3);
  });

  it('writes CSV that a spreadsheet reads back safely', () => {
    const csv = toCsv(rows).split('\r\n');
    expect(csv[0]).toBe('"scope","resourceGroup","name","createdAt","labels","replication"');
    expect(csv[1]).toContain('"ext.ai.sap.com/team=a ""b"", c"');
    expect(csv[2]).toContain('"1/2 groups in sync; pending: g2"');
    expect(csv[3]).toContain('"ext.ai.sap.com/x==cmd()"');
    expect(csv[3]).toContain('"shadows a tenant-wide secret"');
  });
});
