// The console alone in its own process, for tests that measure it (memory) or kill it. The service key
// comes from AICORE_SERVICE_KEY; it prints its URL when it listens.
import { startConsole } from '../console/server';

const key = process.env.AICORE_SERVICE_KEY;
if (!key) throw new Error('console-child: AICORE_SERVICE_KEY is required');
const running = await startConsole({ serviceKey: JSON.parse(key), mode: 'upstream', port: 0, log: () => {} });
console.log(`console listening on ${running.url}`);
process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
