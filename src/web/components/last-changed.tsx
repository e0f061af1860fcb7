// "Last changed by … at …" from the console's activity log (AI Core itself keeps no modification time).
// Shows nothing when the log does not know the secret (made before the log, or outside the console).
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Scope } from '../../contract';
import { AUDIT_ACTIONS, auditQueries } from '../api/audit';
import { exactTime, relativeTime } from '../lib/format';

export function LastChanged({ scope, name }: { scope: Scope; name: string }) {
  const { data } = useQuery(auditQueries.last(scope, [name]));
  const last = data?.[name];
  if (!last) return null;
  return (
    <Text size="sm" c="dimmed" title={exactTime(last.time)}>
      Last changed by <strong>{last.user}</strong> {relativeTime(last.time)} ({AUDIT_ACTIONS[last.action].toLowerCase()})
    </Text>
  );
}
