// The activity log as CSV (RFC 4180). A cell that a spreadsheet would run as a formula gets a leading
// apostrophe: names and label values come from users, and a CSV opened in Excel must not execute them.
import type { AuditEntry } from './types';

const COLUMNS = [
  'time',
  'user',
  'connection',
  'action',
  'scope',
  'resourceGroup',
  'secret',
  'keys',
  'labels',
  'outcome',
  'status',
  'requestId',
] as const;

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: AuditEntry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) {
    const values: Record<(typeof COLUMNS)[number], string> = {
      time: e.time,
      user: e.user,
      connection: e.connection,
      action: e.action,
      scope: e.scope,
      resourceGroup: e.resourceGroup ?? '',
      secret: e.secret ?? '',
      keys: e.keys.join(' '),
      labels: e.labels.map((l) => (l.value === null ? `-${l.key}` : `${l.key}=${l.value}`)).join(' '),
      outcome: e.outcome,
      status: e.status === null ? '' : String(e.status),
      requestId: e.requestId ?? '',
    };
    lines.push(COLUMNS.map((c) => cell(values[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
