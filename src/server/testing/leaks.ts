// Every form in which a secret value could leak: itself, its Base64 (as sent), URL-encoded, and common
// hashes of it. A scan for all of them proves the value is nowhere, not even as a fingerprint.
import { createHash } from 'node:crypto';

export function leakForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = [value, bytes.toString('base64'), bytes.toString('base64url'), encodeURIComponent(value)];
  for (const alg of ['sha256', 'sha1', 'md5'])
    forms.push(createHash(alg).update(bytes).digest('hex'), createHash(alg).update(bytes).digest('base64'));
  return forms;
}
