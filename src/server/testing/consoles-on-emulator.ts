// For tests that send raw requests to each kind of console answer (the app, its assets, client routes, the
// API): one emulator, a stand-in for the built app in a temp folder, and consoles in front of both.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { ConsoleOptions } from '../console/server';
import { startTestConsole, type TestConsole } from './console-fixture';
import { startTestEmulator, tempDir, type TestEmulator } from './emulator-fixture';

/** What a console adds to the fixture's defaults: the emulator's key and the app's folder (both may be replaced). */
export type ConsoleSpec = Partial<Omit<ConsoleOptions, 'mode' | 'port' | 'log'>>;

export type ConsolesOnEmulator<K extends string> = { emu: TestEmulator; staticDir: string } & Record<K, TestConsole>;

/** A built app as the console serves it: index.html with the root element, and one asset, `assets/app-1.js`. */
export function writeStaticApp(dir = tempDir('aicore-static-')): string {
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log("app")');
  return dir;
}

/**
 * Starts the emulator (then `seed`s it) and one console a spec before the file's tests, and closes them all
 * after. The returned object is filled in by then: read it inside tests, not while the file loads.
 */
export function consolesOnEmulator<K extends string>(
  specs: (emu: TestEmulator) => Record<K, ConsoleSpec>,
  seed?: (emu: TestEmulator) => Promise<unknown>,
): ConsolesOnEmulator<K> {
  const staticDir = writeStaticApp();
  const at = { staticDir } as ConsolesOnEmulator<K>;
  const started: TestConsole[] = [];
  beforeAll(async () => {
    at.emu = await startTestEmulator();
    await seed?.(at.emu);
    for (const [name, spec] of Object.entries(specs(at.emu)) as [K, ConsoleSpec][]) {
      const con = await startTestConsole({ serviceKey: at.emu.serviceKey, staticDir, ...spec });
      started.push(con);
      (at as Record<K, TestConsole>)[name] = con;
    }
  });
  afterAll(async () => {
    for (const con of started.reverse()) await con.close();
    await at.emu?.close();
  });
  return at;
}
