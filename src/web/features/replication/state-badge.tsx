import { Badge } from '@mantine/core';
import type { GroupState } from '../../lib/group-states';

const LOOK: Record<GroupState, { color: string; label: string }> = {
  'in-sync': { color: 'teal', label: 'in sync' },
  pending: { color: 'yellow', label: 'pending' },
  shadowed: { color: 'orange', label: 'shadowed' },
  stuck: { color: 'red', label: 'stuck' },
  provisioning: { color: 'gray', label: 'provisioning' },
};

export const STATE_GUIDANCE: Record<Exclude<GroupState, 'in-sync'>, string> = {
  pending: 'The service is writing the copy; it usually takes seconds.',
  provisioning: 'The group is still being provisioned; it receives the copy once it is ready.',
  shadowed:
    "The group's own secret of the same name replaces the tenant-wide copy. SAP warns that critical consumers such as metering then read the wrong value. Delete the group's secret, or wait for the service's periodic re-sync to overwrite it.",
  stuck:
    'Still not in sync past the threshold. Check the group on the Resource groups page; then rotate the secret again (same data) to trigger a new copy. If it persists, open an SAP support ticket with the group id.',
};

export function StateBadge({ state }: { state: GroupState }) {
  const look = LOOK[state];
  return (
    <Badge
      color={look.color}
      variant={state === 'shadowed' || state === 'stuck' ? 'filled' : 'light'}
      style={{ flexShrink: 0, overflow: 'visible' }}
      miw={96}
    >
      {look.label}
    </Badge>
  );
}
