/**
 * How long the interface waits for a pack (a language, the preferences' additions) before it goes
 * on without it: a request that hangs must not keep the banner from showing or the preferences from
 * opening.
 */
export const PACK_WAIT_MS = 3000;

export interface Pack<V> {
  /** What the pack gave; `undefined` while it is on its way (or not asked for), `null` if it gave nothing usable. */
  readonly value: V | null | undefined;
  /** Starts the load once; `undefined` once settled. Never rejects. */
  load(): Promise<unknown> | undefined;
}

/**
 * A pack loaded at most once. It settles to `null` when it is missing, not there within
 * PACK_WAIT_MS, or of another version (`accept` returns `null` or throws): then the interface goes
 * on without it. What settles first stays: a pack that arrives late is not used on this page, so
 * nothing changes under the visitor's eyes.
 */
export function pack<M, V>(load: () => Promise<M>, accept: (module: M) => V | null): Pack<V> {
  let value: V | null | undefined;
  let loading: Promise<unknown> | undefined;
  return {
    get value() {
      return value;
    },
    load: () =>
      value !== undefined
        ? undefined
        : (loading ??= Promise.race([load(), new Promise<never>((_, fail) => setTimeout(fail, PACK_WAIT_MS))])
            .then(accept)
            .catch(() => null)
            .then((v) => void (value = v))),
  };
}
