import { describe, expect, it } from 'vitest';
import { rawPath, routeTemplate } from './route-template';

describe('routeTemplate', () => {
  it.each([
    ['/healthz', '/healthz'],
    ['/readyz', '/readyz'],
    ['/api/console', '/api/console'],
    ['/api/v2/admin/secrets', '/api/v2/admin/secrets'],
    ['/api/v2/admin/secrets/payroll-db', '/api/v2/admin/secrets/:name'],
    ['/api/v2/admin/resourceGroups/team-a', '/api/v2/admin/resourceGroups/:resourceGroupId'],
    ['/api/v2/admin/resourceQuota/secrets', '/api/v2/admin/resourceQuota/secrets'],
    ['/api/v2/admin/secrets/a/b', '/api/v2/*'],
    // Per connection (the connection's name is a label an admin chose, kept out like the others).
    ['/api/c/prod-eu/console', '/api/c/:connection/console'],
    ['/api/c/prod-eu/v2/admin/secrets/payroll-db', '/api/c/:connection/v2/admin/secrets/:name'],
    ['/api/c/prod-eu', '/api/c/:connection/*'],
    ['/api/audit/export', '/api/audit/export'],
    ['/api/Secret_Name', '/api/*'],
    ['/auth/callback', '/auth/callback'],
    ['/auth/%0A', '/*'],
    ['/assets/index-abc123.js', '/assets/*'],
    ['/c/prod/secrets/tenant-wide/payroll-db', '/*'],
    ['/', '/*'],
  ])('%s -> %s', (path, template) => expect(routeTemplate(path)).toBe(template));

  it('takes the path from a request URL without its query', () => {
    expect(rawPath('http://127.0.0.1:8080/api/v2/admin/secrets?$top=5&x=%0A')).toBe('/api/v2/admin/secrets');
    expect(rawPath('http://[::1]:8080/a%2Fb')).toBe('/a%2Fb');
    expect(rawPath('http://host')).toBe('/');
  });
});
