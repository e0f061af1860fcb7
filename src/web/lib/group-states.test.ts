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
