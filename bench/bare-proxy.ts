// The proxy floor: a bare node:http pass-through with a keep-alive agent that injects a token, and nothing
// else (no allow-list, no header filtering, no limits, no logging). `/api/v2/x` goes to `{upstream}/v2/x`.
// Run by bench/proxy.ts in its own process; BARE_PROXY_UPSTREAM and BARE_PROXY_TOKEN come by environment.
import http from 'node:http';

const upstream = new URL(process.env.BARE_PROXY_UPSTREAM!);
const authorization = `Bearer ${process.env.BARE_PROXY_TOKEN}`;
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

const server = http.createServer((req, res) => {
  const headers = { ...req.headers, host: upstream.host, authorization };
  const out = http.request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url!.replace(/^\/api/, ''), headers, agent },
    (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    },
  );
  out.on('error', () => res.writeHead(502).end());
  req.pipe(out);
});
server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`bare proxy listening on http://127.0.0.1:${port}`);
});
// A clean exit, so that --cpu-prof (bench/profile-proxy.ts) writes its profile.
process.once('SIGTERM', () => process.exit(0));
