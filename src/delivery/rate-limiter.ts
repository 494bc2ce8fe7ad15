/**
 * The overall sending limit, kept at Telegram's end whatever the network does: a send counts from
 * the moment it starts until one second after its answer came back (Telegram saw it somewhere in
 * between), and a new one starts only while fewer than `perSecond` sends count. A token bucket
 * holding a tenth of a second's worth spreads a backlog into a steady stream instead of a burst.
 */
export class RateLimiter {
  private readonly windowMs: number;
  /** When each finished send's answer arrived, oldest first (only the last window's are kept). */
  private readonly finishedAt: number[] = [];
  private oldest = 0;
  private inFlight = 0;
  private readonly capacity: number;
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly perSecond: number,
    marginMs = 5,
    now = Date.now(),
  ) {
    if (!(perSecond > 0)) throw new RangeError('perSecond must be above 0');
    this.windowMs = 1000 + marginMs;
    this.capacity = Math.max(1, Math.ceil(perSecond / 10));
    this.tokens = this.capacity;
    this.refilledAt = now;
  }

  /** Milliseconds until a send may start (0: now; Infinity: when a send in flight finishes). */
  delay(now: number): number {
    this.refill(now);
    this.forget(now);
    const counted = this.inFlight + this.finishedAt.length - this.oldest;
    let windowWait = 0;
    if (counted >= this.perSecond) {
      // The earliest finished sends must leave the window; if all that count are in flight, wait for one.
      const mustLeave = counted - this.perSecond + 1;
      const finishedInWindow = this.finishedAt.length - this.oldest;
      windowWait = mustLeave <= finishedInWindow ? this.finishedAt[this.oldest + mustLeave - 1]! + this.windowMs - now : Infinity;
    }
    const bucketWait = this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
    return Math.max(0, windowWait, bucketWait);
  }

  /** One send starts now (call only after delay(now) returned 0); call `finished` when it is answered. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
    this.inFlight += 1;
  }

  finished(now: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    const last = this.finishedAt[this.finishedAt.length - 1];
    this.finishedAt.push(last !== undefined && last > now ? last : now);
  }

  private refill(now: number): void {
    if (now > this.refilledAt) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) * this.perSecond) / 1000);
      this.refilledAt = now;
    }
  }

  private forget(now: number): void {
    while (this.oldest < this.finishedAt.length && this.finishedAt[this.oldest]! <= now - this.windowMs) this.oldest += 1;
    if (this.oldest > 1024 && this.oldest * 2 > this.finishedAt.length) {
      this.finishedAt.splice(0, this.oldest);
      this.oldest = 0;
    }
  }
}
