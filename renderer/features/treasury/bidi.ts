// Text of one direction inside a sentence of the other: receipt numbers ("1405-000107") kept
// left to right, names typed in either script kept in their own direction.
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** Names typed in either script, inside a sentence of the other: isolated, direction of their own. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
