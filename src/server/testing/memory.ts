// Resident memory of another process, from Linux's /proc: VmHWM is its peak since it started.
import fs from 'node:fs';

export const canMeasureMemory = fs.existsSync('/proc/self/status');

/** Peak resident memory of `pid` in bytes. */
export function peakRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status);
  if (!kb) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(kb[1]) * 1024;
}
