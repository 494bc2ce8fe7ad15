/**
 * A min-heap of items by the time they become ready; equal times come out in the order they went in
 * (so chats take turns). Used to pick the next chat to send to among thousands without scanning them.
 */
export class ReadyQueue<T> {
  private readonly heap: { item: T; at: number; order: number }[] = [];
  private order = 0;

  get size(): number {
    return this.heap.length;
  }

  push(item: T, at: number): void {
    this.heap.push({ item, at, order: this.order++ });
    this.up(this.heap.length - 1);
  }

  peek(): [T, number] | undefined {
    const top = this.heap[0];
    return top ? [top.item, top.at] : undefined;
  }

  pop(): T | undefined {
    const top = this.heap[0];
    if (!top) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top.item;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.order < y.order);
  }

  private swap(a: number, b: number): void {
    [this.heap[a], this.heap[b]] = [this.heap[b]!, this.heap[a]!];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.before(left, smallest)) smallest = left;
      if (right < this.heap.length && this.before(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
