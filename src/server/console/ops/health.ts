// /healthz (the process answers: liveness) and /readyz (every dependency answers: readiness). Mounted before
// sign-in, basic auth and the host allow-list: the platform's probes carry no credential and name the pod's
// address as Host. The body says which check failed, never why (the log does): it is public.
import type { Hono } from 'hono';
import type { Readiness } from './readiness';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mounts on the console's app whatever its Env
export function mountHealth(app: Hono<any>, readiness: Readiness): void {
  app.get(HEALTH_PATH, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'alive' });
  });
  app.get(READY_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const report = await readiness.report();
    return c.json(report, report.status === 'ready' ? 200 : 503);
  });
}
