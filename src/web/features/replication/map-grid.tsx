// The map's grid: secret names down, resource groups across, with sticky headers (top row and first
// column). Rows, and columns in blocks of four, are virtualized (@tanstack/react-virtual): at 200 groups by
// 60 names only the cells on screen exist. Every row and cell is placed at its own offset (absolute
// positions, layout contained per row) rather than laid out as an HTML table: a scroll step that adds a
// block of cells lays out that block, not the whole table again. The ARIA table roles keep what a screen
// reader needs (rows, column and row headers, the full size in aria-rowcount and aria-colcount); only
// shadowing cells are buttons, and every cell is named.
import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type SyntheticEvent } from 'react';
import type { Cell, MapRow } from './map-model';
import classes from './map-grid.module.css';

/** Each state's look; the cells take the same colours from map-grid.module.css (by `data-state`). */
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
/**
 * Columns are drawn in blocks of this many: scrolling across mounts the block coming into view and unmounts
 * the one leaving, and every other block of every row is left as it is (memoised).
 */
const BLOCK = 4;

const left = (column: number) => ROW_HEAD_W + column * COL_W;

type Select = (name: string, group: string) => void;
type BlockProps = { row: MapRow; block: number; groupIds: string[]; onSelect: Select };

/**
 * One row's cells of one block of columns, in plain elements (hundreds of blocks are on screen at once): the
 * block is placed, its cells follow one another inside it. A cell's name is its mark's `aria-label`; the same
 * words come as a tooltip on hover (`nameOnHover`), not as a title written into every cell.
 */
const MapGridBlock = memo(function MapGridBlock({ row: r, block, groupIds, onSelect }: BlockProps) {
  const cells = [];
  for (let i = block * BLOCK, end = Math.min(i + BLOCK, groupIds.length); i < end; i++) {
    const c = r.cells[i]!;
    const group = groupIds[i]!;
    const look = CELL_LOOK[c];
    const label = `${r.name} in ${group}: ${look.label}`;
    cells.push(
      <div key={group} role="cell" className={classes.cell} data-state={c} aria-colindex={i + 2}>
        {c === 'shadows' ? (
          <button type="button" className={classes.mark} aria-label={label} onClick={() => onSelect(r.name, group)}>
            {look.mark}
          </button>
        ) : (
          <span className={classes.mark} role="img" aria-label={label}>
            {look.mark}
          </span>
        )}
      </div>,
    );
  }
  return (
    <div role="none" className={classes.block} style={{ left: left(block * BLOCK) }}>
      {cells}
    </div>
  );
});

/** Shows a cell's name as its tooltip once the pointer (or focus) reaches it (the name is its mark's label). */
function nameOnHover(e: SyntheticEvent<HTMLElement>) {
  const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="cell"]');
  if (cell && !cell.title) cell.title = cell.querySelector('[aria-label]')?.getAttribute('aria-label') ?? '';
}

type RowProps = { row: MapRow; rowIndex: number; top: number; blocks: number[]; groupIds: string[]; onSelect: Select };

/** One row: memoised, so scrolling down draws only the rows that come into view. */
const MapGridRow = memo(function MapGridRow({ row: r, rowIndex, top, blocks, groupIds, onSelect }: RowProps) {
  return (
    <div role="row" className={classes.row} aria-rowindex={rowIndex + 2} data-testid={`map-row-${r.name}`} style={{ top }}>
      <div role="rowheader" className={classes.rowHead} aria-colindex={1}>
        <div className={classes.rowName} title={r.name}>
          {r.name}
        </div>
        <div className={classes.rowKind}>{r.tenantWide ? 'tenant-wide' : 'group only'}</div>
      </div>
      {blocks.map((b) => (
        <MapGridBlock key={b} row={r} block={b} groupIds={groupIds} onSelect={onSelect} />
      ))}
    </div>
  );
}, sameRow);

function sameRow(a: RowProps, b: RowProps) {
  return (
    a.row === b.row &&
    a.rowIndex === b.rowIndex &&
    a.top === b.top &&
    a.groupIds === b.groupIds &&
    a.onSelect === b.onSelect &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((x, i) => x === b.blocks[i])
  );
}

type Props = { rows: MapRow[]; groupIds: string[]; onSelect: Select };
type Scroller = Virtualizer<HTMLDivElement, Element>;

/**
 * The scroller's size, from a ResizeObserver only. The library's own observer also reads the size the moment
 * the grid mounts, which makes the browser lay out the whole page (every cell) then and again before the
 * first paint; the observer reports the same size once the browser has laid the page out for that paint.
 * Until then the virtualizers go by `initialRect`.
 */
function observeScrollerSize(instance: Scroller, report: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  if (!element) return;
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/**
 * Scrolls as the library does, except the write it makes when it starts: a new scroller is at 0 already, and
 * writing 0 to it would also lay out the whole page before the first paint.
 */
function scrollOnceMoved() {
  let started = false;
  return (offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Scroller) => {
    const first = !started;
    started = true;
    if (first && offset + (options.adjustments ?? 0) === 0) return;
    elementScroll(offset, options, instance);
  };
}

/** Memoised: the grid re-renders only when its rows change, not on every refetch of the page. */
export const MapGrid = memo(function MapGrid({ rows, groupIds, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  // The scroller's size before it is measured: the page's main area when one is on screen (arriving from
  // another page or from the skeleton: laid out already, a border and padding wider than the scroller), else
  // the window (the first page, drawn whole: more columns than show, clipped); 70vh high (its cap). With it
  // the first render already holds the cells on screen; without it the grid would draw empty, wait for the
  // size and draw again. The measured size then trims the columns, after the first paint.
  const [initialRect] = useState(() => ({
    width: document.querySelector('main')?.clientWidth ?? window.innerWidth,
    height: Math.round(window.innerHeight * 0.7),
  }));
  const [scrollToRow] = useState(scrollOnceMoved);
  const [scrollToColumn] = useState(scrollOnceMoved);
  const rowV = useVirtualizer({
    initialRect,
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    overscan: 2,
    observeElementRect: observeScrollerSize,
    scrollToFn: scrollToRow,
  });
  const colsIn = (b: number) => Math.min(BLOCK, groupIds.length - b * BLOCK);
  const colV = useVirtualizer({
    initialRect,
    horizontal: true,
    count: Math.ceil(groupIds.length / BLOCK),
    getScrollElement: () => scroller.current,
    estimateSize: (b) => colsIn(b) * COL_W,
    paddingStart: ROW_HEAD_W,
    overscan: 1,
    observeElementRect: observeScrollerSize,
    scrollToFn: scrollToColumn,
  });
  const blocks = colV.getVirtualItems().map((b) => b.index);
  const width = colV.getTotalSize();

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
      <div
        role="table"
        className={classes.grid}
        aria-label="Secrets by resource group"
        aria-rowcount={rows.length + 1}
        aria-colcount={groupIds.length + 1}
        style={{ width, height: rowV.getTotalSize() }}
        onMouseOver={nameOnHover}
        onFocus={nameOnHover}
      >
        <div role="rowgroup" className={classes.head} style={{ width, height: HEAD_H }}>
          <div role="row" aria-rowindex={1} className={classes.headRow}>
            <div role="columnheader" className={classes.corner} aria-colindex={1} style={{ width: ROW_HEAD_W }}>
              Secret
            </div>
            {blocks.flatMap((b) =>
              groupIds.slice(b * BLOCK, b * BLOCK + colsIn(b)).map((g, j) => (
                <div
                  key={g}
                  role="columnheader"
                  aria-colindex={b * BLOCK + j + 2}
                  className={classes.groupHead}
                  title={g}
                  style={{ left: left(b * BLOCK + j) }}
                >
                  <span>{g}</span>
                </div>
              )),
            )}
          </div>
        </div>
        <div role="rowgroup">
          {rowV.getVirtualItems().map((vr) => (
            <MapGridRow
              key={rows[vr.index]!.name}
              row={rows[vr.index]!}
              rowIndex={vr.index}
              top={vr.start}
              blocks={blocks}
              groupIds={groupIds}
              onSelect={onSelect}
            />
          ))}
        </div>
      </div>
    </div>
  );
});
