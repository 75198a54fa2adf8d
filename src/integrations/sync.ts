/**
 * Keeps tabs of one site in step. The cookie is the truth; a broadcast only says "read it again",
 * so a tab that misses a message still converges on its next look (focus, visibility).
 */
export function watchOtherTabs(onChange: () => void): (message: string) => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel('creatio-cookie-consent');
    channel.onmessage = onChange;
  } catch {
    // No BroadcastChannel (very old browsers, some sandboxed frames): visibility still converges.
  }
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && onChange());
  return (message) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel is no reason to fail a decision.
    }
  };
}
