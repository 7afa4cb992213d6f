/**
 * Names a user gives (scenario and file names, specialties, field names) may hold control
 * characters; written raw to a terminal, an escape sequence in one can retitle the window, move
 * the cursor or hide text. Shown text escapes them instead, as JSON would: `\u001b`.
 *
 * Escaped: C0 controls (but a line break where `keepLineBreaks` asks for it), DEL, C1 controls
 * (0x80-0x9f: 0x9b starts a sequence on some terminals), the line and paragraph separators
 * U+2028/U+2029, and the bidirectional overrides and isolates U+202A-U+202E and U+2066-U+2069,
 * which make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character escaped (see the module comment). With
 * `keepLineBreaks`, `\n` stays (a message of several lines); otherwise it is escaped too (a
 * table cell, a one-line message). Text without control characters is returned as it is.
 */
export function printable(text: string, keepLineBreaks = false): string {
  const pattern = keepLineBreaks ? CONTROL : CONTROL_OR_LINE_BREAK;
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
