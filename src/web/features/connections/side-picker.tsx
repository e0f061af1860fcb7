import { Fieldset, Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ConnectionSummary } from '../../api/console';
import { parseScopeParam, scopeParam, type Side } from './compare-model';
import { compareQueries } from './compare-queries';

type Props = { legend: string; side: Side; connections: ConnectionSummary[]; onChange: (side: Side) => void };

/** One side of a comparison: a connection and a scope in it (native selects: keyboard and screen readers). */
export function SidePicker({ legend, side, connections, onChange }: Props) {
  const groups = useQuery(compareQueries.groups(side.connection));
  const scopes = [
    { value: 'main', label: 'Main tenant' },
    { value: 'tenant-wide', label: 'Tenant-wide' },
    ...(groups.data ?? []).map((g) => ({ value: `group:${g.resourceGroupId}`, label: `Resource group ${g.resourceGroupId}` })),
  ];
  const current = scopeParam(side.scope);
  if (!scopes.some((s) => s.value === current) && side.scope.kind === 'group')
    scopes.push({ value: current, label: `Resource group ${side.scope.resourceGroup}` });
  return (
    <Fieldset legend={legend} style={{ flex: 1, minWidth: 260 }}>
      <Group grow align="flex-start">
        <NativeSelect
          label="Connection"
          value={side.connection}
          data={connections.map((c) => ({ value: c.name, label: c.protected ? `${c.name} (protected)` : c.name }))}
          onChange={(e) => onChange({ connection: e.currentTarget.value, scope: { kind: 'main' } })}
        />
        <NativeSelect
          label="Scope"
          value={current}
          data={scopes}
          onChange={(e) => onChange({ ...side, scope: parseScopeParam(e.currentTarget.value) ?? { kind: 'main' } })}
        />
      </Group>
    </Fieldset>
  );
}
