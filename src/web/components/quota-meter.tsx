import { Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
// The constant's own file: the contract's index would be as good for the bundler, but the rules beside it
// are the forms' (see src/contract/quota.ts).
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

/** "3 of 5" over a bar: teal, yellow once `nearFull`, red when full. */
export function UsageMeter({
  title,
  used,
  max,
  nearFull,
  testId,
}: {
  title: string;
  used: number;
  max: number;
  nearFull: boolean;
  testId: string;
}) {
  const full = used >= max;
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Text size="sm" c={full ? 'red' : undefined} fw={700} data-testid={testId}>
          {used} of {max}
        </Text>
      </Group>
      <Meter
        value={Math.min(100, (used / max) * 100)}
        color={full ? 'red' : nearFull ? 'yellow' : 'teal'}
        label={`${title}: ${used} of ${max} used`}
        style={{ width: 220 }}
      />
    </div>
  );
}

export function QuotaMeter() {
  const { used, max, isLoading } = useTenantWideQuota();
  if (isLoading) return null;
  return <UsageMeter title="Tenant-wide quota" used={used} max={max} nearFull={used >= max - 1} testId="quota" />;
}
