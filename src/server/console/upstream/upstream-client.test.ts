// The proxy's client to AI Core (undici) against a peer that writes raw HTTP: what the proxy reads from an
// answer, and that a broken or late answer is an error within the deadline, never a short body.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpstreamClient, UpstreamTimeout } from '../upstream-client';

const cleanups: (() => unknown)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A peer that answers every request with `raw` (or nothing at all when null). */
async function peer(raw: string | null): Promise<string> {
  const server = net.createServer((socket) => {
    socket.once('data', () => {
      if (raw !== null) socket.end(raw);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  cleanups.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

function clientFor(base: string, timeoutMs = 2000) {
  const client = new UpstreamClient(`${base}/v2`, timeoutMs);
  cleanups.push(() => client.close());
  return client;
}

describe('the upstream client', () => {
  it('reads repeated headers as node:http does: the first content type, list headers joined', async () => {
    const base = await peer(
      'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Type: text/html\r\nLink: <a>; rel="next"\r\nLink: <b>; rel="last"\r\n' +
        'X-Request-Id: up-1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
    );
    const answer = await clientFor(base).request(`${base}/v2/admin/secrets`, 'GET', { 'ai-tenant-scope': 'true' }, null);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers.link).toBe('<a>; rel="next", <b>; rel="last"');
    expect(answer.headers['x-request-id']).toBe('up-1');
    expect(answer.body.toString()).toBe('{}');
  });

  it('fails an answer cut short, instead of passing on part of it', async () => {
    const base = await peer('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"resources":[');
    await expect(clientFor(base).request(`${base}/v2/admin/secrets`, 'GET', {}, null)).rejects.toThrow();
  });

  it('gives up at the deadline when the peer never answers', async () => {
    const base = await peer(null);
    const err = await clientFor(base, 300)
      .request(`${base}/v2/admin/secrets`, 'GET', {}, null)
      .catch((e: Error) => e);
    expect(err).toBeInstanceOf(UpstreamTimeout);
    expect((err as Error).message).toBe('no answer within 300 ms');
  });
});
