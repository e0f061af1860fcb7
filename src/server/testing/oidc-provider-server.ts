// The test identity provider as a process of its own, for Playwright's team-mode web server:
//   tsx src/server/testing/oidc-provider-server.ts  (IDP_PORT, IDP_CLIENT_ID, IDP_CLIENT_SECRET, IDP_CONSOLE_URL)
import { startTestIdp } from './oidc-provider';

const need = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

const idp = await startTestIdp({
  port: Number(need('IDP_PORT')),
  clients: [{ clientId: need('IDP_CLIENT_ID'), clientSecret: need('IDP_CLIENT_SECRET'), consoleUrls: need('IDP_CONSOLE_URL').split(',') }],
});
console.log(`test identity provider at ${idp.issuer}`);
const stop = () => void idp.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
