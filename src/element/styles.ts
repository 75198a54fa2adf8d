import { css } from '@lit/reactive-element';

// What the banner and the settings button need; the preferences' own rules come with their pack
// (./preferences-styles.ts), loaded when they first open.
// One palette for both schemes: light-dark() picks by `color-scheme`, which `theme` sets (auto
// follows the visitor's prefers-color-scheme). Creatio's Freedom UI tokens win where present, in
// the light scheme only: they are its light theme's, and a page may set a background token without
// its contrast token (dark text of ours on Creatio's blue was 2.5:1). The dark scheme is ours whole.
// Nothing moves or fades, so there is no motion for prefers-reduced-motion to reduce.
export const styles = css`
  :host {
    --ccc-accent: light-dark(var(--crt-palette-primary-500, #004fd6), #8ab4ff);
    --ccc-on-accent: light-dark(var(--crt-palette-primary-contrast-500, #fff), #0b1b33);
    --ccc-bg: light-dark(var(--crt-palette-background-500, #fff), #1e1f22);
    --ccc-fg: light-dark(var(--crt-palette-foreground-500, #181818), #f1f1f1);
    --ccc-muted: light-dark(#555, #c2c2c2);
    --ccc-border: light-dark(var(--crt-palette-border-500, #c4c4c4), #5a5d63);
    --ccc-radius: 8px;
    --ccc-font: var(--crt-font-family, system-ui, sans-serif);
    /* The page's root size, as the visitor's settings set it; never under the visitor's default size
       (medium, the em here), which a page's html { font-size: 10px } (Bootstrap 3) left far behind. */
    --ccc-font-size: var(--crt-body-1-font-size, max(0.875rem, 0.875em));
    font-size: medium;
    /* Six significant digits: the build's CSS minifier rounds longer numbers. */
    --ccc-z: 2147480000;
    display: contents;
    color-scheme: light dark;
    /* Not what the page's box passes down: a nav bar's nowrap ran the text off the screen, an
       overlay layer's pointer-events: none took every click, an off-canvas menu's visibility hid it. */
    white-space: normal;
    pointer-events: auto;
    visibility: visible;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  [part~='banner'],
  dialog,
  [part~='settings-button'] {
    font: var(--ccc-font-size) / 1.45 var(--ccc-font);
    color: var(--ccc-fg);
    background: var(--ccc-bg);
    box-sizing: border-box;
    z-index: var(--ccc-z);
  }
  [part~='banner'] {
    position: fixed;
    inset: auto 0 0;
    /* Not a popover's own defaults (./modal-controller.ts shows it in the top layer). */
    margin: 0;
    width: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px 24px;
    /* Inside the screen's safe area (a phone's notch, rounded corners, home indicator), which a
       page that asks for the whole screen (viewport-fit=cover) leaves to each fixed box. */
    padding: 16px max(16px, env(safe-area-inset-left), env(safe-area-inset-right), 50vw - 560px) max(16px, env(safe-area-inset-bottom));
    border: solid var(--ccc-border);
    border-width: 1px 0 0;
    box-shadow: 0 -4px 16px #0003;
    /* Never more than 40% of the screen, so the page stays in sight (a short one scrolls inside). */
    max-height: 40vh;
    overflow: auto;
    scroll-padding: 16px;
  }
  /* Moved out of the way of what has focus on the page (./modal-controller.ts). */
  [part~='banner'][data-top] {
    inset: 0 0 auto;
    padding-block: max(16px, env(safe-area-inset-top)) 16px;
    border-width: 0 0 1px;
    box-shadow: 0 4px 16px #0003;
  }
  p {
    margin: 0;
    flex: 1 1 320px;
  }
  a {
    color: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  /* Phones: the buttons full width, one under another, in the order they are read. */
  @media (max-width: 30em) {
    .actions {
      width: 100%;
      flex-direction: column;
    }
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 36px;
    padding: 6px 16px;
    border-radius: var(--ccc-radius);
    border: 2px solid var(--ccc-accent);
    background: var(--ccc-accent);
    color: var(--ccc-on-accent);
    cursor: pointer;
  }
  /* Accept and reject carry the same weight; only "Customize" and the close button step back. */
  [part~='customize'],
  [part~='close'],
  [part~='settings-button'] {
    background: none;
    color: var(--ccc-fg);
    /* The muted colour, not the border's: a button's edge keeps 3:1 against the background (1.4.11). */
    border-color: var(--ccc-muted);
  }
  :focus-visible {
    outline: 3px solid var(--ccc-accent);
    outline-offset: 2px;
  }
  [part~='settings-button'] {
    position: fixed;
    /* Not a popover's own defaults either. */
    inset: auto;
    margin: 0;
    bottom: max(16px, env(safe-area-inset-bottom));
    inset-inline-start: max(16px, env(safe-area-inset-left), env(safe-area-inset-right));
    padding: 6px 12px;
  }
  /* Moved out of the way too (./modal-controller.ts). */
  [part~='settings-button'][data-top] {
    inset-block: max(16px, env(safe-area-inset-top)) auto;
  }
  /* A fixed box is printed on every sheet, over the page's text. The open preferences still print. */
  @media print {
    [part~='banner'],
    [part~='settings-button'] {
      display: none;
    }
  }
`;
