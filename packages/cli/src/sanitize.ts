/**
 * Characters that must not reach a terminal from API data: C0 controls (ESC starts ANSI/OSC sequences,
 * BEL, BS, CR can rewrite what is shown), DEL, C1 controls (U+009B is a one-byte CSI), and the Unicode
 * bidirectional overrides/isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is displayed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's purpose.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text from an API safe to print on a terminal: every control character is shown escaped, `\x1b`
 * for C0 controls and DEL, `\u009b` for C1 controls and `\u202e` for bidi controls, so a call field cannot
 * move the cursor, change colours, set the window title or hide text. Printable text (any script) is
 * unchanged. For table output and error lines; JSON and NDJSON output stay faithful (JSON escapes C0 itself).
 */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x80
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
