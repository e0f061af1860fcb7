// Many writes at once (fan-out, bulk delete): at most `limit` in flight, each outcome reported as it lands,
// one failure never stopping the others.
export type Outcome<T> = { item: T; ok: true } | { item: T; ok: false; error: unknown };

export async function runEach<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<unknown>,
  onOutcome?: (outcome: Outcome<T>) => void,
): Promise<Outcome<T>[]> {
  const out: Outcome<T>[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      let outcome: Outcome<T>;
      try {
        await work(item);
        outcome = { item, ok: true };
      } catch (error) {
        outcome = { item, ok: false, error };
      }
      out.push(outcome);
      onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return items.map((item) => out.find((o) => o.item === item)!);
}
