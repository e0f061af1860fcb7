// The deployment files in deploy/ against what the server really reads and serves: ports, probe paths,
// environment names, the start command, the shutdown and readiness bounds. Change one side and this fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_PORT, SERVER_ENV_NAMES } from '../../commands/server-env';
import { createConsoleApp } from '../app';
import { consoleDeps } from '../server';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, shutdownTimeoutFromEnv } from './graceful';
import { HEALTH_PATH, READY_PATH } from './health';
import { logLevelFromEnv } from './logger';
import { READINESS_CHECK_TIMEOUT_MS } from './readiness';

const ROOT = process.cwd();
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> };
const startProd = pkg.scripts['start:prod']!.split(' ');

/** Read by npm and the Node.js buildpack (omit dev dependencies), not by the server. */
const PLATFORM_ENV = ['NODE_ENV'];
/** Never a literal in a manifest: from a Secret, or a CF variable kept outside the repository. */
const SECRET_ENV = ['AICORE_SERVICE_KEY', 'OIDC_CLIENT_SECRET', 'SESSION_SECRET', 'DATABASE_URL', 'CONSOLE_AUTH'];

function serverSources(dir = path.join(ROOT, 'src/server')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' ? [] : serverSources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'server-env.ts' ? [full] : [];
  });
}

type Container = {
  image: string;
  ports: { name: string; containerPort: number }[];
  env: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  livenessProbe: Probe;
  readinessProbe: Probe;
  startupProbe: Probe;
  lifecycle: { preStop: { exec: { command: string[] } } };
  resources: { limits: { cpu: string; memory: string } };
  securityContext: Record<string, unknown>;
};
type Probe = { httpGet: { path: string; port: string | number }; timeoutSeconds?: number };

const k8s = Object.fromEntries(
  ['deployment', 'service', 'apirule'].map((f) => {
    const docs = parseAllDocuments(read(`deploy/k8s/${f}.yaml`));
    expect(docs).toHaveLength(1);
    return [f, docs[0]!.toJS()];
  }),
);
const pod = k8s.deployment.spec.template.spec;
const container = pod.containers[0] as Container;
const containerEnv = Object.fromEntries(container.env.map((e) => [e.name, e]));
const cf = parse(read('deploy/cf/manifest.yml')).applications[0];
const xs = JSON.parse(read('deploy/cf/xs-security.json'));

/** The Dockerfile's stages: instructions by stage, continuation lines joined. */
const stages = read('deploy/Dockerfile')
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .reduce<string[][]>((acc, line) => {
    if (/^FROM /i.test(line)) acc.push([]);
    acc.at(-1)?.push(line);
    return acc;
  }, []);
const runtime = stages.at(-1)!;
const instruction = (name: string) =>
  runtime.filter((l) => l.toUpperCase().startsWith(`${name} `)).map((l) => l.slice(name.length + 1).trim());
const dockerEnv = Object.fromEntries(instruction('ENV').flatMap((l) => [...l.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));

describe('the list of environment variables the server reads', () => {
  const sources = serverSources().map((f) => fs.readFileSync(f, 'utf8'));

  it('holds every variable the server source reads', () => {
    const read = new Set(
      sources.flatMap((s) => [...s.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[\s*'([A-Z][A-Z0-9_]+)'\s*\])/g)].map((m) => m[1] ?? m[2]!)),
    );
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((n) => !SERVER_ENV_NAMES.includes(n))).toEqual([]);
  });

  it('holds nothing the server source does not name', () => {
    const all = sources.join('\n');
    expect(SERVER_ENV_NAMES.filter((n) => !new RegExp(`\\b${n}\\b`).test(all))).toEqual([]);
  });
});

describe('deploy/k8s (Kyma)', () => {
  it('runs two replicas of this version, on the port the server listens on', () => {
    expect(k8s.deployment.spec.replicas).toBe(2);
    expect(container.image).toBe(`aicore-secrets-console:${pkg.version}`);
    expect(container.ports).toEqual([{ name: 'http', containerPort: DEFAULT_PORT }]);
    expect(containerEnv.PORT?.value).toBe(String(DEFAULT_PORT));
    // Beyond loopback, behind the gateway's TLS: what the server requires to start that way.
    expect(containerEnv.HOST?.value).toBe('0.0.0.0');
    expect(containerEnv.CONSOLE_BEHIND_TLS_PROXY?.value).toBe('true');
    expect(containerEnv.OIDC_ISSUER).toBeDefined();
  });

  it('probes the paths the server serves, within the readiness deadline', () => {
    expect(container.livenessProbe.httpGet).toEqual({ path: HEALTH_PATH, port: 'http' });
    expect(container.startupProbe.httpGet).toEqual({ path: HEALTH_PATH, port: 'http' });
    expect(container.readinessProbe.httpGet).toEqual({ path: READY_PATH, port: 'http' });
    // A probe must outwait the slowest check, or a slow identity server looks like a dead pod.
    expect(container.readinessProbe.timeoutSeconds! * 1000).toBeGreaterThan(READINESS_CHECK_TIMEOUT_MS);
    expect(container.livenessProbe.timeoutSeconds! * 1000).toBeGreaterThan(0);
  });

  it('gives a stop the time the server takes to drain', () => {
    const shutdownMs = shutdownTimeoutFromEnv({ CONSOLE_SHUTDOWN_TIMEOUT_MS: containerEnv.CONSOLE_SHUTDOWN_TIMEOUT_MS?.value });
    const [sleep, seconds] = container.lifecycle.preStop.exec.command;
    expect(sleep).toBe('sleep');
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(Number(seconds) * 1000 + shutdownMs);
    expect(logLevelFromEnv({ LOG_LEVEL: containerEnv.LOG_LEVEL?.value })).toBe('info');
  });

  it('sets only variables the server reads, every secret from the Secret', () => {
    expect(Object.keys(containerEnv).filter((n) => !SERVER_ENV_NAMES.includes(n))).toEqual([]);
    expect(containerEnv.AICORE_SERVICE_KEY?.valueFrom?.secretKeyRef).toEqual({ name: 'aicore-secrets-console', key: 'AICORE_SERVICE_KEY' });
    for (const name of SECRET_ENV.filter((n) => containerEnv[n])) {
      expect(containerEnv[name]!.value, name).toBeUndefined();
      expect(containerEnv[name]!.valueFrom?.secretKeyRef?.key, name).toBe(name);
    }
    // Every key the Deployment takes from the Secret is in the documented `kubectl create secret`.
    const docs = read('docs/deploy.md');
    for (const e of container.env.filter((e) => e.valueFrom?.secretKeyRef))
      expect(docs, e.name).toMatch(new RegExp(`--from-(?:literal|file)=${e.name}=`));
  });

  it('is non-root with limits, like the image', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(instruction('USER')).toEqual([`${pod.securityContext.runAsUser}:${pod.securityContext.runAsGroup}`]);
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true });
    expect(container.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
  });

  it('routes Service and APIRule to the container port', () => {
    const { service, apirule } = k8s;
    expect(service.spec.selector).toEqual(k8s.deployment.spec.template.metadata.labels);
    expect(service.spec.ports[0].targetPort).toBe(container.ports[0]!.name);
    expect(apirule.spec.service).toEqual({ name: service.metadata.name, port: service.spec.ports[0].port });
    expect(apirule.spec.rules[0].methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'DELETE']));
  });
});

describe('deploy/cf (Cloud Foundry)', () => {
  it('starts the compiled console with the documented command, two instances, both health checks', () => {
    expect(cf.command.split(' ')).toEqual(startProd);
    expect(cf.instances).toBe(2);
    expect(cf['health-check-type']).toBe('http');
    expect(cf['health-check-http-endpoint']).toBe(HEALTH_PATH);
    expect(cf['readiness-health-check-type']).toBe('http');
    expect(cf['readiness-health-check-http-endpoint']).toBe(READY_PATH);
    expect(cf.env.HOST).toBe('0.0.0.0');
    expect(cf.env.CONSOLE_BEHIND_TLS_PROXY).toBe('true');
    expect(shutdownTimeoutFromEnv({ CONSOLE_SHUTDOWN_TIMEOUT_MS: cf.env.CONSOLE_SHUTDOWN_TIMEOUT_MS })).toBe(DEFAULT_SHUTDOWN_TIMEOUT_MS);
  });

  it('sets only variables the server reads, secrets only as ((variables))', () => {
    expect(Object.keys(cf.env).filter((n) => !SERVER_ENV_NAMES.includes(n))).toEqual([]);
    for (const name of SECRET_ENV.filter((n) => n in cf.env)) expect(cf.env[name], name).toMatch(/^\(\([a-z-]+\)\)$/);
  });

  it('binds the aicore service the server reads from VCAP_SERVICES, and XSUAA with xs-security.json', () => {
    const docs = read('docs/deploy.md');
    const created = Object.fromEntries([...docs.matchAll(/cf create-service (\S+) \S+ (\S+)/g)].map((m) => [m[2], m[1]]));
    expect(cf.services.map((s: string) => created[s])).toEqual(['aicore', 'xsuaa']);
    expect(docs).toContain('-c deploy/cf/xs-security.json');
  });

  it('maps the console’s editor and viewer roles to xs-security’s role templates', () => {
    const templates = Object.fromEntries(xs['role-templates'].map((t: { name: string; 'scope-references': string[] }) => [t.name, t]));
    const scopeOf = (roles: string) => roles.replace('((xsappname))', '$XSAPPNAME');
    expect(templates.Editor['scope-references']).toContain(scopeOf(cf.env.CONSOLE_EDITOR_ROLES));
    expect(templates.Viewer['scope-references']).toEqual([scopeOf(cf.env.CONSOLE_VIEWER_ROLES)]);
    // An editor may read too.
    expect(templates.Editor['scope-references']).toContain(scopeOf(cf.env.CONSOLE_VIEWER_ROLES));
    const scopes = xs.scopes.map((s: { name: string }) => s.name);
    for (const t of Object.values(templates) as { 'scope-references': string[] }[])
      for (const s of t['scope-references']) expect(scopes).toContain(s);
    for (const uri of xs['oauth2-configuration']['redirect-uris']) expect(uri).toMatch(/^https:\/\/.+\/auth\/callback$/);
    expect(cf.env.OIDC_ROLES_CLAIM).toBe('scope');
  });
});

describe('deploy/Dockerfile', () => {
  it('builds in stages and ships the compiled output only, as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    // The runtime stage takes nothing from the build context: only what earlier stages produced.
    expect(instruction('COPY').every((c) => c.startsWith('--from='))).toBe(true);
    expect(instruction('USER')[0]).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    expect(instruction('RUN').join(' ')).not.toMatch(/npm (ci|install)(?!.*--omit=dev)/);
    expect(stages.some((s) => s.some((l) => /npm ci --omit=dev/.test(l)))).toBe(true);
  });

  it('starts the documented command on the server’s port, with a HEALTHCHECK on its liveness path', () => {
    expect(JSON.parse(instruction('CMD')[0]!)).toEqual(startProd);
    expect(instruction('EXPOSE')).toEqual([String(DEFAULT_PORT)]);
    expect(dockerEnv.PORT).toBe(String(DEFAULT_PORT));
    expect(dockerEnv.HOST).toBe('0.0.0.0');
    expect(instruction('HEALTHCHECK')[0]).toContain(HEALTH_PATH);
    expect(Object.keys(dockerEnv).filter((n) => !SERVER_ENV_NAMES.includes(n) && !PLATFORM_ENV.includes(n))).toEqual([]);
  });
});

describe('the probe paths', () => {
  it('are served by the console app itself', async () => {
    // An upstream that cannot be reached: alive, not ready.
    const deps = consoleDeps({
      mode: 'upstream',
      serviceKey: { clientid: 'c', clientsecret: 's', url: 'http://127.0.0.1:9', serviceurls: { AI_API_URL: 'http://127.0.0.1:9' } },
      log: () => {},
    });
    const app = createConsoleApp(deps);
    const alive = await app.request(HEALTH_PATH);
    expect(alive.status).toBe(200);
    expect(await alive.json()).toEqual({ status: 'alive' });
    const ready = await app.request(READY_PATH);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unready', checks: [{ name: 'connection:default', ok: false }] });
    deps.upstream.client.close();
  });
});
