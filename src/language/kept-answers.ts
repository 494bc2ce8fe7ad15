// Answers of a word function kept for the next question: questions repeat their words. Past `limit`
// keys all are forgotten at once; a least-recently-used order would cost more than it saves.

/** `compute` with its answers kept per key, up to `limit` keys. */
export function keptAnswers<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      value = compute(key);
      if (kept.size >= limit) kept.clear();
      kept.set(key, value);
    }
    return value as V;
  };
}
