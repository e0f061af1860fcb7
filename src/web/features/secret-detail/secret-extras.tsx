// What every secret's page has below its own facts: the key names (where known) and the code panel.
import { Stack } from '@mantine/core';
import { useParams } from '../../lib/router';
import { useQuery } from '@tanstack/react-query';
import type { Label, Scope } from '../../../contract';
import { secretQueries } from '../../api/secrets';
import { onThisConnection } from '../../api/secret-mutations';
import { useWrittenKeys } from '../../lib/key-names';
import { CodePanel } from './code-panel';
import { KeyNames } from './key-names';

export function SecretExtras({ scope, name, labels }: { scope: Scope; name: string; labels: Label[] }) {
  const written = useWrittenKeys(onThisConnection({ scope, name }));
  return (
    <Stack gap="md">
      <KeyNames scope={scope} written={written} />
      <CodePanel scope={scope} name={name} keys={written?.keys ?? null} labels={labels} />
    </Stack>
  );
}

const tw = { kind: 'tenant-wide' } as const;

/** Under the tenant-wide secret's replication page, which lives in the replication feature. */
export function TenantWideSecretExtras() {
  const { name = '' } = useParams();
  // The same query (and cache entry) as the replication page above: no request of its own.
  const detail = useQuery(secretQueries.detail(tw, name));
  return <SecretExtras scope={tw} name={name} labels={detail.data?.labels ?? []} />;
}
