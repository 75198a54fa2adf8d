/**
 * The drop-in's language packs: `creatio-cookie-consent.<lang>.js` beside the script, resolved from
 * the script's own address, so the page's address does not matter. Read while the script runs:
 * `document.currentScript` is only set then. Nine languages are 3.5 KB gzip that an English page
 * would otherwise pay on every view; a visitor who needs one loads about 400 B once.
 */
const script = (document.currentScript as HTMLScriptElement | null)?.src;

const pack = (lang: string) => () => import(/* @vite-ignore */ new URL(`creatio-cookie-consent.${lang}.js`, script || document.baseURI).href);

export const PACKS: Record<string, () => Promise<{ default: string }>> = Object.fromEntries(
  ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'uk', 'ar'].map((lang) => [lang, pack(lang)]),
);
