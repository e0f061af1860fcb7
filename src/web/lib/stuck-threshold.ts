// The replication page's "stuck after" threshold and what it measures from: the URL wins (a shared link
// keeps its view), else this browser's last choice (localStorage), else 60 s from when the console first
// saw the copy unreplicated. No secret value is ever part of it.
import { useState } from 'react';
import { useSearchParams } from './router';

export type Measure = 'first-seen' | 'last-change';
export type StuckThreshold = { stuckAfterS: number; measure: Measure };

const STORAGE_KEY = 'aicore-console.stuck-threshold';
export const DEFAULT_THRESHOLD: StuckThreshold = { stuckAfterS: 60, measure: 'first-seen' };
export const MIN_STUCK_AFTER_S = 5;
export const MAX_STUCK_AFTER_S = 24 * 3600;

const clampSeconds = (n: number) => Math.min(MAX_STUCK_AFTER_S, Math.max(MIN_STUCK_AFTER_S, Math.round(n)));
const isMeasure = (v: unknown): v is Measure => v === 'first-seen' || v === 'last-change';

function saved(): StuckThreshold {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<StuckThreshold> | null;
    return {
      stuckAfterS: Number.isFinite(raw?.stuckAfterS) ? clampSeconds(raw!.stuckAfterS!) : DEFAULT_THRESHOLD.stuckAfterS,
      measure: isMeasure(raw?.measure) ? raw.measure : DEFAULT_THRESHOLD.measure,
    };
  } catch {
    return DEFAULT_THRESHOLD;
  }
}

export function useStuckThreshold(): [StuckThreshold, (next: Partial<StuckThreshold>) => void] {
  const [params, setParams] = useSearchParams();
  const [stored, setStored] = useState(saved);
  const fromUrl = Number(params.get('stuckAfter'));
  const measureParam = params.get('measure');
  const current: StuckThreshold = {
    stuckAfterS: params.has('stuckAfter') && Number.isFinite(fromUrl) && fromUrl > 0 ? clampSeconds(fromUrl) : stored.stuckAfterS,
    measure: isMeasure(measureParam) ? measureParam : stored.measure,
  };
  const update = (next: Partial<StuckThreshold>) => {
    const merged = { ...current, ...next, stuckAfterS: clampSeconds(next.stuckAfterS ?? current.stuckAfterS) };
    setStored(merged);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(merged));
    } catch {
      /* storage unavailable: the URL still holds it */
    }
    const p = new URLSearchParams(params);
    p.set('stuckAfter', String(merged.stuckAfterS));
    p.set('measure', merged.measure);
    setParams(p, { replace: true });
  };
  return [current, update];
}
