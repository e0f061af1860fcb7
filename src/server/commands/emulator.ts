import { startEmulator } from '../emulator/server';
import { parseArgs } from 'node:util';
import { emulatorFlagSpec, emulatorInput, validateEmulatorInput } from './emulator-flags';

export async function runEmulatorCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { ...emulatorFlagSpec, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const options = validateEmulatorInput({
    ...emulatorInput(values),
    ...(values.port ? { port: values.port } : {}),
    ...(values.host ? { host: values.host } : {}),
  });
  const emulator = await startEmulator(options);
  console.log(`AI Core emulator listening on ${emulator.url}`);
  console.log(`service key: ${emulator.serviceKeyPath}`);
  console.log(`  export AICORE_SERVICE_KEY="$(cat ${emulator.serviceKeyPath})"`);
  console.log(`read-only service key (writes answer 403): ${emulator.readOnlyServiceKeyPath}`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
