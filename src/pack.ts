/**
 * How long the interface waits for a pack (a language, the preferences' additions) before it goes
 * on without it: a request that hangs must not keep the banner from showing or the preferences from
 * opening.
 */
export const PACK_WAIT_MS = 3000;

export interface Pack<V> {
  /** What the pack gave; `undefined` while it is on its way (or not asked for), `null` if it gave nothing usable. */
  readonly value: V | null | undefined;
  /** Starts the load once (`again`: once more where it gave nothing); `undefined` once settled. Never rejects. */
  load(again?: unknown): Promise<unknown> | undefined;
}

/**
 * A pack loaded once. It settles to `null` when it is missing, not there within PACK_WAIT_MS, or of
 * another version (`accept` returns `null` or throws): then the interface goes on without it. What
 * settles stays: a pack that arrives late is not used, so nothing changes under the visitor's eyes,
 * until a caller asks `again` where it gave nothing (the preferences about to open, where the
 * visitor's eyes go) — a server's hiccup must not cost a page that lives for hours what it gives.
 * Then a pack that came late is taken, one that failed asked for anew (`load` is handed what gives
 * the new attempt an address of its own: ./packs.ts), and one still on its way keeps nobody waiting.
 */
export function pack<M, V>(load: (again: string) => Promise<M>, accept: (module: M) => V | null): Pack<V> {
  let value: V | null | undefined;
  let loading: Promise<unknown> | undefined;
  let attempt: Promise<M> | undefined;
  let tries = 0;
  /** The last attempt: on its way (0), come (1), failed (2). */
  let outcome = 0;
  return {
    get value() {
      return value;
    },
    load(again) {
      if (again && value === null && outcome) value = loading = undefined;
      if (value !== undefined) return undefined;
      if (!attempt || outcome > 1) {
        outcome = 0;
        (attempt = load(tries++ ? `#${tries}` : '')).then(
          () => (outcome = 1),
          () => (outcome = 2),
        );
      }
      return (loading ??= Promise.race([attempt, new Promise<never>((_, fail) => setTimeout(fail, PACK_WAIT_MS))])
        .then(accept)
        .catch(() => null)
        .then((v) => void (value = v)));
    },
  };
}
