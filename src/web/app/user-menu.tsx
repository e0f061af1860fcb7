// Who is signed in, their role, and sign-out (a plain link: the server ends the session and hands over
// to the identity provider). Nothing shows without sign-in.
import { Badge, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLogout } from '@tabler/icons-react';
import { consoleQueries } from '../api/console';

export function UserMenu() {
  const { data } = useQuery(consoleQueries.status());
  if (!data?.user) return null;
  const role = data.writes.allowed ? 'editor' : 'viewer';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} visibleFrom="sm" data-testid="signed-in-user">
        {data.user.name}
      </Text>
      <Badge variant="light" color={data.writes.allowed ? 'blue' : 'gray'} title={data.writes.reason ?? undefined}>
        {role}
      </Badge>
      <Button component="a" href="/auth/logout" variant="subtle" size="xs" leftSection={<IconLogout size={16} aria-hidden />}>
        Sign out
      </Button>
    </Group>
  );
}
