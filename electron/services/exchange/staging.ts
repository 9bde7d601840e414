// The staged copy of an import's verified lines: written once while the file is verified, read
// back line by line by the apply pass, so the records are never all in memory at once.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const READ_CHUNK = 1 << 20;

/** Appends to a file through a 1 MiB buffer (what is written is copied at once). */
export class Stager {
  readonly path: string;
  #fd: number | null;
  readonly #buf = Buffer.allocUnsafe(READ_CHUNK);
  #used = 0;

  constructor(path: string) {
    this.path = path;
    this.#fd = openSync(path, 'wx');
  }

  write(...bufs: Buffer[]): void {
    for (const b of bufs) {
      if (this.#used + b.length > this.#buf.length) this.#flush();
      if (b.length > this.#buf.length) this.#writeOut(b);
      else this.#used += b.copy(this.#buf, this.#used);
    }
  }

  #writeOut(b: Buffer): void {
    for (let off = 0; off < b.length; ) off += writeSync(this.#fd!, b, off, b.length - off);
  }

  #flush(): void {
    if (this.#used === 0) return;
    this.#writeOut(this.#buf.subarray(0, this.#used));
    this.#used = 0;
  }

  close(): void {
    if (this.#fd === null) return;
    try {
      this.#flush();
    } finally {
      closeSync(this.#fd);
      this.#fd = null;
    }
  }
}

/** Calls `fn` with every line of a file (without its '\n'), reading 1 MiB at a time; the
 *  buffer is valid only during the call. */
export function forEachLine(path: string, fn: (line: Buffer) => void): void {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    let carry: Buffer | null = null;
    for (;;) {
      const n = readSync(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) break;
      let chunk = buf.subarray(0, n);
      if (carry) {
        chunk = Buffer.concat([carry, chunk]);
        carry = null;
      }
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        fn(chunk.subarray(start, nl));
        start = nl + 1;
      }
      // copy: `buf` is overwritten by the next read
      if (start < chunk.length) carry = Buffer.from(chunk.subarray(start));
    }
    if (carry && carry.length > 0) fn(carry);
  } finally {
    closeSync(fd);
  }
}
