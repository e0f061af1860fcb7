// The tenant's quota of tenant-wide secrets. A file of its own: the first page shows it, and importing it
// from rules.ts would bring every naming rule (used by forms only) into that page.
export const TENANT_WIDE_QUOTA = 5;
