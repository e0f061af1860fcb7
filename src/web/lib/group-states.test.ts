import { describe, expect, it } from 'vitest';
import { groupStates, pollInterval } from './group-states';

const group = (id: string, status = 'PROVISIONED') => ({ resourceGroupId: id, status, createdAt: null, statusMessage: null, labels: [] });

describe('groupStates', () => {
  it('tells in sync, shadowed, provisioning, pending and stuck apart', () => {
    const base = {
      status: { a: true, b: false, c: false, d: false },
      groups: [group('a'), group('b'), group('c'), group('d', 'PROVISIONING'), group('e')],
      shadowedIn: new Set(['b']),
      now: 100_000,
      stuckAfterMs: 60_000,
    };
    expect(groupStates({ ...base, lastChange: 90_000 }).map((r) => `${r.group}:${r.state}`)).toEqual([
      'a:in-sync',
      'b:shadowed',
      'c:pending',
      'd:provisioning',
      'e:pending',
    ]);
    expect(groupStates({ ...base, lastChange: 10_000 }).find((r) => r.group === 'c')?.state).toBe('stuck');
    // A group created after the change has waited only since its creation.
    const young = { ...group('c'), createdAt: new Date(95_000).toISOString() };
    expect(groupStates({ ...base, groups: [young], lastChange: 10_000 }).find((r) => r.group === 'c')?.state).toBe('pending');
  });

  it('backs off from 1 s to 10 s', () => {
    expect(pollInterval(0)).toBe(1000);
    expect(pollInterval(20_000)).toBe(4000);
    expect(pollInterval(600_000)).toBe(10_000);
  });
});

describe('pending versus stuck, measured from first sight', () => {
  const g = (id: string, createdAt: string | null = null, status = 'PROVISIONED') => ({
    resourceGroupId: id,
    status,
    createdAt,
    statusMessage: null,
    labels: [],
  });
  const base = { shadowedIn: new Set<string>(), stuckAfterMs: 60_000 };

  it('counts from when the console first saw the copy unreplicated, not from an old creation', () => {
    const rows = groupStates({
      ...base,
      status: { a: false, b: false },
      groups: [g('a'), g('b')],
      lastChange: 1_000, // created long ago
      now: 500_000,
      firstSeen: new Map([
        ['a', 480_000],
        ['b', 100_000],
      ]),
    });
    expect(rows).toEqual([
      { group: 'a', state: 'pending', since: 480_000, waitedMs: 20_000 },
      { group: 'b', state: 'stuck', since: 100_000, waitedMs: 400_000 },
    ]);
  });

  it('restarts the wait at a rotation made after the copy was first seen, and never counts from before the group existed', () => {
    const rows = groupStates({
      ...base,
      status: { a: false, b: false },
      groups: [g('a'), g('b', new Date(450_000).toISOString())],
      lastChange: 400_000,
      now: 500_000,
      firstSeen: new Map([
        ['a', 100_000],
        ['b', 100_000],
      ]),
    });
    expect(rows.map((r) => [r.group, r.state, r.waitedMs])).toEqual([
      ['a', 'stuck', 100_000],
      ['b', 'pending', 50_000],
    ]);
  });

  it('shows a group being deleted as such, not as stuck', () => {
    const rows = groupStates({ ...base, status: { a: false }, groups: [g('a', null, 'DEPROVISIONING')], lastChange: 0, now: 1e9 });
    expect(rows).toEqual([{ group: 'a', state: 'deleting' }]);
  });
});
