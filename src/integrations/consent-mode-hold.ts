/**
 * Consent Mode as the visitor decided it, held once the page has loaded (with the deferred file):
 * another script's update (a second consent manager, a snippet copied with `granted`) that grants
 * what the visitor refused would have Google's tags act as if they had consented. It is answered
 * with this decision's update again, and the console says so. What refuses more is left alone, as
 * a forged refusal is (SPEC §4).
 */
import { runtimeOf } from '../runtime/registry.js';
import { consentModeState, consentReader, send } from './consent-mode.js';
import { warn } from './diagnostics.js';

/**
 * Looks now, and returns the look to take again (the watchers take one every second). Where a
 * default names regions, not before a decision: the rest of the world's default grants, and a
 * page's own update for where the visitor is not asked is its administrator's to send.
 */
export function holdConsentMode(win: Window): () => void {
  const runtime = runtimeOf(win);
  const read = consentReader();
  const look = () => {
    const layer = (win as unknown as { dataLayer?: unknown }).dataLayer;
    if (!runtime || !Array.isArray(layer)) return;
    const { told, regional } = read(layer);
    if (regional && !runtime.record) return;
    const state = consentModeState(runtime.categories);
    const granted = Object.keys(state).filter((type) => state[type as keyof typeof state] == 'denied' && told[type] == 'granted');
    if (!granted.length) return;
    // The command alone: the `creatio-consent-update` event would start the page's tags again.
    send(win, 'consent', 'update', state);
    warn(`another script told Google's Consent Mode "granted" for ${granted.join(', ')}, which the visitor has not granted: told "denied" again`);
  };
  look();
  return look;
}
