// The figures `npm run bench` measures, in the order it runs them. A new figure: one file that
// default-exports `defineBench(...)` (see bench/context.ts), and one line here.
// `npm run bench -- --only first-page,proxy` runs a subset, by the names the files give.
import type { Bench } from './context';

export const benches: Array<() => Promise<{ default: Bench }>> = [
  () => import('./first-page'),
  () => import('./list-load'),
  () => import('./big-group'),
  () => import('./tenant-map'),
  () => import('./proxy'),
  () => import('./emulator'),
  () => import('./audit'),
];
