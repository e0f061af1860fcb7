// `node_modules/.bin/tsx bench/profile-proxy.ts [seconds]`: the console's proxy under the bench's load, with
// --cpu-prof, and where its CPU time goes (self time by function and by package). Not a figure: a tool
// for the proxy hot path (docs/decisions/0046). The .cpuprofile stays in .tmp/proxy-profile/ for DevTools.
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { consoleApi, MAIN, secretBody } from './api';
import { startBareProxy } from './floors';
import { startConsole, startEmulator } from './processes';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };

// `--bare`: the same for the floor (bench/bare-proxy.ts), to compare where each spends its time.
const bare = process.argv.includes('--bare');
const seconds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8);
const dir = path.resolve('.tmp/proxy-profile');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

const window = { from: 0, to: 0, requests: 0 };
const emulator = await startEmulator();
const con = await startConsole(emulator, [], bare ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
const floor = bare ? await startBareProxy(emulator.url, emulator.token, ['--cpu-prof', `--cpu-prof-dir=${dir}`]) : null;
try {
  const api = consoleApi(con.url);
  for (let i = 0; i < 50; i++) await api('/admin/secrets', { headers: MAIN, body: secretBody(`mix-${i}`) });
  // The profile's clock is the monotonic clock this process reads too: only the load's window is counted.
  window.from = Number(process.hrtime.bigint() / 1000n);
  const result = await autocannon({
    url: floor?.url ?? con.url,
    connections: 10,
    duration: seconds,
    requests: [
      { method: 'GET', path: '/api/v2/admin/secrets?$top=20&$count=true', headers: MAIN },
      { method: 'GET', path: '/api/v2/admin/secrets/mix-7', headers: MAIN },
    ],
  });
  window.to = Number(process.hrtime.bigint() / 1000n);
  window.requests = result.requests.total;
  console.log(`${Math.round(result.requests.average)} req/s through the ${bare ? 'bare proxy' : 'console'} while profiling`);
} finally {
  await floor?.kill();
  await con.proc.kill();
  await emulator.proc.kill();
}

const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
const self = new Map<number, number>();
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
let at = profile.startTime;
let busy = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at < window.from || at > window.to) return;
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  if (!idleIds.has(id)) busy += profile.timeDeltas[i] ?? 0;
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`CPU (not idle) per request: ${(busy / window.requests).toFixed(1)} µs, ${((100 * busy) / total).toFixed(0)} % busy`);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const t = self.get(node.id) ?? 0;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.includes('node_modules/')
    ? url
        .slice(url.lastIndexOf('node_modules/') + 13)
        .split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : url.startsWith('node:')
      ? url
      : url.includes('/src/')
        ? url.slice(url.indexOf('/src/') + 1)
        : functionName.startsWith('(')
          ? functionName
          : '(native)';
  byPackage.set(where, (byPackage.get(where) ?? 0) + t);
  const key = `${functionName || '(anonymous)'}  ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + t);
}
const show = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / window.requests).toFixed(1).padStart(6)} µs/req  ${k}`)
    .join('\n');
console.log(`\nself time by package or file (${path.join(dir, file)}):\n${show(byPackage, 20)}`);
console.log(`\nself time by function:\n${show(byFunction, 30)}`);
