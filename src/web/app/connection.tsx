// Which AI Core the console talks to, and whether it answers. When it comes back, everything reloads.
import { Alert, Anchor, Badge } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { consoleQueries } from '../api/console';
import { exactTime } from '../lib/format';
import { whenIdle } from '../lib/when-idle';
import classes from './connection.module.css';

function useConnection() {
  const query = useQuery(consoleQueries.status());
  const healthy = query.data?.health.ok ?? (query.isError ? false : undefined);
  return { ...query, healthy };
}

/** When AI Core answers again after an outage, reload everything. Mounted once, in the shell. */
export function ConnectionRecovery() {
  const qc = useQueryClient();
  const { healthy } = useConnection();
  const wasHealthy = useRef(healthy);
  useEffect(() => {
    if (wasHealthy.current === false && healthy === true) void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'console' });
    wasHealthy.current = healthy;
  }, [healthy, qc]);
  return null;
}

/**
 * `value`, once the browser is idle after drawing it (within a second): for what the first paint need not
 * wait for, such as dates in the user's format (a page's first date formatter costs tens of milliseconds).
 */
function useWhenIdle<T>(value: T): T | undefined {
  const [idle, setIdle] = useState<T>();
  useEffect(() => whenIdle(() => setIdle(() => value), 1000, 100), [value]);
  return idle;
}

export function ConnectionBadge() {
  const { data, healthy } = useConnection();
  // The details (with dates) follow the badge by a moment.
  const shown = useWhenIdle(data);
  if (!data)
    return (
      <Badge variant="light" color="gray">
        Connecting…
      </Badge>
    );
  const label = data.mode === 'emulator' ? 'Embedded emulator' : data.upstream;
  // A native title, not a Tooltip: the shell stays free of the positioning library on the first page.
  const details = shown
    ? `${shown.mode === 'emulator' ? 'AI Core emulator' : 'AI Core'} at ${shown.upstream}. ${shown.health.message} (checked ${exactTime(shown.health.checkedAt)}). Token ${shown.token.state}${shown.token.validUntil ? ` until ${exactTime(shown.token.validUntil)}` : ''}.`
    : undefined;
  return (
    <Badge
      variant="dot"
      color={healthy ? 'teal' : 'red'}
      tt="none"
      size="lg"
      data-testid="connection"
      title={details}
      aria-description={details}
    >
      <span className={classes.label}>{label}</span>
    </Badge>
  );
}

export function ConnectionBanner() {
  const { data, error, healthy } = useConnection();
  if (healthy !== false) return null;
  if (error instanceof ApiError && error.status === 404)
    return (
      <Alert color="red" title="No such connection" mb="md" role="alert">
        {error.message} <Anchor href="/">Open the default connection</Anchor>
      </Alert>
    );
  const message = data?.health.message ?? (error instanceof Error ? error.message : 'The console server does not answer.');
  return (
    <Alert color="red" icon={<IconPlugConnectedX aria-hidden />} title="AI Core is not reachable" mb="md" role="alert">
      {message}. The console keeps checking and reloads by itself when it answers again.
    </Alert>
  );
}
