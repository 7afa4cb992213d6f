/**
 * What is wrong with text that JSON.parse rejected, without the text itself: V8 quotes the start
 * of the input (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), which for a file
 * that is not JSON at all (a key, a password file) would print its first line. The quote is
 * dropped and the offending character shown escaped; messages that give a position keep it.
 */
export function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /^Unexpected token '([\s\S]+?)', "[\s\S]*"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted !== null) return `Unexpected token ${escapeToken(quoted[1])}`;
  // Other V8 messages name a position, not the text ("... in JSON at position 9").
  return message.length > 120 ? `${message.slice(0, 117)}...` : message;
}

/** The token as a quoted string whose control characters are escaped (`'\u001b'`). */
function escapeToken(token: string): string {
  return `'${JSON.stringify(token).slice(1, -1)}'`;
}
