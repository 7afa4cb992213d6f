/**
 * The scenario lives in the URL's hash (`#s=<name>&j=<base64url of the JSON>`), so reloading or
 * sending the link gives the same view. The JSON is compressed only by base64url's framing:
 * a scenario is a few kilobytes, well within what browsers accept.
 */
export interface UrlState {
  readonly name: string;
  readonly raw: unknown;
}

/**
 * What a link's hash holds: nothing (open the baseline), a scenario as the page writes them, the
 * name alone of a scenario (`#s=understaffed-tier1.json`, a short link to a shipped one), or
 * something that cannot be read, with why (to say so rather than quietly show another scenario).
 */
export type LinkState =
  | { readonly kind: 'none' }
  | ({ readonly kind: 'scenario' } & UrlState)
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'unreadable'; readonly problem: string };

/** `text` as UTF-8 in base64url without padding (what links carry). */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text {@link toBase64Url} wrote; throws on what is not base64 of UTF-8. */
export function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  // fatal: bytes that are not UTF-8 are a broken link, not text with replacement characters.
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeState(state: UrlState): string {
  return `#s=${encodeURIComponent(state.name)}&j=${toBase64Url(JSON.stringify(state.raw))}`;
}

/** A hash cut to a length that can be quoted in a message. */
function quoted(hash: string): string {
  return hash.length > 40 ? `${hash.slice(0, 40)}…` : hash;
}

/** Reads a link's hash (with or without its `#`); see {@link LinkState}. */
export function readLink(hash: string): LinkState {
  const text = hash.replace(/^#/, '');
  if (text === '') return { kind: 'none' };
  const params = new URLSearchParams(text);
  const name = params.get('s');
  const json = params.get('j');
  if (name === null || name.trim() === '')
    return { kind: 'unreadable', problem: `it names no scenario (it ends in “#${quoted(text)}”)` };
  if (json === null) return { kind: 'named', name };
  if (json === '') return { kind: 'unreadable', problem: 'the scenario in it is empty' };
  try {
    return { kind: 'scenario', name, raw: JSON.parse(fromBase64Url(json)) as unknown };
  } catch {
    return { kind: 'unreadable', problem: 'the scenario in it cannot be read (is the link cut short?)' };
  }
}
