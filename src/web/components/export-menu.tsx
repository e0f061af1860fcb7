// "Export": the metadata of what the page shows, as JSON or CSV. Never a value (the API returns none).
// Two plain buttons, not a dropdown menu, and a native title (also the group's accessible description)
// rather than a Tooltip: the overview is the first page, and either would bring the positioning library
// into it.
import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportRow } from '../lib/export-metadata';

const WHAT = 'Names, scopes, labels, replication and creation times: never a value';

type Props = { label?: string; filename: string; rows: () => Promise<ExportRow[]> };

export function ExportMenu({ label = 'Export', filename, rows }: Props) {
  const [busy, setBusy] = useState<'json' | 'csv' | null>(null);
  const save = async (kind: 'json' | 'csv') => {
    setBusy(kind);
    try {
      // The formats' code comes with the first export, not with the page.
      const [data, { download, toCsv, toJson }] = await Promise.all([rows(), import('../lib/export-metadata')]);
      const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      if (kind === 'json') download(`${filename}-${stamp}.json`, toJson(data, new Date().toISOString()), 'application/json');
      else download(`${filename}-${stamp}.csv`, toCsv(data), 'text/csv;charset=utf-8');
    } catch (error) {
      // The toasts' code is not on the first page; a failed export is rare enough to wait for it.
      const { notifyError } = await import('../lib/notify');
      notifyError('The export failed', error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap={4} wrap="nowrap" role="group" aria-label={label} title={WHAT}>
      <IconDownload size={16} aria-hidden />
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Button.Group>
        {(['json', 'csv'] as const).map((kind) => (
          <Button
            key={kind}
            size="xs"
            variant="default"
            loading={busy === kind}
            aria-label={`${label} as ${kind.toUpperCase()}`}
            onClick={() => void save(kind)}
          >
            {kind.toUpperCase()}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}
