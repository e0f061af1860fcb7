// node:http as an attacker's or a proxy's client: it sends any Host and any Origin, which fetch refuses.
import http from 'node:http';
import https from 'node:https';

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string; json: () => any };

export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; ca?: string } = {},
): Promise<RawAnswer> {
  const target = new URL(url);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      target,
      { method: opts.method ?? 'GET', headers: opts.headers, agent: false, ...(opts.ca ? { ca: opts.ca } : {}) },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error('no answer within 20 s')));
    req.end(opts.body);
  });
}
