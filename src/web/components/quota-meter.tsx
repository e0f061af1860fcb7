import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { TENANT_WIDE_QUOTA } from '../../contract/quota';
import { secretQueries } from '../api/secrets';
import { Meter } from './meter';

/** The tenant-wide quota, visible before the user hits it. */
export function useTenantWideQuota() {
  const { data, isLoading } = useQuery(secretQueries.quota({ kind: 'tenant-wide' }));
  const used = data?.usage?.count ?? 0;
  const max = data?.quota.maxCount || TENANT_WIDE_QUOTA;
  return { used, max, full: Boolean(data) && used >= max, isLoading };
}

export const QUOTA_HELP =
  'The tenant holds at most 5 tenant-wide secrets. Delete one you no longer need to free a slot, or create this secret in the main tenant or in a resource group instead.';

export function QuotaMeter() {
  const { used, max, full, isLoading } = useTenantWideQuota();
  if (isLoading) return null;
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={500}>
          Tenant-wide quota
        </Text>
        <Text size="sm" c={full ? 'red' : undefined} fw={700} data-testid="quota">
          {used} of {max}
        </Text>
      </Group>
      <Meter
        value={(used / max) * 100}
        color={full ? 'red' : used >= max - 1 ? 'yellow' : 'teal'}
        label={`Tenant-wide quota: ${used} of ${max} used`}
        style={{ width: 220 }}
      />
    </div>
  );
}
