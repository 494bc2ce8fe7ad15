/**
 * A per-user limit of messages in a sliding window (FLOOD_LIMIT, e.g. 20/10s). Over it, a person gets
 * one polite notice and then silence until the window clears; everyone else is unaffected.
 */
export class FloodGuard {
  private readonly recent = new Map<number, { times: number[]; warned: boolean }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Parses `20/10s` (config.FLOOD_LIMIT). */
  static fromSpec(spec: string, now?: () => number): FloodGuard {
    const [count, seconds] = spec.replace(/s$/, '').split('/').map(Number);
    return new FloodGuard(count!, seconds! * 1000, now);
  }

  /** `pass`: handle the message; `warn`: say once that they should slow down; `drop`: ignore it. */
  check(userId: number): 'pass' | 'warn' | 'drop' {
    const at = this.now();
    const entry = this.recent.get(userId) ?? { times: [], warned: false };
    entry.times = entry.times.filter((t) => at - t < this.windowMs);
    if (entry.times.length === 0) entry.warned = false;
    entry.times.push(at);
    this.recent.set(userId, entry);
    if (this.recent.size > 10_000) this.forgetQuiet(at);
    if (entry.times.length <= this.limit) return 'pass';
    if (entry.warned) return 'drop';
    entry.warned = true;
    return 'warn';
  }

  private forgetQuiet(at: number): void {
    for (const [id, entry] of this.recent) if (entry.times.every((t) => at - t >= this.windowMs)) this.recent.delete(id);
  }
}
