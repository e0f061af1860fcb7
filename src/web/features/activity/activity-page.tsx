// The activity log: every change made through the console, newest first, with filters, paging and a
// CSV export of what the filters select.
import { Alert, Button, Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconDownload, IconEye, IconHistory } from '@tabler/icons-react';
import { auditQueries, auditSearch } from '../../api/audit';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { form, plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { useWriteAccess } from '../../lib/use-write-access';
import { ActivityFilters } from './activity-filters';
import { ActivityTable } from './activity-table';
import { PAGE_SIZE, useActivityFilters } from './use-activity-filters';

export function ActivityPage() {
  const filterState = useActivityFilters();
  const { filters, page, setPage, active } = filterState;
  const query = useQuery(auditQueries.list(filters, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }));
  const access = useWriteAccess();
  const now = useNow();
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="end">
        <div>
          <Title order={2}>Activity</Title>
          <Text c="dimmed" size="sm">
            Every change made through this console: who, when, where, which keys and labels. Values are never recorded.
          </Text>
        </div>
        <Button
          component="a"
          href={`/api/audit/export?${auditSearch(filters)}`}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Export CSV
        </Button>
      </Group>
      {!access.allowed && access.reason && (
        <Alert color="blue" variant="light" icon={<IconEye aria-hidden />} title="Read-only">
          {access.reason}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <ActivityFilters {...filterState} />
      </Paper>
      {query.isPending ? (
        <PageSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load the activity log" />
      ) : query.data.total === 0 ? (
        <EmptyState icon={<IconHistory aria-hidden />} title={active ? 'No activity matches these filters' : 'No activity yet'}>
          {active
            ? 'Try a wider time range, or clear the filters.'
            : 'Changes made through the console (creating, rotating, editing labels, deleting) appear here as they happen.'}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {plural(query.data.total, 'change')} {active ? form(query.data.total, 'matches the filters', 'match the filters') : 'recorded'}
          </Text>
          <ActivityTable entries={query.data.entries} now={now} />
          {pages > 1 && <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} aria-label="Activity pages" />}
        </>
      )}
    </Stack>
  );
}
