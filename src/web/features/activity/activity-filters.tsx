// Filters of the activity log: who, which secret, where, what, and when. Text filters apply after a short
// pause in typing; times are the browser's local time, sent as UTC. The inputs keep their own text (a
// half-typed date is not a filter yet), so "Clear filters" empties them here and in the URL together.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { AUDIT_ACTIONS } from '../../api/audit';
import type { useActivityFilters } from './use-activity-filters';

type Props = ReturnType<typeof useActivityFilters>;
type TextField = 'user' | 'secret' | 'resourceGroup';

const toLocalInput = (iso: string | undefined) => {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined);

export function ActivityFilters({ filters, setFilter, clear, active }: Props) {
  const [text, setText] = useState<Record<TextField | 'from' | 'to', string>>({
    user: filters.user ?? '',
    secret: filters.secret ?? '',
    resourceGroup: filters.resourceGroup ?? '',
    from: toLocalInput(filters.from),
    to: toLocalInput(filters.to),
  });
  const apply = useDebouncedCallback((field: TextField, value: string) => setFilter(field, value.trim() || undefined), 350);
  const typed = (field: TextField) => ({
    value: text[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setText((t) => ({ ...t, [field]: value }));
      apply(field, value);
    },
  });
  const time = (field: 'from' | 'to') => ({
    value: text[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setText((t) => ({ ...t, [field]: value }));
      setFilter(field, fromLocalInput(value));
    },
  });
  const clearAll = () => {
    apply.cancel();
    setText({ user: '', secret: '', resourceGroup: '', from: '', to: '' });
    clear();
  };

  return (
    <Group align="end" gap="sm" wrap="wrap">
      <TextInput label="User" placeholder="Any user" w={180} {...typed('user')} />
      {/* "/" jumps here, as it jumps to the filter of every page that has one (one shortcut scheme). */}
      <TextInput label="Secret" placeholder="Any secret" w={180} aria-keyshortcuts="/" {...typed('secret')} />
      <Select
        label="Scope"
        placeholder="Any scope"
        clearable
        w={170}
        data={[
          { value: 'main', label: 'Main tenant' },
          { value: 'tenant-wide', label: 'Tenant-wide' },
          { value: 'group', label: 'Resource group' },
        ]}
        value={filters.scope ?? null}
        onChange={(v) => setFilter('scope', v ?? undefined)}
      />
      {filters.scope === 'group' && <TextInput label="Resource group" placeholder="Any group" w={180} {...typed('resourceGroup')} />}
      <Select
        label="Action"
        placeholder="Any action"
        clearable
        w={200}
        data={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        value={filters.action ?? null}
        onChange={(v) => setFilter('action', v ?? undefined)}
      />
      <TextInput type="datetime-local" label="From" w={200} {...time('from')} />
      <TextInput type="datetime-local" label="To" w={200} {...time('to')} />
      {active && (
        <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clearAll}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
