import { memo } from 'react';
// The map's grid: a plain table with sticky headers (top row and first column) so it stays readable at 50
// groups and more. Only shadowing cells are buttons; every cell is named for screen readers.
import { Box, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import type { Cell, MapRow } from './map-model';
import classes from './map-grid.module.css';

export const CELL_LOOK: Record<Cell, { bg: string; label: string; mark: string }> = {
  replicated: { bg: 'var(--mantine-color-teal-5)', label: 'replicated', mark: '✓' },
  pending: { bg: 'var(--mantine-color-yellow-4)', label: 'pending', mark: '…' },
  own: { bg: 'var(--mantine-color-blue-4)', label: "group's own secret", mark: '●' },
  shadows: { bg: 'var(--mantine-color-orange-filled)', label: 'shadows the tenant-wide secret', mark: '!' },
  absent: { bg: 'transparent', label: 'absent', mark: '' },
};

/** Memoised: the page re-renders whenever one of its many group queries refetches; the grid only when its rows change. */
export const MapGrid = memo(function MapGrid({
  rows,
  groupIds,
  onSelect,
}: {
  rows: MapRow[];
  groupIds: string[];
  onSelect: (name: string, group: string) => void;
}) {
  return (
    <ScrollArea.Autosize mah="70vh" type="auto" className={classes.scroller}>
      <table className={classes.grid} aria-label="Secrets by resource group">
        <thead>
          <tr>
            <th className={classes.corner} scope="col">
              Secret
            </th>
            {groupIds.map((g) => (
              <th key={g} scope="col" className={classes.groupHead} title={g}>
                <span>{g}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-testid={`map-row-${r.name}`}>
              <th scope="row" className={classes.rowHead}>
                <Text size="sm" ff="monospace" truncate maw={220} title={r.name}>
                  {r.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.tenantWide ? 'tenant-wide' : 'group only'}
                </Text>
              </th>
              {r.cells.map((c, i) => {
                const group = groupIds[i]!;
                const label = `${r.name} in ${group}: ${CELL_LOOK[c].label}`;
                return (
                  <td key={group} className={classes.cell} data-state={c} title={label}>
                    {c === 'shadows' ? (
                      <UnstyledButton
                        className={classes.mark}
                        style={{ background: CELL_LOOK[c].bg }}
                        aria-label={label}
                        onClick={() => onSelect(r.name, group)}
                      >
                        {CELL_LOOK[c].mark}
                      </UnstyledButton>
                    ) : (
                      <Box className={classes.mark} style={{ background: CELL_LOOK[c].bg }} role="img" aria-label={label}>
                        {CELL_LOOK[c].mark}
                      </Box>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea.Autosize>
  );
});
