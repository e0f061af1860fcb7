import { Badge, type BadgeProps } from '@mantine/core';

const COLOR: Record<string, string> = { PROVISIONED: 'teal', PROVISIONING: 'yellow', ERROR: 'red', DEPROVISIONING: 'orange' };

/** A resource group's status, coloured the same wherever it shows. */
export function GroupStatusBadge({ status, lowercase, ...props }: { status: string | undefined; lowercase?: boolean } & BadgeProps) {
  if (!status) return null;
  return (
    <Badge variant="light" color={COLOR[status] ?? 'gray'} {...props}>
      {lowercase ? status.toLowerCase() : status}
    </Badge>
  );
}
