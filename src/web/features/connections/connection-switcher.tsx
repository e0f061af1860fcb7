// The connection in the header: its name always visible, a switcher when there are several, and a band and
// a "Protected" label (not colour alone) on a protected one. Switching loads the other connection's URL, so
// nothing cached for one tenant is ever shown for another.
import { Badge, Box, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLock, IconSelector, IconShieldLock } from '@tabler/icons-react';
import { useLocation } from '../../lib/router';
import classes from '../../components/field.module.css';
import { connectionUrl } from './connection-url';
import { apiConnection } from '../../api/client';
import { consoleQueries } from '../../api/console';
import { ProtectedWriteDialog } from './protected-write-gate';

export function ConnectionSwitcher() {
  const { data } = useQuery(consoleQueries.status());
  const { pathname } = useLocation();
  const name = data?.connection.name ?? apiConnection();
  const isProtected = data?.connection.protected ?? false;
  const all = data?.connections ?? [];
  const nameBadge = name && (
    <Badge variant="outline" color="gray" tt="none" size="lg" aria-label={`Connection ${name}`}>
      {name}
    </Badge>
  );
  return (
    <Group gap="xs" wrap="nowrap">
      <ProtectedWriteDialog />
      {isProtected && (
        <Box
          aria-hidden
          data-testid="protected-band"
          style={{ position: 'absolute', top: 0, left: 0, right: 0, height: 5, background: 'var(--mantine-color-red-9)' }}
        />
      )}
      {all.length > 1 ? (
        // A native select (Mantine's NativeSelect would bring its input code into the first page).
        <span className={classes.wrap}>
          <select
            aria-label="Connection"
            className={`${classes.field} mantine-focus-auto`}
            data-protected={isProtected || undefined}
            value={name ?? ''}
            onChange={(e) => window.location.assign(connectionUrl(e.currentTarget.value, pathname))}
          >
            {all.map((c) => (
              <option key={c.name} value={c.name}>
                {c.protected ? `${c.name} (protected)` : c.name}
              </option>
            ))}
          </select>
          <span className={classes.chevron}>
            <IconSelector size={16} aria-hidden />
          </span>
        </span>
      ) : (
        nameBadge
      )}
      {isProtected && (
        // On a phone the switcher's own text ("prod (protected)") carries the label.
        <Badge
          color="red.9"
          tt="none"
          size="lg"
          leftSection={<IconShieldLock size={14} aria-hidden />}
          visibleFrom={all.length > 1 ? 'sm' : undefined}
        >
          Protected
        </Badge>
      )}
      {data && !data.writes.allowed && (
        <Badge
          color="gray.8"
          tt="none"
          size="lg"
          leftSection={<IconLock size={14} aria-hidden />}
          title={data.writes.reason ?? undefined}
          visibleFrom="sm"
        >
          Read-only
        </Badge>
      )}
    </Group>
  );
}
