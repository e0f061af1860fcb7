// The map's grid: secret names down, resource groups across, with sticky headers (top row and first
// column). Rows and columns are virtualized (@tanstack/react-virtual): at 200 groups by 60 names only the
// cells on screen exist, so drawing and scrolling stay fast. Only shadowing cells are buttons; every cell
// is named for screen readers, and the table gives its full size in aria-rowcount and aria-colcount.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Cell, MapRow } from './map-model';
import classes from './map-grid.module.css';

export const CELL_LOOK: Record<Cell, { bg: string; label: string; mark: string }> = {
  replicated: { bg: 'var(--mantine-color-teal-5)', label: 'replicated', mark: '✓' },
  pending: { bg: 'var(--mantine-color-yellow-4)', label: 'pending', mark: '…' },
  own: { bg: 'var(--mantine-color-blue-4)', label: "group's own secret", mark: '●' },
  shadows: { bg: 'var(--mantine-color-orange-filled)', label: 'shadows the tenant-wide secret', mark: '!' },
  absent: { bg: 'transparent', label: 'absent', mark: '' },
};

const HEAD_H = 120;
const ROW_H = 40;
const ROW_HEAD_W = 220;
const COL_W = 28;

type Props = { rows: MapRow[]; groupIds: string[]; onSelect: (name: string, group: string) => void };

type RowProps = {
  row: MapRow;
  rowIndex: number;
  colStart: number;
  colEnd: number;
  padLeft: boolean;
  padRight: boolean;
  groupIds: string[];
  onSelect: (name: string, group: string) => void;
};

/**
 * One row, in plain elements (thousands of cells are on screen at once): memoised, so scrolling down draws
 * only the rows that come into view, and scrolling across redraws the rows' cells, nothing else.
 */
const MapGridRow = memo(function MapGridRow({ row: r, rowIndex, colStart, colEnd, padLeft, padRight, groupIds, onSelect }: RowProps) {
  const cells = [];
  for (let i = colStart; i < colEnd; i++) {
    const c = r.cells[i]!;
    const group = groupIds[i]!;
    const look = CELL_LOOK[c];
    const label = `${r.name} in ${group}: ${look.label}`;
    cells.push(
      <td key={group} className={classes.cell} data-state={c} title={label} aria-colindex={i + 2}>
        {c === 'shadows' ? (
          <button
            type="button"
            className={classes.mark}
            style={{ background: look.bg }}
            aria-label={label}
            onClick={() => onSelect(r.name, group)}
          >
            {look.mark}
          </button>
        ) : (
          <span className={classes.mark} style={{ background: look.bg }} role="img" aria-label={label}>
            {look.mark}
          </span>
        )}
      </td>,
    );
  }
  return (
    <tr aria-rowindex={rowIndex + 2} data-testid={`map-row-${r.name}`} style={{ height: ROW_H }}>
      <th scope="row" className={classes.rowHead} aria-colindex={1}>
        <div className={classes.rowName} title={r.name}>
          {r.name}
        </div>
        <div className={classes.rowKind}>{r.tenantWide ? 'tenant-wide' : 'group only'}</div>
      </th>
      {padLeft && <td aria-hidden />}
      {cells}
      {padRight && <td aria-hidden />}
    </tr>
  );
});

/** Memoised: the grid re-renders only when its rows change, not on every refetch of the page. */
export const MapGrid = memo(function MapGrid({ rows, groupIds, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const rowV = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    overscan: 4,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: groupIds.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => COL_W,
    paddingStart: ROW_HEAD_W,
    overscan: 4,
  });
  const vRows = rowV.getVirtualItems();
  const vCols = colV.getVirtualItems();
  const padTop = vRows.length ? vRows[0]!.start - HEAD_H : 0;
  const padBottom = vRows.length ? rowV.getTotalSize() - vRows[vRows.length - 1]!.end : 0;
  const padLeft = vCols.length ? vCols[0]!.start - ROW_HEAD_W : 0;
  const padRight = vCols.length ? colV.getTotalSize() - vCols[vCols.length - 1]!.end : 0;
  const spanned = vCols.length + (padLeft > 0 ? 1 : 0) + (padRight > 0 ? 1 : 0) + 1;

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      data-testid="map-scroller"
      // Focusable, so the map scrolls from the keyboard too.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label="Tenant map, scrollable"
    >
      <table
        className={classes.grid}
        aria-label="Secrets by resource group"
        aria-rowcount={rows.length + 1}
        aria-colcount={groupIds.length + 1}
        style={{ width: colV.getTotalSize() }}
      >
        <thead>
          <tr aria-rowindex={1} style={{ height: HEAD_H }}>
            <th className={classes.corner} scope="col" aria-colindex={1} style={{ width: ROW_HEAD_W }}>
              Secret
            </th>
            {padLeft > 0 && <th aria-hidden style={{ width: padLeft }} />}
            {vCols.map((c) => {
              const g = groupIds[c.index]!;
              return (
                <th key={g} scope="col" aria-colindex={c.index + 2} className={classes.groupHead} title={g} style={{ width: COL_W }}>
                  <span>{g}</span>
                </th>
              );
            })}
            {padRight > 0 && <th aria-hidden style={{ width: padRight }} />}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden style={{ height: padTop }}>
              <td colSpan={spanned} />
            </tr>
          )}
          {vRows.map((vr) => (
            <MapGridRow
              key={rows[vr.index]!.name}
              row={rows[vr.index]!}
              rowIndex={vr.index}
              colStart={vCols[0]?.index ?? 0}
              colEnd={(vCols[vCols.length - 1]?.index ?? -1) + 1}
              padLeft={padLeft > 0}
              padRight={padRight > 0}
              groupIds={groupIds}
              onSelect={onSelect}
            />
          ))}
          {padBottom > 0 && (
            <tr aria-hidden style={{ height: padBottom }}>
              <td colSpan={spanned} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
});
