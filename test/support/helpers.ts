import { fixture, html } from '@open-wc/testing';
import type { CreatioCookieConsent } from '../../src/element/creatio-cookie-consent.js';
import type { ConsentReceipt } from '../../src/integrations/receipt.js';
// First: the browser's own setter, before the product guards the prototype.
import { nativeCookieSet as nativeSet } from './native-cookie.js';
import '../../src/creatio-cookie-consent.js';

/** Every name → value pair the page sees, duplicates kept. */
export const jar = (): [string, string][] =>
  document.cookie ? document.cookie.split('; ').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as [string, string]) : [];

export const has = (name: string): boolean => jar().some(([n]) => n === name);

/**
 * WebKit, Safari's engine (the suite's third browser, over WebDriver): what WebDriver cannot do there
 * (media emulation, the browser's request events) skips, and what WebKit does otherwise is tested
 * as what it is.
 */
export const inWebKit = navigator.userAgent.includes('AppleWebKit/') && !navigator.userAgent.includes('Chrome/');

/**
 * Deletes every cookie the page can see, on every domain and path it may be on. Written here, not
 * borrowed from src/, so a bug in the product's clearing cannot hide in the tests' own cleanup.
 */
export async function clearAllCookies(): Promise<void> {
  const host = location.hostname;
  const domains = ['', host, host.split('.').slice(1).join('.')];
  const paths = ['/', ...location.pathname.split('/').filter(Boolean).map((_, i, a) => `/${a.slice(0, i + 1).join('/')}`)];
  for (let round = 0; round < 2; round++)
    for (const [name] of jar())
      for (const d of domains)
        for (const p of paths)
          for (const extra of ['', '; Partitioned; SameSite=None'])
            document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${p}${d ? `; domain=${d}` : ''}; Secure${extra}`;
  // HttpOnly ones are out of the page's reach: the test server expires them.
  await fetch(`/__set-cookie?c=${encodeURIComponent('UserName=; Path=/; Max-Age=0; HttpOnly')}`);
  try {
    localStorage.clear();
  } catch {
    /* storage disabled */
  }
  // The page's runtime hears of the wiped jar as a page would (a Cookie Store change event, then an
  // asynchronous read): let it, before a test puts an element on the page in the same breath.
  await new Promise((r) => setTimeout(r, 30));
}


/**
 * Writes cookies past the guard, with the browser's own setter: how cookies that a tag wrote before
 * the script arrived (or in an earlier visit) look to the page.
 */
export function plant(...assignments: string[]): void {
  for (const a of assignments) nativeSet.call(document, a);
}

/**
 * Plants a decision as the product stores one on this host: the record, and the `__Host-` companion
 * that binds it here (without it a record counts as made elsewhere).
 */
export function plantDecision(record: { id: string; updated: string }, attributes = 'path=/'): void {
  plant(`CookieConscent=${encodeURIComponent(JSON.stringify(record))}; ${attributes}`, `__Host-CookieConscent=${record.id}.${record.updated}; path=/; Secure`);
}

/** Sets cookies the way a server does, with real Set-Cookie headers. */
export async function serverSets(...cookies: string[]): Promise<void> {
  await fetch(`/__set-cookie?${cookies.map((c) => `c=${encodeURIComponent(c)}`).join('&')}`);
}

/** The Cookie header the browser sends (HttpOnly cookies included). */
export const cookieHeader = async (): Promise<string> => (await fetch('/__cookie-header')).text();

/** A button or control by its accessible name, inside the element's shadow root. */
export function byName<T extends HTMLElement = HTMLButtonElement>(el: CreatioCookieConsent, name: string, selector = 'button'): T {
  // With the modal dialog open the rest is inert: a visitor reaches only what is inside it.
  const open = el.shadowRoot!.querySelector('dialog[open]');
  const found = Array.from((open ?? el.shadowRoot!).querySelectorAll<T>(selector)).filter(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name && b.getClientRects().length,
  );
  if (found.length !== 1) throw new Error(`expected one visible ${selector} named "${name}", found ${found.length}`);
  return found[0];
}

/** A switch by its label text. */
export function switchNamed(el: CreatioCookieConsent, name: string): HTMLInputElement {
  const label = Array.from(el.shadowRoot!.querySelectorAll('label')).find((l) => l.textContent!.trim() === name);
  if (!label) throw new Error(`no switch labelled "${name}"`);
  return el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
}

export const banner = (el: CreatioCookieConsent) => el.shadowRoot!.querySelector<HTMLElement>('[part~="banner"]');
export const dialog = (el: CreatioCookieConsent) => el.shadowRoot!.querySelector('dialog')!;

/** A fresh element after a clean slate; `markup` may carry attributes. */
export async function freshElement(markup = html`<creatio-cookie-consent></creatio-cookie-consent>`): Promise<CreatioCookieConsent> {
  return fixture<CreatioCookieConsent>(markup);
}

/** Waits for the next event of a type on document. */
export const nextEvent = <K extends keyof GlobalEventHandlersEventMap>(type: K): Promise<GlobalEventHandlersEventMap[K]> =>
  new Promise((resolve) => document.addEventListener(type, resolve as EventListener, { once: true }));


/**
 * Resolves once the browser's jar holds every cookie this page's `document.cookie` shows. Chromium
 * takes a page's writes to its jar by a way of their own: a frame's first read of the jar could come
 * before a cookie the test planted a moment earlier (a framed page then found no decision), where a
 * page of a real visit loads long after the writes it reads. Best effort: on after a second, or when
 * the test server cannot take the header (a jar near the browser's limits).
 */
const jarLanded = (): Promise<void> => {
  const mine = document.cookie ? document.cookie.split('; ') : [];
  const landed = (header: string) => mine.every((pair) => header.split('; ').includes(pair));
  return waitFor(() => cookieHeader().then(landed, () => true), 1000).catch(() => undefined);
};

/** Loads a page in an iframe (another browsing context of the same site), once this page's cookies are in the jar, and waits for its load. */
export async function frame(src: string): Promise<HTMLIFrameElement> {
  await jarLanded();
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px';
  const loaded = new Promise((resolve) => (iframe.onload = resolve));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/**
 * A view an application renders whole, appended to the body: `markup` comes deep inside what it
 * inserts, not alone.
 */
export function renderedView(markup: string): HTMLElement {
  const view = document.createElement('section');
  view.innerHTML = `<div><p>A card</p><div>${markup}</div></div>`;
  document.body.append(view);
  return view;
}

/** A token no other test's page has had: files served under it come from the server, not from a cache. */
export const token = (): string => Math.random().toString(36).slice(2);

/** A page's own "Cookie settings" link (`[data-cookie-settings]`), appended to its body. */
export function settingsLink(doc: Document = document, href = '#'): HTMLAnchorElement {
  const link = doc.createElement('a');
  link.href = href;
  link.dataset.cookieSettings = '';
  link.textContent = 'Cookie settings';
  doc.body.append(link);
  return link;
}

/** What a page the test cannot reach into tells by message (test/fixtures/framed-report.js). */
export interface FramedReport {
  origin: string;
  seen: { errors: string[]; events: { type: string; detail: { decided: boolean; categories: Record<string, boolean> } }[] };
  /** What the page said in its console (where it records that: test/fixtures/record-warnings.js). */
  warnings: string[];
  tagRan: boolean;
  defined: boolean;
  banner: boolean;
  consent: Record<string, boolean> | null;
  consentMode: string[];
}

/**
 * Asks a framed page of another origin (sandboxed, another site's) to do `command` (`accept`,
 * `reject`, `reset`, or anything else just to look) and resolves to what it then reports.
 */
export const askFrame = (page: HTMLIFrameElement, command: string): Promise<FramedReport> =>
  new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== page.contentWindow) return;
      removeEventListener('message', onMessage);
      resolve(e.data);
    };
    addEventListener('message', onMessage);
    page.contentWindow!.postMessage(command, '*');
  });

export type Seen = { errors: string[]; violations: string[]; events: { type: string; detail: Record<string, unknown> }[] };
export const seenIn = (iframe: HTMLIFrameElement): Seen => (iframe.contentWindow as unknown as { seen: Seen }).seen;

export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite?: string;
}

/** The cookies the browser holds for this page, with their attributes (a test-runner command). */
export async function browserCookies(): Promise<BrowserCookie[]> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand<BrowserCookie[], undefined>('browser-cookies'))!;
}

/** Polls until a check holds (cookies and servers have no event to await), failing after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${check}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The element of a framed page once its interface is there: the drop-in's core loads it beside
 * itself (at once for a banner, after the page's load for a visitor who has decided).
 */
export async function framedElement(page: HTMLIFrameElement): Promise<CreatioCookieConsent> {
  await (page.contentWindow as unknown as { customElements: CustomElementRegistry }).customElements.whenDefined('creatio-cookie-consent');
  const el = page.contentDocument!.querySelector('creatio-cookie-consent')!;
  await el.updateComplete;
  return el;
}

/** The decision stored in a framed page's jar, as its cookie holds it; `null` when there is none. */
export const decisionIn = (page: HTMLIFrameElement): { categories: Record<string, boolean> } | null => {
  const value = page.contentDocument!.cookie.match(/(?:^|; )CookieConscent=([^;]*)/)?.[1];
  return value ? (JSON.parse(decodeURIComponent(value)) as { categories: Record<string, boolean> }) : null;
};

/** The framed page's element once its interface is defined, or `null` if it is not within `ms`: a test fails, not hangs. */
export const elementWithin = (page: HTMLIFrameElement, ms: number): Promise<CreatioCookieConsent | null> =>
  Promise.race([framedElement(page), new Promise<null>((r) => setTimeout(() => r(null), ms))]);

/**
 * The URLs the browser requested for this page and its frames since `start` (a test-runner command
 * on the browser's own request events, not on what reached a server).
 */
export async function browserRequests(options: { start?: boolean; stop?: boolean } = {}): Promise<string[]> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  return (await executeServerCommand<string[], typeof options>('request-log', options))!;
}

/** Takes a framed page's waits of ten seconds and more down to a fifth of a second each, and keeps them (what a retry waits). */
export const shortenWaits = (win: Window): number[] => {
  const waits: number[] = [];
  const later: Window['setTimeout'] = win.setTimeout.bind(win);
  win.setTimeout = (handler: TimerHandler, delay = 0, ...args: unknown[]) => later(handler, delay < 1e4 ? delay : (waits.push(delay), 200), ...args);
  return waits;
};

/** The drop-in's files (not its script) a framed page asked for: the interface, the deferred file, the packs, each as a URL. */
export const filesBeside = (win: Window): URL[] =>
  win.performance.getEntriesByType('resource').map((r) => new URL(r.name)).filter((u) => /\/creatio-cookie-consent\.\w+\.js$/.test(u.pathname));

/**
 * Whether the deferred part (the watchers, receipts, the console's diagnostics) has come to `win`:
 * the drop-in's `creatio-cookie-consent.deferred.js`, or the module `deferred.ts` the test page imports.
 */
export const deferredIn = (win: Window = window): boolean =>
  win.performance.getEntriesByType('resource').some((r) => /[./]deferred\.\w+$/.test(new URL(r.name).pathname));

/** A receipt an earlier page left waiting in the queue (a refusal made a day ago), as `sendReceipt` keeps it. */
export function waitingReceipt(receiptId: string, consentId: string): ConsentReceipt {
  const at = new Date(Date.now() - 864e5).toISOString();
  return {
    receiptId,
    consentId,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    categories: { necessary: true, functional: false, analytical: false },
    cause: 'reject-all',
    refusedCookies: ['UserName', '_ga', '_ga_*'],
    url: location.origin + '/',
  };
}

/** sRGB relative luminance of a computed `rgb(...)` colour (WCAG 2.x). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG 2.x contrast ratio of two computed `rgb(...)` colours. */
export const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

type Axe = { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
let axeLoaded: Promise<unknown> | undefined;
let axeAddresses = 0;

/**
 * The audit tool, axe-core (not the product): importing it puts `axe` on window. Its file is half a
 * megabyte, and once, in a full CI run, Firefox failed to load it ("error loading dynamically imported
 * module"), failing a whole file before any of its tests ran; the same file passed alone at once. It is
 * asked for once more under an address of its own, since Firefox keeps a module's failure for the
 * document's life. `address`: that second address alone (for the test of this fallback). Each such
 * load has an address of its own: where the first load had failed, the fallback's test met the module
 * the fallback had evaluated already, which sets `axe` no more (Firefox, once in a CI run).
 */
export function loadAxe(address = false): Promise<unknown> {
  const again = () => import(/* @vite-ignore */ new URL(`/node_modules/axe-core/axe.js?again=${++axeAddresses}`, location.href).href);
  return address ? again() : (axeLoaded ??= import('axe-core').catch(again));
}

/** axe's WCAG 2.2 AA and best-practice violations in `context` (shadow DOM included), as "rule (nodes)". */
export async function axeViolations(context: Element): Promise<string[]> {
  await loadAxe();
  const { violations } = await (window as unknown as { axe: Axe }).axe.run(context, {
    resultTypes: ['violations'],
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  });
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}
