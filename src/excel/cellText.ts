/**
 * Text a user typed, made safe to write through Range.values: Excel would run text starting
 * with =, +, - or @ as a formula, so such text is written with a leading apostrophe (kept as text).
 */
export function safeCellText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}
