// What wouter's `use-sync-external-store/shim` import resolves to (vite.config.ts): React 19's own hook. The
// shim exists for React 16 and 17, and would put its fallback into the first page.
export { useSyncExternalStore } from 'react';
