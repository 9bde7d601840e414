// Tiny helpers shared by the benchmarks: the scale knob, medians and percentiles, and the one
// output format (one JSON object per line on stdout; everything else goes to stderr).

/** HAMYAR_BENCH_SCALE multiplies the data sizes (1 = the documented sizes; 0.1 for a quick run). */
export const SCALE: number = (() => {
  const raw = process.env.HAMYAR_BENCH_SCALE;
  if (raw === undefined || raw.trim() === '') return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`HAMYAR_BENCH_SCALE must be a positive number, got "${raw}"`);
  return n;
})();

/** A size at the current scale (never below `min`). */
export function scaled(n: number, min = 1): number {
  return Math.max(min, Math.round(n * SCALE));
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Percentile by linear interpolation between closest ranks (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Prints one figure as one JSON line on stdout. */
export function emit(name: string, value: number | null, unit: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ name, value, unit, scale: SCALE, ...extra })}\n`);
}

/** Progress and diagnostics: stderr only, so stdout stays machine-readable. */
export function log(...parts: unknown[]): void {
  process.stderr.write(`[bench] ${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`);
}

/** Milliseconds since `t0` (performance.now()). */
export function since(t0: number): number {
  return performance.now() - t0;
}

/** Times `warmup + n` sequential calls: the warm-up ones in `first`, the measured ones in `all`. */
export async function timeCalls(n: number, warmup: number, call: () => Promise<unknown>): Promise<{ all: number[]; first: number[] }> {
  const first: number[] = [];
  const all: number[] = [];
  for (let i = 0; i < warmup + n; i++) {
    const t0 = performance.now();
    await call();
    (i < warmup ? first : all).push(since(t0));
  }
  return { all, first };
}
