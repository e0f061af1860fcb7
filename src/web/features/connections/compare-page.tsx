// Compare two connections, or two scopes of one (two resource groups): names on one side only, and for names on
// both sides the label differences. Values and key names cannot be read from AI Core; the page says so.
import { ActionIcon, Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { IconArrowsLeftRight, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from '../../lib/router';
import { apiConnection } from '../../api/client';
import { consoleQueries } from '../../api/console';
import { ErrorState } from '../../components/error-state';
import { PageSkeleton } from '../../components/page-skeleton';
import { form, plural } from '../../lib/format';
import { compareSides, parseScopeParam, sameSide, scopeParam, sideName, type Side } from './compare-model';
import { compareQueries } from './compare-queries';
import { CopySecretModal } from './copy-secret-modal';
import { LabelDifferences, OneSideOnly, type CopyRequest } from './difference-lists';
import { SidePicker } from './side-picker';

function useSides(current: string, names: string[]) {
  const [params, setParams] = useSearchParams();
  const other = names.find((n) => n !== current) ?? current;
  const pick = (key: string, fallback: string) => {
    const value = params.get(key);
    return value && names.includes(value) ? value : fallback;
  };
  const left: Side = { connection: pick('left', current), scope: parseScopeParam(params.get('leftScope')) ?? { kind: 'main' } };
  const right: Side = { connection: pick('right', other), scope: parseScopeParam(params.get('rightScope')) ?? { kind: 'main' } };
  const set = (l: Side, r: Side) =>
    setParams(
      { left: l.connection, leftScope: scopeParam(l.scope), right: r.connection, rightScope: scopeParam(r.scope) },
      { replace: true },
    );
  return { left, right, set };
}

export function ComparePage() {
  const status = useQuery(consoleQueries.status());
  if (status.isPending) return <PageSkeleton />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  return <Comparison current={status.data.connection.name} connections={status.data.connections} />;
}

function Comparison({ current, connections }: { current: string; connections: { name: string; protected: boolean }[] }) {
  const { left, right, set } = useSides(
    apiConnection() ?? current,
    connections.map((c) => c.name),
  );
  const [copying, setCopying] = useState<CopyRequest | null>(null);
  const same = sameSide(left, right);
  const [l, r] = useQueries({
    queries: [compareQueries.secrets(left), compareQueries.secrets(right)].map((q) => ({ ...q, enabled: !same })),
  });
  const diff = l?.data && r?.data ? compareSides(l.data, r.data) : null;
  const failed = l?.error ?? r?.error;
  return (
    <Stack>
      <Title order={2}>Compare</Title>
      <Text c="dimmed" size="sm">
        Two connections, or two scopes of one connection (two resource groups, say).
      </Text>
      <Group align="flex-end" wrap="wrap">
        <SidePicker legend="Left" side={left} connections={connections} onChange={(s) => set(s, right)} />
        <ActionIcon
          variant="default"
          size="lg"
          mb={18}
          aria-label="Swap left and right"
          title="Swap left and right"
          onClick={() => set(right, left)}
        >
          <IconArrowsLeftRight size={18} aria-hidden />
        </ActionIcon>
        <SidePicker legend="Right" side={right} connections={connections} onChange={(s) => set(left, s)} />
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
        AI Core never returns a secret's values or its data key names, so Compare can only show names on one side and label differences. Two
        secrets with the same name and labels may still hold different values.
      </Alert>
      {same ? (
        <Text>Pick two different sides: another connection, or another scope.</Text>
      ) : failed ? (
        <ErrorState error={failed} onRetry={() => void Promise.all([l?.refetch(), r?.refetch()])} />
      ) : !diff ? (
        <PageSkeleton rows={4} />
      ) : (
        <Stack gap="xl">
          <OneSideOnly from={left} to={right} secrets={diff.onlyLeft} onCopy={setCopying} />
          <OneSideOnly from={right} to={left} secrets={diff.onlyRight} onCopy={setCopying} />
          <LabelDifferences left={sideName(left)} right={sideName(right)} rows={diff.labelsDiffer} />
          <Text size="sm" c="dimmed">
            {plural(diff.sameLabels, 'name')} {form(diff.sameLabels, 'is', 'are')} on both sides with the same labels.
          </Text>
        </Stack>
      )}
      {copying && <CopySecretModal {...copying} onClose={() => setCopying(null)} />}
    </Stack>
  );
}
