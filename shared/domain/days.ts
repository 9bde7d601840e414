// Arithmetic on calendar days given as ISO dates (YYYY-MM-DD): by the calendar, never by the
// machine's time zone; and where a centre's day begins, for comparing stored UTC timestamps.

function utcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / 86_400_000);
}

/** `iso` moved by `n` calendar days (n may be negative). */
export function addDays(iso: string, n: number): string {
  return new Date(utcMs(iso) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC instant a centre's calendar day begins (Asia/Tehran, UTC+03:30, no DST since 1402),
 *  so a Jalali day chosen on screen selects that day's stored timestamps. */
export function tehranDayStartUtc(iso: string): string {
  return new Date(`${iso}T00:00:00+03:30`).toISOString();
}
