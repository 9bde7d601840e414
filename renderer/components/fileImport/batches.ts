// Both imports send their rows in batches, one call and one transaction each, so a large file
// shows progress and a failure loses at most the batch it happened in.

/** The rows in consecutive slices of at most `size`. */
export function inBatches<R>(rows: readonly R[], size: number): R[][] {
  const out: R[][] = [];
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size));
  return out;
}
