/**
 * The scenario lives in the URL's hash (`#s=<name>&j=<base64url of the JSON>`), so reloading or
 * sending the link gives the same view. The JSON is compressed only by base64url's framing:
 * a scenario is a few kilobytes, well within what browsers accept.
 */
export interface UrlState {
  readonly name: string;
  readonly raw: unknown;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeState(state: UrlState): string {
  return `#s=${encodeURIComponent(state.name)}&j=${toBase64Url(JSON.stringify(state.raw))}`;
}

/** The state in a hash, or null when there is none or it cannot be read. */
export function decodeState(hash: string): UrlState | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const name = params.get('s');
  const json = params.get('j');
  if (name === null || json === null) return null;
  try {
    return { name, raw: JSON.parse(fromBase64Url(json)) as unknown };
  } catch {
    return null;
  }
}
