// The code panel's snippets: the call that does what the admin is looking at, for curl and for SAP's
// JavaScript SDK (@sap-ai-sdk/ai-api), with the scope's headers. Values and credentials are placeholders in
// angle brackets (never a real value or token); the console never has a value to put there anyway.
import { scopeLabel, scopeToHeaders, type Label, type Scope } from '../../../contract';

export type SnippetOp = 'read' | 'rotate' | 'create' | 'delete';
export type Snippet = { op: SnippetOp; title: string; curl: string; js: string };

/** What an admin replaces before running: `<new value of KEY>`, and `<key>` where the key is unknown. */
export const valuePlaceholder = (key: string) => `<new value of ${key}>`;
export const UNKNOWN_KEY = '<key>';

const sq = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;
const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The SDK's header object: it takes AI-Tenant-Scope as a boolean. */
function sdkHeaders(scope: Scope): string {
  const entries = Object.entries(scopeToHeaders(scope)).map(([k, v]) => `${sq(k)}: ${k === 'AI-Tenant-Scope' ? 'true' : sq(v)}`);
  return `{ ${entries.join(', ')} }`;
}

const curlHeaders = (scope: Scope) =>
  Object.entries(scopeToHeaders(scope))
    .map(([k, v]) => `  -H ${shq(`${k}: ${v}`)} \\`)
    .join('\n');

const CURL_TOKEN = [
  '# From the service key: AUTH_URL = url, CLIENT_ID = clientid, CLIENT_SECRET = clientsecret,',
  '# AI_API_URL = serviceurls.AI_API_URL. Needs jq.',
  'TOKEN=$(curl -s -X POST "$AUTH_URL/oauth/token" -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials | jq -r .access_token)',
].join('\n');

const JS_HEAD = [
  "// npm install @sap-ai-sdk/ai-api — the SDK reads the service key's JSON from AICORE_SERVICE_KEY.",
  "import { SecretApi } from '@sap-ai-sdk/ai-api';",
].join('\n');

export function codeSnippets(scope: Scope, name: string, keys: string[] | null, labels: Label[] = []): Snippet[] {
  const where = scopeLabel(scope).toLowerCase();
  const path = `"$AI_API_URL/v2/admin/secrets/${encodeURIComponent(name)}"`;
  const dataKeys = keys && keys.length ? keys : [UNKNOWN_KEY];
  const jsData = dataKeys.map((k) => `      ${sq(k)}: toBase64(${sq(valuePlaceholder(k))}),`).join('\n');
  // Each value is Base64 of its UTF-8 bytes: the shell pipes the text through base64 (no line breaks).
  const curlData = dataKeys.map((k) => `"${k}":"'"$(printf '%s' ${shq(valuePlaceholder(k))} | base64 | tr -d '\\n')"'"`).join(',');
  return [
    {
      op: 'read',
      title: 'Read its metadata',
      curl: [CURL_TOKEN, `curl -s ${path} \\`, '  -H "Authorization: Bearer $TOKEN" \\', curlHeaders(scope).replace(/ \\$/, '')].join('\n'),
      js: [
        JS_HEAD,
        '',
        `const secret = await SecretApi.kubesubmitV4GenericSecretsGet(${sq(name)}, ${sdkHeaders(scope)}).execute();`,
        '// Name, createdAt, labels and, for a tenant-wide secret, the replication status: never the data.',
        'console.log(JSON.stringify(secret, null, 2));',
      ].join('\n'),
    },
    {
      op: 'rotate',
      title: 'Rotate its values',
      curl: [
        CURL_TOKEN,
        `curl -s -X PATCH ${path} \\`,
        '  -H "Authorization: Bearer $TOKEN" \\',
        curlHeaders(scope),
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"data":{${curlData}}}'`,
      ].join('\n'),
      js: [
        JS_HEAD,
        '',
        "// Values are Base64 of their UTF-8 bytes. The data given replaces the secret's whole data.",
        "const toBase64 = (text) => Buffer.from(text, 'utf8').toString('base64');",
        '',
        'await SecretApi.kubesubmitV4GenericSecretsUpdate(',
        `  ${sq(name)},`,
        '  {',
        '    data: {',
        jsData,
        '    },',
        '  },',
        `  ${sdkHeaders(scope)},`,
        ').execute();',
        `console.log(${sq(`rotated ${name} in ${where}`)});`,
      ].join('\n'),
    },
    {
      op: 'create',
      title: 'Create it',
      curl: [
        CURL_TOKEN,
        `curl -s -X POST "$AI_API_URL/v2/admin/secrets" \\`,
        '  -H "Authorization: Bearer $TOKEN" \\',
        curlHeaders(scope),
        "  -H 'Content-Type: application/json' \\",
        `  -d '{"name":"${name}","data":{${curlData}},"labels":${JSON.stringify(labels).replace(/'/g, `'\\''`)}}'`,
      ].join('\n'),
      js: [
        JS_HEAD,
        '',
        '// Values are Base64 of their UTF-8 bytes; labels as the secret has them now. In the same scope this',
        '// answers 409 while the secret exists: after a delete, or with another AI-Resource-Group.',
        "const toBase64 = (text) => Buffer.from(text, 'utf8').toString('base64');",
        '',
        'await SecretApi.kubesubmitV4GenericSecretsCreate(',
        '  {',
        `    name: ${sq(name)},`,
        '    data: {',
        jsData,
        '    },',
        `    labels: ${labels.length ? `[\n${labels.map((l) => `      { key: ${sq(l.key)}, value: ${sq(l.value)} },`).join('\n')}\n    ]` : '[]'},`,
        '  },',
        `  ${sdkHeaders(scope)},`,
        ').execute();',
        `console.log(${sq(`created ${name} in ${where}`)});`,
      ].join('\n'),
    },
    {
      op: 'delete',
      title: 'Delete it',
      curl: [
        CURL_TOKEN,
        `curl -s -X DELETE ${path} \\`,
        '  -H "Authorization: Bearer $TOKEN" \\',
        curlHeaders(scope).replace(/ \\$/, ''),
      ].join('\n'),
      js: [
        JS_HEAD,
        '',
        `await SecretApi.kubesubmitV4GenericSecretsDelete(${sq(name)}, ${sdkHeaders(scope)}).execute();`,
        `console.log(${sq(`deleted ${name} from ${where}`)});`,
      ].join('\n'),
    },
  ];
}
