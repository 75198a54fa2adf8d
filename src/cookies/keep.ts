/**
 * Safari keeps a cookie a script writes for seven days at most, whatever expiry it asks for
 * (Intelligent Tracking Prevention caps cookies that are not a server's): a visitor who decided and
 * comes back every few days was asked again every week. So each page, once it has loaded, writes the
 * decision again for what is left of its term (`expires-days` from when it was made, which is what
 * the decision's validity counts from anyway). It is no decision: nothing is told, nothing is sent.
 * Loaded with the deferred file.
 */
import { CONSENT_COOKIE, encodeRecord } from '../consent/record.js';
import { runtimeOf } from '../runtime/registry.js';
import { loadRecordStore } from './store-loader.js';

/** `look`: reads the jar now and follows what it holds (../integrations/watch.ts `Watcher`). */
export function keepRecord(win: Window, look: () => void): void {
  const doc = win.document;
  // Not before the load: the writer comes with the interface, of which a returning visit runs nothing before it.
  if (doc.readyState != 'complete') return void doc.addEventListener('readystatechange', () => doc.readyState == 'complete' && keepRecord(win, look));
  const runtime = runtimeOf(win);
  const store = (win as unknown as { cookieStore?: { getAll(name: string): Promise<{ value: string }[]> } }).cookieStore;
  if (runtime?.record)
    loadRecordStore()
      .then(async (records) => {
        // As the browser itself has it, where it can be asked: WebKit answers `document.cookie` from
        // a cache that another tab's write reaches a moment later.
        const listed = await store?.getAll(CONSENT_COOKIE);
        // Then, in the task that writes, the jar as it is now, not as this page read it (the page may
        // have waited in the back/forward cache): a decision another tab made since is followed, not undone.
        look();
        const { record, state } = runtime;
        const { config } = state;
        const value = record && encodeRecord(record);
        if (record && (!listed || listed.some((cookie) => decodeURIComponent(cookie.value) == value)))
          records.write(record, { ...config, expiresDays: config.expiresDays - (Date.now() - Date.parse(record.updated)) / 864e5 });
      })
      // No interface file (which carries the writer), or a value no decoder reads: the decision stays as the browser keeps it.
      .catch(() => {});
}
