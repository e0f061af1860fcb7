// What every figure file gets from the runner, and what it hands back. A figure file default-exports
// `defineBench({ name, run })`; bench/figures.ts lists the files (one line each).
import type { Browser } from 'playwright';
import type { Figure } from './stats';

export type BenchContext = {
  /** `--quick`: fewer repetitions, for a check that the bench still runs. */
  quick: boolean;
  log: (line: string) => void;
  /** One headless Chromium shared by every figure (launched on first use). */
  browser: () => Promise<Browser>;
  /** The app built into dist/ (once per run, on first use). */
  built: () => Promise<void>;
};

export type Bench = { name: string; run: (ctx: BenchContext) => Promise<Figure[]> };

export const defineBench = (bench: Bench): Bench => bench;
