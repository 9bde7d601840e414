// User-entered text inside a translated sentence can be in the other script (a Persian centre
// name in an English sentence): first-strong isolates keep each piece in its own direction.
export function isolate(s: string | number): string {
  return `\u2068${s}\u2069`;
}
