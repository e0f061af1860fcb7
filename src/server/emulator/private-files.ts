// The data folder holds Base64 values, the client secret and the signing key: only its owner may read it.
// Folders 0700, files 0600, also when an older version (or a careless copy) left them looser.
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` owner-only, or tightens it and every file in it when group or others may read them.
 * Says so once, with how many it changed, so the admin knows that older copies may have leaked.
 */
export function ensurePrivateDir(dir: string, log: (line: string) => void): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const changed: string[] = [];
  if ((fs.statSync(dir).mode & 0o077) !== 0) {
    fs.chmodSync(dir, PRIVATE_DIR_MODE);
    changed.push(`${dir}/`);
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if ((fs.statSync(full).mode & 0o077) !== 0) {
        fs.chmodSync(full, PRIVATE_DIR_MODE);
        changed.push(`${full}/`);
      }
    } else if (entry.isFile() && (fs.statSync(full).mode & 0o077) !== 0) {
      fs.chmodSync(full, PRIVATE_FILE_MODE);
      changed.push(full);
    }
  }
  if (changed.length > 0)
    log(
      `emulator: tightened permissions of ${changed.length} item(s) in ${dir} to owner-only (folders 0700, files 0600); ` +
        `they were readable by other users: ${changed.map((p) => path.basename(p)).join(', ')}`,
    );
}
