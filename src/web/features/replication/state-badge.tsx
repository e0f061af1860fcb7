import { Badge } from '@mantine/core';
import { IconAlertOctagon } from '@tabler/icons-react';
import type { GroupState } from '../../lib/group-states';

const LOOK: Record<GroupState, { color: string; label: string }> = {
  'in-sync': { color: 'teal', label: 'in sync' },
  pending: { color: 'yellow', label: 'pending' },
  shadowed: { color: 'orange', label: 'shadowed' },
  stuck: { color: 'red', label: 'stuck' },
  provisioning: { color: 'gray', label: 'provisioning' },
  deleting: { color: 'gray', label: 'being deleted' },
};

/** What the admin can really do in each state. There is no per-copy retry in the API, so none is offered. */
export const STATE_GUIDANCE: Record<Exclude<GroupState, 'in-sync'>, string> = {
  pending: 'The service is writing this copy; it usually takes seconds. Nothing to do yet.',
  provisioning: 'The group is still being provisioned; it receives the copy once it is ready.',
  deleting: 'The group is being deleted; its copy goes with it.',
  shadowed:
    "The group's own secret of the same name replaces the tenant-wide copy. SAP warns that critical consumers such as metering then read the wrong value. Delete the group's secret, or wait for the service's periodic re-sync to overwrite it.",
  stuck:
    "Not replicated past the threshold. The API has no retry for a single copy: the service re-syncs tenant-wide secrets periodically on its own, and rotating the secret (saving its data again) writes every group's copy again. Check the group's status on the Resource groups page; if the copy stays stuck after a rotation, open an SAP support ticket with the group id.",
};

export function StateBadge({ state }: { state: GroupState }) {
  const look = LOOK[state];
  return (
    <Badge
      color={look.color}
      variant={state === 'shadowed' || state === 'stuck' ? 'filled' : 'light'}
      leftSection={state === 'stuck' ? <IconAlertOctagon size={12} aria-hidden /> : undefined}
      style={{ flexShrink: 0, overflow: 'visible' }}
      miw={96}
    >
      {look.label}
    </Badge>
  );
}
