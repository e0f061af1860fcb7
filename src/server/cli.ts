// `npm start`, `npm run dev` and `npm run emulator`: the only place that puts the console and the
// emulator together.
import { runEmulatorCommand } from './commands/emulator';

const [command = 'start', ...rest] = process.argv.slice(2);

async function main() {
  switch (command) {
    case 'emulator':
      return runEmulatorCommand(rest);
    case 'start':
    case 'dev': {
      const { runConsoleCommand } = await import('./commands/console');
      return runConsoleCommand(rest, { dev: command === 'dev' });
    }
    default:
      throw new Error(`unknown command "${command}": use start, dev or emulator`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
