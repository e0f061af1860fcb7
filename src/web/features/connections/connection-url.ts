/** The same page on another connection; a query (filter, page) may not fit the other tenant and is dropped. */
export function connectionUrl(connection: string, pathname = '/'): string {
  return `/c/${encodeURIComponent(connection)}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
}
