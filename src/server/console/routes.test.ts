import { describe, expect, it } from 'vitest';
import { requestTarget, upstreamPath } from './routes';

describe('the request target, read without URL', () => {
  it('gives the path and query as the client sent them', () => {
    expect(requestTarget('http://127.0.0.1:8080/api/v2/admin/secrets?$top=20&$count=true')).toEqual({
      pathname: '/api/v2/admin/secrets',
      search: '?$top=20&$count=true',
    });
    expect(requestTarget('http://[::1]:8080/api/v2/admin/secrets')).toEqual({ pathname: '/api/v2/admin/secrets', search: '' });
    expect(requestTarget('http://h/api/v2/x?')).toEqual({ pathname: '/api/v2/x', search: '' });
    expect(requestTarget('http://h/api/v2/x?a=1#frag')).toEqual({ pathname: '/api/v2/x', search: '?a=1' });
  });

  it('leaves dot segments and escapes alone, so that the allow-list refuses them instead of resolving them', () => {
    for (const path of ['/admin/secrets/..', '/admin/secrets/%2e%2e', '/admin/secrets/a%2Fb', '/admin/./secrets']) {
      const { pathname } = requestTarget(`http://h/api/v2${path}`);
      expect(upstreamPath('GET', pathname.slice('/api/v2'.length)), path).toBeNull();
    }
  });
});
