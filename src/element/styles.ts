import { css } from 'lit';

export const styles = css`
  :host {
    --ccc-accent: var(--crt-palette-primary-500, #004fd6);
    --ccc-on-accent: var(--crt-palette-primary-contrast-500, #fff);
    --ccc-bg: var(--crt-palette-background-500, #fff);
    --ccc-fg: var(--crt-palette-foreground-500, #181818);
    --ccc-muted: #555;
    --ccc-border: var(--crt-palette-border-500, #c4c4c4);
    --ccc-radius: 8px;
    --ccc-font: var(--crt-font-family, system-ui, sans-serif);
    --ccc-font-size: var(--crt-body-1-font-size, 14px);
    --ccc-z: 2147483000;
    display: contents;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --ccc-accent: #8ab4ff;
    --ccc-on-accent: #0b1b33;
    --ccc-bg: #1e1f22;
    --ccc-fg: #f1f1f1;
    --ccc-muted: #c2c2c2;
    --ccc-border: #5a5d63;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --ccc-accent: #8ab4ff;
      --ccc-on-accent: #0b1b33;
      --ccc-bg: #1e1f22;
      --ccc-fg: #f1f1f1;
      --ccc-muted: #c2c2c2;
      --ccc-border: #5a5d63;
      color-scheme: dark;
    }
  }
  [part~='banner'],
  dialog,
  [part~='settings-button'] {
    font: var(--ccc-font-size) / 1.45 var(--ccc-font);
    color: var(--ccc-fg);
    background: var(--ccc-bg);
    box-sizing: border-box;
  }
  [part~='banner'] {
    position: fixed;
    inset: auto 0 0 0;
    z-index: var(--ccc-z);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 12px 24px;
    padding: 16px max(16px, calc((100vw - 1120px) / 2));
    border-top: 1px solid var(--ccc-border);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.15);
    max-height: 100vh;
    overflow: auto;
  }
  [part~='banner']:focus {
    outline: none;
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
  button {
    font: inherit;
    font-weight: 600;
    min-height: 36px;
    min-width: 24px;
    padding: 6px 16px;
    border-radius: var(--ccc-radius);
    border: 2px solid var(--ccc-accent);
    background: var(--ccc-accent);
    color: var(--ccc-on-accent);
    cursor: pointer;
  }
  /* Accept and reject carry the same weight; only "Customize" and the close button step back. */
  button.secondary {
    background: transparent;
    color: var(--ccc-fg);
    border-color: var(--ccc-border);
  }
  :focus-visible {
    outline: 3px solid var(--ccc-accent);
    outline-offset: 2px;
  }
  dialog {
    width: min(640px, 100vw - 16px);
    max-height: min(90vh, 100% - 16px);
    padding: 0;
    border: 1px solid var(--ccc-border);
    border-radius: var(--ccc-radius);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog > div {
    display: grid;
    gap: 16px;
    padding: 20px;
  }
  header {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 8px;
  }
  h2 {
    font-size: 1.3em;
    margin: 0;
  }
  section {
    border-top: 1px solid var(--ccc-border);
    padding-top: 12px;
  }
  .row {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    font-weight: 600;
  }
  .info,
  .note {
    color: var(--ccc-muted);
    margin: 4px 0;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    width: 44px;
    height: 24px;
    margin: 0;
    border-radius: 12px;
    border: 2px solid var(--ccc-muted);
    background: var(--ccc-bg);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    inset: 2px auto 2px 2px;
    width: 16px;
    border-radius: 50%;
    background: var(--ccc-muted);
    transition: transform 0.15s;
  }
  input[role='switch']:checked {
    background: var(--ccc-accent);
    border-color: var(--ccc-accent);
  }
  input[role='switch']:checked::before {
    background: var(--ccc-on-accent);
    transform: translateX(20px);
  }
  :dir(rtl) input[role='switch']:checked::before {
    transform: translateX(-20px);
  }
  :dir(rtl) input[role='switch']::before {
    inset: 2px 2px 2px auto;
  }
  input[role='switch']:disabled {
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
  table {
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
  [part~='settings-button'] {
    position: fixed;
    inset: auto auto 16px 16px;
    z-index: var(--ccc-z);
    border-color: var(--ccc-border);
    padding: 6px 12px;
  }
  :dir(rtl)[part~='settings-button'] {
    inset: auto 16px 16px auto;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
