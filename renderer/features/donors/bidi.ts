// Names and other typed text can be Persian inside English sentences and the other way round.
// Isolating them keeps each in its own direction (a trailing number stays at the end).

/** Wraps text in Unicode first-strong isolates, for strings (titles, notifications). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
