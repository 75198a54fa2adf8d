// Tagged `css` only so the build's minifier finds and minifies it; the text is adopted as a sheet
// (its pack brings no Lit of its own).
const css = String.raw;

// The preferences dialog's own rules: loaded with the cookie lists when the preferences first open
// (../packs.ts), so a page that only shows the banner does not parse them. The dialog's colours and
// font are in ./styles.ts: without this pack it still opens readable, with the browser's layout.
export const preferencesStyles = css`
  dialog {
    width: min(640px, 100vw - 16px);
    /* Centred, it keeps clear of a phone's status bar and home indicator (the safe area). */
    max-height: calc(min(90vh, 100% - 16px) - env(safe-area-inset-top) - env(safe-area-inset-bottom));
    /* Scrolled past its end, it does not scroll the page behind: closed, the page is where it was. */
    overscroll-behavior: contain;
    padding: 20px;
    border: 1px solid var(--ccc-border);
    border-radius: var(--ccc-radius);
  }
  /* In the preferences, Save choices leads; Accept all and Reject all step back together, equal. */
  dialog [part~='accept'],
  dialog [part~='reject'] {
    background: none;
    color: var(--ccc-fg);
    border-color: var(--ccc-muted);
  }
  dialog::backdrop {
    background: #0008;
  }
  .row {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 12px;
  }
  h2 {
    font-size: 1.3em;
    margin: 0;
  }
  dialog section {
    border-top: 1px solid var(--ccc-border);
    padding-top: 12px;
    margin: 16px 0;
  }
  label {
    font-weight: 600;
  }
  .info {
    color: var(--ccc-muted);
    margin: 4px 0;
  }
  [role='switch'] {
    appearance: none;
    flex: none;
    width: 44px;
    height: 24px;
    margin: 0;
    border-radius: 12px;
    border: 2px solid var(--ccc-muted);
    /* The knob is a gradient, not a pseudo-element: no layout of its own to mirror for RTL. */
    background: radial-gradient(circle 8px at 10px, var(--ccc-muted) 96%, #0000) var(--ccc-bg);
    cursor: pointer;
  }
  :checked {
    border-color: var(--ccc-accent);
    background: radial-gradient(circle 8px at 30px, var(--ccc-on-accent) 96%, #0000) var(--ccc-accent);
  }
  /* Forced colours drop the knob's gradient, leaving on and off as the same outlined pill: draw
     both states with system colours instead. */
  @media (forced-colors: active) {
    [role='switch'] {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: radial-gradient(circle 8px at 10px, CanvasText 96%, #0000) Canvas;
    }
    :checked {
      border-color: Highlight;
      background: radial-gradient(circle 8px at 30px, HighlightText 96%, #0000) Highlight;
    }
  }
  :dir(rtl)[role='switch'] {
    transform: scaleX(-1);
  }
  :disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  summary {
    cursor: pointer;
    margin-top: 4px;
    min-height: 24px;
  }
  .table {
    overflow-x: auto;
  }
  /* A page without a doctype (quirks mode) gives tables neither the font nor the colour around them. */
  table {
    font: inherit;
    color: inherit;
    width: 100%;
    border-collapse: collapse;
    margin-top: 8px;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 4px 8px 4px 0;
    border-bottom: 1px solid var(--ccc-border);
  }
  code {
    overflow-wrap: anywhere;
    direction: ltr;
    unicode-bidi: isolate;
  }
`;
