// A secret's own page at the main tenant or in a resource group: its facts, the actions, the key names where
// the console knows them, and the code panel. Tenant-wide secrets have the replication page, with the same
// extras below it.
import { Alert, Anchor, Box, Button, Group, Paper, SimpleGrid, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCopyPlus, IconEdit, IconTrash, IconTrashX } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from '../../lib/router';
import { scopeLabel, type Scope } from '../../../contract';
import { secretQueries } from '../../api/secrets';
import { DeleteSecretModal } from '../../components/delete-secret-modal';
import { ErrorState } from '../../components/error-state';
import { LabelChips } from '../../components/label-chips';
import { PageSkeleton } from '../../components/page-skeleton';
import { exactTime, relativeTime } from '../../lib/format';
import { fanOutPath, secretsPath, tenantWideSecretPath } from '../../lib/paths';
import { SecretExtras } from './secret-extras';

const DeleteEverywhereModal = lazy(async () => ({ default: (await import('./delete-everywhere-modal')).DeleteEverywhereModal }));

function useDetailScope(): Scope {
  const { group } = useParams();
  return group ? { kind: 'group', resourceGroup: group } : { kind: 'main' };
}

function Fact({ label, children, mt }: { label: string; children: React.ReactNode; mt?: MantineSpacing }) {
  return (
    <Box mt={mt}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <div>{children}</div>
    </Box>
  );
}

export function SecretDetailPage() {
  const scope = useDetailScope();
  const { name = '' } = useParams();
  const navigate = useNavigate();
  const detail = useQuery(secretQueries.detail(scope, name));
  const tenantWide = useQuery({ ...secretQueries.detail({ kind: 'tenant-wide' }, name), enabled: scope.kind === 'group', retry: false });
  const [dialog, setDialog] = useState<'delete' | 'everywhere' | null>(null);

  if (detail.isPending) return <PageSkeleton />;
  // After a delete from here the refetch fails: keep the last answer on screen while the page moves on.
  if (!detail.data)
    return (
      <ErrorState
        error={detail.error}
        onRetry={() => void detail.refetch()}
        title={`Could not load ${name} from ${scopeLabel(scope).toLowerCase()}`}
      />
    );
  const secret = detail.data;
  const group = scope.kind === 'group' ? scope.resourceGroup : null;
  const shadows = group !== null && tenantWide.isSuccess;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to={secretsPath(scope)}>
              {scopeLabel(scope)}
            </Anchor>{' '}
            / secret
          </Text>
          <Title order={2} ff="monospace">
            {secret.name}
          </Title>
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to={`${secretsPath(scope)}?edit=${encodeURIComponent(secret.name)}`}
            leftSection={<IconEdit size={16} aria-hidden />}
            variant="light"
          >
            Rotate or edit
          </Button>
          {group && (
            <Button
              component={Link}
              to={fanOutPath(secret.name, group)}
              leftSection={<IconCopyPlus size={16} aria-hidden />}
              variant="default"
            >
              Create in other groups
            </Button>
          )}
          {group && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrashX size={16} aria-hidden />}
              onClick={() => setDialog('everywhere')}
            >
              Delete from every group
            </Button>
          )}
          <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </Group>
      </Group>

      {shadows && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="This group secret shadows a tenant-wide secret">
          <Text size="sm">
            A tenant-wide secret named{' '}
            <Anchor component={Link} to={tenantWideSecretPath(secret.name)} underline="always">
              {secret.name}
            </Anchor>{' '}
            exists: in <b>{group}</b> this secret replaces its copy until the service re-syncs. SAP warns this breaks critical consumers
            such as metering. The fix: delete this group secret; the tenant-wide copy is written again.
          </Text>
          <Button mt="xs" size="xs" color="orange" onClick={() => setDialog('delete')}>
            Delete the group&apos;s secret
          </Button>
        </Alert>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Fact label="Scope">
            <Text size="sm">{scopeLabel(scope)}</Text>
          </Fact>
          <Fact label="Created">
            <Text size="sm" title={exactTime(secret.createdAt)}>
              {exactTime(secret.createdAt)} ({relativeTime(secret.createdAt)})
            </Text>
          </Fact>
          <Fact label="Replication">
            <Text size="sm">
              {group
                ? shadows
                  ? 'Replaces the tenant-wide copy in this group'
                  : 'Not replicated: a group secret lives in this group only'
                : 'Not replicated: the main tenant has its own secrets'}
            </Text>
          </Fact>
        </SimpleGrid>
        <Fact label="Labels" mt="md">
          {secret.labels.length ? (
            <Group gap="xs" mt={4}>
              <LabelChips labels={secret.labels} max={20} />
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              No labels
            </Text>
          )}
        </Fact>
      </Paper>

      <SecretExtras scope={scope} name={secret.name} labels={secret.labels} />

      {dialog === 'delete' && (
        <DeleteSecretModal
          scope={scope}
          name={secret.name}
          groupCount={0}
          onClose={() => setDialog(null)}
          onDeleted={() => navigate(secretsPath(scope))}
        />
      )}
      {dialog === 'everywhere' && (
        <Suspense fallback={null}>
          <DeleteEverywhereModal name={secret.name} onClose={() => setDialog(null)} onDone={() => navigate(secretsPath(scope))} />
        </Suspense>
      )}
    </Stack>
  );
}
