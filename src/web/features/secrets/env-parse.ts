// Turns a pasted .env block into key/value rows, saying which lines it could not read.
export type EnvEntry = { key: string; value: string; line: number };
export type EnvParse = { entries: EnvEntry[]; problems: { line: number; text: string; reason: string }[] };

const KEY = /^[A-Za-z_.-][A-Za-z0-9_.-]*$/;

function unquoteDouble(s: string): string {
  return s.replace(/\\(["\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

export function parseEnv(text: string): EnvParse {
  const entries: EnvEntry[] = [];
  const problems: EnvParse['problems'] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const body = line.startsWith('export ') ? line.slice(7).trimStart() : line;
    const eq = body.indexOf('=');
    if (eq <= 0) {
      problems.push({ line: i + 1, text: raw, reason: 'expected KEY=value' });
      continue;
    }
    const key = body.slice(0, eq).trim();
    if (key.length > 253 || !KEY.test(key)) {
      problems.push({ line: i + 1, text: raw, reason: `"${key.slice(0, 40)}" is not a valid key` });
      continue;
    }
    // Taken from the raw line: a quoted value keeps the spaces before its line end (the line was trimmed).
    const rawBody = raw.trimStart().startsWith('export ') ? raw.trimStart().slice(7).trimStart() : raw.trimStart();
    let value = rawBody.slice(rawBody.indexOf('=') + 1).trimStart();
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may span lines until its closing quote.
      let rest = value.slice(1);
      let j = i;
      const closes = (s: string) => (quote === '"' ? /(^|[^\\])(\\\\)*"\s*(#.*)?$/.test(s) : /'\s*(#.*)?$/.test(s));
      while (!closes(rest) && j + 1 < lines.length) rest += `\n${lines[++j]}`;
      if (!closes(rest)) {
        problems.push({ line: i + 1, text: raw, reason: `the ${quote} quote is never closed` });
        i = j;
        continue;
      }
      const end = rest.lastIndexOf(quote);
      value = rest.slice(0, end);
      if (quote === '"') value = unquoteDouble(value);
      i = j;
    } else {
      value = value.trimEnd().replace(/\s+#.*$/, '');
    }
    entries.push({ key, value, line: i + 1 });
  }
  return { entries, problems };
}
