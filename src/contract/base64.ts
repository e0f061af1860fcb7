// UTF-8 safe Base64, usable in the browser and in Node (atob/btoa exist in both).

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Decodes Base64 to text; returns null when the bytes are not valid UTF-8. */
export function base64ToText(b64: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(b64));
  } catch {
    return null;
  }
}

const B64_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Canonical, padded Base64 only: the alphabet, a length that is a multiple of 4, and unused trailing
 * bits set to zero (so that decoding and encoding again gives the same text).
 */
export function isCanonicalBase64(value: string): boolean {
  if (value.length % 4 !== 0) return false;
  if (!B64_SHAPE.test(value)) return false;
  try {
    return btoa(atob(value)) === value;
  } catch {
    return false;
  }
}

/** Decoded byte length of a canonical Base64 string, without decoding it. */
export function decodedLength(b64: string): number {
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - padding;
}
