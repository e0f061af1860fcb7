// Paging under a list: the page, and the page size (25, 50, 100), both kept in the URL.
import { Group, Pagination, Select, Text } from '@mantine/core';
import { PAGE_SIZES, type ListView, type PageSize } from './use-list-view';

export function ListFooter({ view, total, onChange }: { view: ListView; total: number; onChange: (next: Partial<ListView>) => void }) {
  const pages = Math.max(1, Math.ceil(total / view.size));
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Page {Math.min(view.page, pages)} of {pages}
        </Text>
        <Select
          aria-label="Rows per page"
          size="xs"
          w={130}
          data={PAGE_SIZES.map((n) => ({ value: String(n), label: `${n} per page` }))}
          value={String(view.size)}
          allowDeselect={false}
          onChange={(v) => v && onChange({ size: Number(v) as PageSize, page: 1 })}
        />
      </Group>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={view.page}
          onChange={(p) => onChange({ page: p })}
          getControlProps={(c) => ({ 'aria-label': `${c} page` })}
          getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
        />
      )}
    </Group>
  );
}
