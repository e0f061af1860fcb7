// The command palette (Ctrl+K, or / where no filter claims it): secrets by name or label across every scope
// and group, and resource groups; Enter opens the hit's page. Loaded on first use with its data, so the
// first page stays light.
import '@mantine/spotlight/styles.css';
import { Badge, Group, Text } from '@mantine/core';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { useQuery } from '@tanstack/react-query';
import { IconBuilding, IconKey, IconSearch, IconServer, IconWorld } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from '../../lib/router';
import { scopeLabel } from '../../../contract';
import { summaryQueries } from '../../api/summary';
import { plural } from '../../lib/format';
import { secretPath, secretsPath } from '../../lib/paths';
import { buildIndex, search, type Hit } from './search-index';

const [store, palette] = createSpotlight();

const DESCRIPTION_COLOR = 'var(--action-description-color, var(--mantine-color-dimmed))';

const ICON = { main: IconBuilding, 'tenant-wide': IconWorld, group: IconKey } as const;

function HitAction({ hit, onOpen }: { hit: Hit; onOpen: (to: string) => void }) {
  if (hit.kind === 'group')
    return (
      <Spotlight.Action
        label={hit.group}
        description="Resource group: its effective secrets"
        leftSection={<IconServer size={18} aria-hidden />}
        onClick={() => onOpen(secretsPath({ kind: 'group', resourceGroup: hit.group }))}
      />
    );
  const Icon = ICON[hit.scope.kind];
  const labels = hit.labels.map((l) => `${l.key.replace(/^ext\.ai\.sap\.com\//, '')}=${l.value}`).join(', ');
  return (
    // Named by what it shows (WCAG 2.5.3): its name, its labels, its scope.
    <Spotlight.Action onClick={() => onOpen(secretPath(hit.scope, hit.name))}>
      <Group wrap="nowrap" gap="sm" w="100%">
        <Icon size={18} aria-hidden />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" ff="monospace" truncate>
            {hit.name}
          </Text>
          {labels && (
            // Spotlight's description colour: dimmed, and white on the chosen action's blue (contrast 4.5:1).
            <Text size="xs" truncate style={{ color: DESCRIPTION_COLOR }}>
              {labels}
            </Text>
          )}
        </div>
        <Badge variant="default" size="sm" tt="none">
          {scopeLabel(hit.scope)}
        </Badge>
      </Group>
    </Spotlight.Action>
  );
}

export default function CommandPalette({ openSignal }: { openSignal: number }) {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const summary = useQuery(summaryQueries.tenant());
  const index = useMemo(() => (summary.data ? buildIndex(summary.data) : []), [summary.data]);
  const hits = useMemo(() => search(index, query), [index, query]);
  useEffect(() => {
    if (openSignal > 0) palette.open();
  }, [openSignal]);

  return (
    <Spotlight.Root
      store={store}
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={480}
      // The dialog has no visible title: it is named for screen readers (and axe's aria-dialog-name).
      attributes={{ content: { 'aria-label': 'Find a secret or resource group' } }}
      // Mantine dims the chosen action's description to 70 %, under the 4.5:1 contrast AA asks for.
      styles={{ action: { '--action-description-opacity': 1 } as React.CSSProperties }}
    >
      <Spotlight.Search
        placeholder="Find a secret or resource group by name or label…"
        aria-label="Find a secret or resource group"
        leftSection={<IconSearch size={18} aria-hidden />}
      />
      <Spotlight.ActionsList>
        {summary.isPending ? (
          <Spotlight.Empty>Loading the tenant…</Spotlight.Empty>
        ) : summary.isError ? (
          <Spotlight.Empty>The tenant could not be loaded: {summary.error.message}</Spotlight.Empty>
        ) : query.trim() === '' ? (
          <Spotlight.Empty>
            Type a name, a label (team=nlp) or a group: {plural(index.length, 'secret or group', 'secrets and groups')} in every scope.
          </Spotlight.Empty>
        ) : hits.length ? (
          hits.map((hit) => <HitAction key={hit.id} hit={hit} onOpen={(to) => navigate(to)} />)
        ) : (
          <Spotlight.Empty>Nothing matches “{query}”.</Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
