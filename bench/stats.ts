export type Figure = {
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** The same figure for the floor of our stack (a bare Mantine page, a bare proxy), measured in the same run. */
  floor?: number;
  /** The median of the ratios of alternating pairs (ours / floor's), or of the medians when unpaired. */
  ratio?: number;
  goal?: string;
  met?: boolean;
  note?: string;
};

export function summarize(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: values.length };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A figure on its own (no floor exists for it). */
export function figure(name: string, unit: string, values: number[], note?: string): Figure {
  return { name, unit, ...summarize(values), note };
}

/**
 * A figure next to its floor, both measured in the same run (alternating), with the ratio of the medians.
 * `goal` bounds the ratio: `{ atMost: 1.3 }` for sizes and times, `{ atLeast: 0.9 }` for throughput.
 */
export function compared(
  name: string,
  unit: string,
  values: number[],
  floors: number[],
  goal?: { atMost: number } | { atLeast: number },
  note?: string,
): Figure {
  const s = summarize(values);
  const floor = summarize(floors).median;
  // Paired runs were made one right after the other: their ratio cancels most of what the shared machine
  // did meanwhile.
  const ratio = values.length === floors.length ? summarize(values.map((v, i) => v / floors[i]!)).median : s.median / floor;
  const met = goal ? ('atMost' in goal ? ratio <= goal.atMost : ratio >= goal.atLeast) : undefined;
  const goalText = goal ? ('atMost' in goal ? `<= ${goal.atMost}x` : `>= ${goal.atLeast}x`) : undefined;
  return { name, unit, ...s, floor, ratio, goal: goalText, met, note };
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toString() : n.toFixed(Math.abs(n) >= 10 ? 1 : 2));

export function tableRows(figures: Figure[]) {
  const head = ['figure', 'median', 'min – max', 'runs', 'floor', 'ratio', 'goal', ''];
  const rows = figures.map((f) => [
    f.name,
    `${fmt(f.median)} ${f.unit}`,
    `${fmt(f.min)} – ${fmt(f.max)}`,
    String(f.runs),
    f.floor === undefined ? '' : `${fmt(f.floor)} ${f.unit}`,
    f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}x`,
    f.goal ?? '',
    f.met === undefined ? '' : f.met ? 'met' : 'MISSED',
  ]);
  return { head, rows };
}

export function printTable(figures: Figure[]) {
  const { head, rows } = tableRows(figures);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
