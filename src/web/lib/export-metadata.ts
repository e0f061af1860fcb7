// Metadata export of a scope or the whole tenant, as JSON or CSV: names, scopes, labels, replication and
// creation times. Built only from what the API lists, which never holds a value; nothing here adds one.
import { summarizeReplication, type Label, type SecretDetails } from '../../contract';
import { plural } from './format';

export type ExportRow = {
  scope: 'main' | 'tenant-wide' | 'group';
  resourceGroup: string | null;
  name: string;
  createdAt: string | null;
  labels: Label[];
  /** Tenant-wide: groups in sync and pending. A group secret: whether it shadows a tenant-wide one. */
  replication: { inSync: number; total: number; pending: string[] } | { shadowsTenantWide: boolean } | null;
};

export type ExportSource = {
  main?: SecretDetails[];
  tenantWide?: SecretDetails[];
  groups?: Record<string, SecretDetails[]>;
  tenantWideNames?: Set<string>;
};

export function exportRows(src: ExportSource): ExportRow[] {
  const rows: ExportRow[] = [];
  const base = (s: SecretDetails) => ({ name: s.name, createdAt: s.createdAt, labels: s.labels });
  for (const s of src.main ?? []) rows.push({ scope: 'main', resourceGroup: null, ...base(s), replication: null });
  for (const s of src.tenantWide ?? []) {
    const r = summarizeReplication(s.syncStatus);
    rows.push({
      scope: 'tenant-wide',
      resourceGroup: null,
      ...base(s),
      replication: { inSync: r.inSync, total: r.total, pending: r.pending },
    });
  }
  const twNames = src.tenantWideNames ?? new Set((src.tenantWide ?? []).map((s) => s.name));
  for (const [group, secrets] of Object.entries(src.groups ?? {}).sort(([a], [b]) => a.localeCompare(b)))
    for (const s of secrets)
      rows.push({ scope: 'group', resourceGroup: group, ...base(s), replication: { shadowsTenantWide: twNames.has(s.name) } });
  return rows;
}

export function toJson(rows: ExportRow[], generatedAt: string): string {
  return `${JSON.stringify({ generatedAt, note: 'Metadata only: AI Core never returns secret values.', secrets: rows }, null, 2)}\n`;
}

/** RFC 4180: every field quoted, quotes doubled; a leading = + - @ is prefixed with ' so a spreadsheet never runs it. */
const cell = (v: string) => `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;

function replicationText(r: ExportRow['replication']): string {
  if (!r) return '';
  if ('shadowsTenantWide' in r) return r.shadowsTenantWide ? 'shadows a tenant-wide secret' : '';
  return `${r.inSync}/${plural(r.total, 'group')} in sync${r.pending.length ? `; pending: ${r.pending.join(' ')}` : ''}`;
}

export function toCsv(rows: ExportRow[]): string {
  const header = ['scope', 'resourceGroup', 'name', 'createdAt', 'labels', 'replication'];
  const lines = rows.map((r) =>
    [
      r.scope,
      r.resourceGroup ?? '',
      r.name,
      r.createdAt ?? '',
      r.labels.map((l) => `${l.key}=${l.value}`).join('; '),
      replicationText(r.replication),
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** Hands the file to the browser: a Blob in memory, never storage. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
