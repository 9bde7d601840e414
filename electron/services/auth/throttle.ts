// Slows down password guessing: after a few failures for a username, each further attempt waits
// a little longer (capped), without locking the real user out for long.
const FREE_ATTEMPTS = 5;
const MAX_DELAY_MS = 5000;

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; lastMs: number }>();

  delayFor(username: string, nowMs: number): number {
    const f = this.failures.get(username);
    if (!f || f.count < FREE_ATTEMPTS) return 0;
    if (nowMs - f.lastMs > 15 * 60 * 1000) {
      this.failures.delete(username);
      return 0;
    }
    return Math.min(MAX_DELAY_MS, 250 * 2 ** (f.count - FREE_ATTEMPTS));
  }

  async wait(username: string, nowMs: number): Promise<void> {
    const ms = this.delayFor(username, nowMs);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }

  failed(username: string, nowMs: number): void {
    const f = this.failures.get(username) ?? { count: 0, lastMs: nowMs };
    this.failures.set(username, { count: f.count + 1, lastMs: nowMs });
  }

  succeeded(username: string): void {
    this.failures.delete(username);
  }
}
