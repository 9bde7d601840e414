// A process's peak resident memory (the kernel's high-water mark, VmHWM), reset just before the
// step being measured: the memory benches read the step at its fullest, not the process's past.
import { readFileSync, writeFileSync } from 'node:fs';

/** Resets the kernel's RSS high-water mark to the current RSS (Linux); false elsewhere. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The high-water mark in MiB since the last reset (null where /proc is not there). */
export function peakRssMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
