import { Group, Progress, Text } from '@mantine/core';
import type { Quota } from '../../../contract';

/** "12 of 50": the tenant's resource-group quota, with groups being deleted counted until they are gone. */
export function GroupQuotaMeter({ quota }: { quota: Quota }) {
  const used = quota.usage?.count ?? 0;
  const max = quota.quota.maxCount;
  if (!max) return null; // 0: no quota
  const full = used >= max;
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={500}>
          Resource-group quota
        </Text>
        <Text size="sm" c={full ? 'red' : undefined} fw={700} data-testid="group-quota">
          {used} of {max}
        </Text>
      </Group>
      <Progress.Root w={220}>
        <Progress.Section
          value={Math.min(100, (used / max) * 100)}
          color={full ? 'red' : used >= max * 0.9 ? 'yellow' : 'teal'}
          aria-label={`Resource-group quota: ${used} of ${max} used`}
        />
      </Progress.Root>
    </div>
  );
}

export const groupQuotaFull = (quota: Quota | undefined) =>
  Boolean(quota?.quota.maxCount) && (quota?.usage?.count ?? 0) >= quota!.quota.maxCount;
