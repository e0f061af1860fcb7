import { describe, expect, it } from 'vitest';
import { readErrorEnvelope, readQuota, readResourceGroupList, readSecretList } from './answers';
import { AnswerShapeError } from './read';

describe('reading answers', () => {
  it('reads labels as a list or a map, and the replication map under either name', () => {
    const list = readSecretList({
      count: 2,
      resources: [
        { name: 'a', labels: [{ key: 'ext.ai.sap.com/x', value: '1' }], resourceGroupSecretsSyncStatus: { g1: true }, extra: 'kept out' },
        {
          name: 'b',
          createdAt: '2026-01-01T00:00:00Z',
          labels: { 'ext.ai.sap.com/y': '2' },
          resourceGroupSecretReplicationStatus: { g1: false },
        },
      ],
    });
    expect(list).toEqual({
      count: 2,
      resources: [
        { name: 'a', createdAt: null, labels: [{ key: 'ext.ai.sap.com/x', value: '1' }], syncStatus: { g1: true } },
        { name: 'b', createdAt: '2026-01-01T00:00:00Z', labels: [{ key: 'ext.ai.sap.com/y', value: '2' }], syncStatus: { g1: false } },
      ],
    });
    expect(
      readResourceGroupList({ count: 1, resources: [{ resourceGroupId: 'g1', status: 'PROVISIONED', labels: null }] }).resources,
    ).toEqual([{ resourceGroupId: 'g1', createdAt: null, status: 'PROVISIONED', statusMessage: null, labels: [] }]);
    expect(readQuota({ quota: { maxCount: 5 } })).toEqual({ quota: { maxCount: 5 } });
  });

  it('refuses an answer of another shape, saying where', () => {
    expect(() => readSecretList({ count: 1, resources: [{ name: 7 }] })).toThrow(AnswerShapeError);
    expect(() => readSecretList({ count: 1, resources: [{ name: 7 }] })).toThrow('at resources.0.name: expected a string, found number');
    expect(() => readSecretList({ count: 1, resources: [{ name: 'a', labels: [{ key: 'k' }] }] })).toThrow('resources.0.labels.0.value');
    expect(() => readQuota({ quota: { maxCount: '5' } })).toThrow('quota.maxCount');
    expect(() => readSecretList(null)).toThrow('expected an object, found null');
  });

  it('does not take a field from the prototype', () => {
    expect(() => readSecretList(JSON.parse('{"count":0,"resources":[{"constructor":"x"}]}'))).toThrow('resources.0.name');
  });

  it("reads a refusal's envelope, or nothing when the body is something else", () => {
    expect(readErrorEnvelope({ error: { code: 'NotFound', message: 'no such secret', requestId: 'r1' } })).toEqual({
      error: { code: 'NotFound', message: 'no such secret', requestId: 'r1', target: undefined },
    });
    expect(readErrorEnvelope('<html>Bad gateway</html>')).toBeNull();
    expect(readErrorEnvelope({ error: { message: 42 } })).toBeNull();
  });
});
