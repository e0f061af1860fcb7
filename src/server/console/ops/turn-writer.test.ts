// The log's stdout writer: a turn's lines together and in order, answers after their lines, and nothing lost
// when the process exits or crashes right after logging.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/emulator-fixture';
import { TurnWriter } from './turn-writer';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the turn writer', () => {
  it('writes the lines of one turn at its end, in order, and answers after them', async () => {
    const file = path.join(tempDir('aicore-log-'), 'out.log');
    const fd = fs.openSync(file, 'w');
    const writer = new TurnWriter(fd);
    const seen: string[] = [];
    writer.afterWritten(() => seen.push(`nothing pending: ${fs.readFileSync(file, 'utf8').length} bytes`));
    writer.write('{"n":1}\n');
    writer.write('{"n":2}\n');
    writer.afterWritten(() => seen.push(`answer after: ${fs.readFileSync(file, 'utf8')}`));
    writer.write('{"n":3}\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('');
    await nextTurn();
    expect(seen).toEqual(['nothing pending: 0 bytes', 'answer after: {"n":1}\n{"n":2}\n{"n":3}\n']);
    writer.write('{"n":4}\n');
    await nextTurn();
    expect(fs.readFileSync(file, 'utf8').split('\n')).toEqual(['{"n":1}', '{"n":2}', '{"n":3}', '{"n":4}', '']);
    fs.closeSync(fd);
  });

  it('writes what is pending when the process exits or crashes in the same turn', () => {
    const loader = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
    const logger = pathToFileURL(path.resolve('src/server/console/ops/logger.ts')).href;
    const dir = tempDir('aicore-log-');
    for (const [name, ending, code] of [
      ['exit', 'process.exit(0);', 0],
      ['crash', "throw new Error('boom');", 1],
    ] as const) {
      const script = path.join(dir, `${name}.mts`);
      fs.writeFileSync(
        script,
        `import { createLogger } from '${logger}';\nconst log = createLogger();\nlog.info({ n: 1 }, 'first');\nlog.warn('last');\n${ending}\n`,
      );
      const run = spawnSync(process.execPath, ['--import', loader, script], { encoding: 'utf8' });
      expect(run.status, name).toBe(code);
      const lines = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { msg: string });
      expect(
        lines.map((l) => l.msg),
        name,
      ).toEqual(['first', 'last']);
    }
  });
});
