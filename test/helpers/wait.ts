/** Waits until `predicate` holds (checking every 10 ms), for at most `timeoutMs`: tests wait for outcomes, never for fixed sleeps. */
export async function waitUntil<T>(predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000, what = 'the condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
