// Every environment variable the console server reads, in one place: the deployment manifests in deploy/
// are tested against this list (deploy.test.ts), and so is the source, so neither can drift from it.
import { SIGN_IN_ENV } from '../console/auth/config';
import { EMULATOR_ENV } from '../emulator/config';

/** Where the console listens unless PORT or --port say otherwise (the manifests' container port). */
export const DEFAULT_PORT = 8080;

export const CONSOLE_ENV = {
  PORT: 'the port to listen on (default 8080)',
  HOST: 'the address to listen on (default 127.0.0.1; 0.0.0.0 in a container)',
  CONSOLE_AUTH: 'user:password for HTTP basic auth on everything',
  AICORE_SERVICE_KEY: "the AI Core service key's JSON",
  AICORE_SERVICE_KEY_FILE: 'a path to the service key file',
  VCAP_SERVICES: "Cloud Foundry's service bindings (the aicore binding's credentials)",
  LOG_LEVEL: 'fatal, error, warn, info (default), debug or trace; debug adds the probes',
  CONSOLE_SHUTDOWN_TIMEOUT_MS: 'how long SIGTERM waits for requests in flight (default 10000)',
  // Several connections (src/server/console/connections).
  CONSOLE_CONNECTIONS: 'a JSON list of {name, serviceKey | serviceKeyEnv, protected?}',
  // Where it may listen and be reached (src/server/console/http).
  CONSOLE_ALLOWED_HOSTS: 'the host names the console answers to, beyond loopback',
  CONSOLE_TLS_CERT: 'a PEM certificate file: serve HTTPS',
  CONSOLE_TLS_KEY: "the certificate's private key file",
  CONSOLE_BEHIND_TLS_PROXY: 'true when a TLS proxy (the platform router) sits in front',
  // The activity log (src/server/console/audit); sign-in's own names are SIGN_IN_ENV.
  DATABASE_URL: 'PostgreSQL for the activity log',
  CONSOLE_DATA_DIR: "the activity log's folder without a database",
} as const;

/** The embedded emulator's (only without a service key): never set in a deployment. */
export const EMULATOR_ENV_NAMES = Object.keys(EMULATOR_ENV);

export const SERVER_ENV_NAMES: readonly string[] = [...Object.keys(CONSOLE_ENV), ...SIGN_IN_ENV, ...EMULATOR_ENV_NAMES];
