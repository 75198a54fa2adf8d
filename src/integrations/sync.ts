/**
 * Keeps tabs of one site in step. The cookie is the truth; a broadcast only says "read it again",
 * so a tab that misses a message still converges on its next look (focus, visibility).
 *
 * `broadcast`: whether to open the channel. Where the Cookie Store API reports cookie changes,
 * another tab's decision arrives as a change of the decision cookie, so the channel — a round trip
 * to the browser on every page load — is opened only where the jar is polled instead.
 */
export function watchOtherTabs(win: Window, onChange: () => void, broadcast = true): (message: string) => void {
  let channel: BroadcastChannel | null = null;
  try {
    if (broadcast) {
      channel = new (win as unknown as typeof globalThis).BroadcastChannel('creatio-cookie-consent');
      channel.onmessage = onChange;
    }
  } catch {
    // No BroadcastChannel (very old browsers, some sandboxed frames): visibility still converges.
  }
  const doc = win.document;
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'visible' && onChange());
  return (message) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel is no reason to fail a decision.
    }
  };
}
