/**
 * Runs tasks one after another per key (a chat) and side by side across keys, like grammY runner's
 * `sequentialize`: one slow update holds only its own chat. A failing task does not stop the next.
 */
export class ChatSequencer {
  private readonly tails = new Map<number, Promise<void>>();

  run(key: number, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves when every task started so far has ended. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
