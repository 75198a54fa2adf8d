/**
 * Placeholders for held-back frames (`<iframe data-consent-category data-src>`, issue 17 item 7):
 * while the frame's category is not granted, an accessible, translated placeholder stands in its
 * place with "Load once" (this frame, this page, no decision stored) and "Always allow" (grants the
 * category, as a decision of the visitor's). Nothing is requested from the frame's host before one
 * of them: the frame has no `src` until then. Loaded by the deferred file when the page has such a
 * frame; frames inserted later get theirs at once.
 */
import type { RecordStore } from '../cookies/store.js';
import { EMBED_TEXTS } from '../i18n/embeds.js';
import { isRtl, pageLanguages, pickFrom } from '../i18n/pick.js';
import { pageElement, runtimeOf } from '../runtime/registry.js';
import { takeBox } from './embed-box.js';
import { HELD_FRAMES } from './script-gate.js';

// The system colours as a pair: a dark theme's light text, inherited, was unreadable on Canvas
// where the page sets no `color-scheme`; a carousel's nowrap ran the text out of the box. The side
// padding on the content, not the box: in a page's flex row of shares from 0 the box's own padding
// took more of the row than the frame does.
const STYLES = `:host{display:grid;place-content:center;gap:.75em;box-sizing:border-box;padding:1em 0;border:1px solid;border-radius:4px;text-align:center;font:inherit;white-space:normal;color:CanvasText;background:Canvas}
p,div{margin:0 1em}
div{display:flex;flex-wrap:wrap;justify-content:center;gap:.5em}
button{font:inherit;min-height:2.75em;padding:.5em 1em;border:1px solid;border-radius:4px;color:ButtonText;background:ButtonFace;cursor:pointer}
button:focus-visible{outline:2px solid;outline-offset:2px}`;

/** What the deferred file (./watch.ts) hands the pack: its own modules' state, never a second copy of it. */
export interface Shared {
  /** Where held frames may be: the document, and the shadow roots the core found gated markup in. */
  roots: () => ParentNode[];
  /** Loads a frame (./activate.ts): the deferred file's, which unloads it again on a withdrawal. */
  activate: (frame: Element) => unknown;
  /**
   * The decision's writer, as the core loads it (../lazy.ts `loadBeside`). A deferred file of an
   * earlier build hands none (a browser's cached copy, beside this pack where the server answers the
   * old address with the new files): then there is no "Always allow".
   */
  writer?: () => Promise<RecordStore>;
}

/**
 * Starts placing placeholders in `roots`, now and for frames inserted later. Returns what looks into
 * roots found since.
 */
export function placeEmbeds(win: Window, { roots, activate, writer }: Shared): () => void {
  const runtime = runtimeOf(win);
  if (!runtime) return () => {};
  const doc = win.document;
  /** Nothing is placed before the page's element has rendered (see `start`). */
  let rendered = false;
  // Each frame placed, with what lets it go, what takes its box again (false: the page hides it now),
  // what takes in what the page's script set on it, and what names it again (false: not a URL now).
  const placed = new Map<HTMLIFrameElement, [release: () => void, fit: () => boolean, heed: (hidden: boolean) => void, name: () => boolean]>();
  const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(STYLES);

  const place = (frame: HTMLIFrameElement, category: string) => {
    // The page's element, not one a visitor posted above it.
    const element = pageElement<Element & { texts?: Record<string, unknown> | null }>(doc);
    const lang = pickFrom((l) => Object.hasOwn(EMBED_TEXTS, l), pageLanguages(win, element?.getAttribute('lang')), () => win.navigator.languages);
    const [message, loadOnce, alwaysAllow, grants, labels] = EMBED_TEXTS[lang];
    const holder = doc.createElement('div');
    const text = doc.createElement('p');
    // Named by the frame's host, and by its title too (two videos of one host were the same group to a
    // screen reader); named again, in place (a visitor's focus stays), when the page's script puts
    // another video in it. False where its source is not a URL: activation would not load it either.
    const name = () => {
      let host = '';
      try {
        host = new URL(frame.dataset.src!, doc.baseURI).host;
      } catch {
        return false;
      }
      const title = frame.title.trim();
      holder.setAttribute('aria-label', title ? `${title} (${host})` : host);
      // A function, so that `$&` and the like in a name are text, not replacement patterns.
      text.textContent = message.replace('{host}', () => host);
      return true;
    };
    if (!name()) return;
    holder.setAttribute('role', 'group');
    holder.lang = lang;
    holder.dir = isRtl(lang) ? 'rtl' : 'ltr';
    holder.dataset.consentPlaceholder = category;
    // The element's light or dark theme, as its banner has it (`auto` leaves the page's scheme).
    const theme = element?.getAttribute('theme');
    if (theme == 'light' || theme == 'dark') holder.style.colorScheme = theme;
    const [show, fit, heed] = takeBox(win, frame, holder.style);
    const root = holder.attachShadow(<ShadowRootInit>{ __proto__: null, mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    text.id = 'message';
    root.append(text);
    const actions = doc.createElement('div');
    const button = (label: string, click: () => void, described = 'message') => {
      const b = doc.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.setAttribute('aria-describedby', described);
      b.addEventListener('click', () => {
        click();
        // The frame takes the focus the removed button had.
        frame.focus();
      });
      actions.append(b);
    };
    button(loadOnce, () => {
      frame.setAttribute('data-consent-activated', '');
      activate(frame);
      refresh();
    });
    // Only a category the page offers can be granted; `necessary` is never a gate.
    // The decision's writer comes with the interface file (usually here already); without it nothing
    // is decided, the console says why, and "Load once" still works.
    if (writer && runtime.state.config.categories.includes(category)) {
      // It grants the whole category on the whole site, not this host: the visitor is told which,
      // by the label the preferences' switch has (the page's own for this language, else its own
      // for every language, else the built-in one).
      const own = element?.texts;
      const label = [own && Object.hasOwn(own, lang) && own[lang], own, labels]
        .map((texts) => texts && typeof texts == 'object' && Object.hasOwn(texts, category) && (texts as Record<string, unknown>)[category])
        .find((l): l is string => typeof l == 'string' && !!l.trim());
      const scope = doc.createElement('p');
      scope.id = 'scope';
      scope.textContent = grants.replace('{category}', () => label ?? category);
      root.append(scope);
      button(
        alwaysAllow,
        () =>
          writer().then(
            (records) => runtime.decide({ ...runtime.categories, [category]: true }, 'embed', records),
            (error) => console.warn('creatio-cookie-consent:', error),
          ),
        'message scope',
      );
    }
    root.append(actions);
    frame.before(holder);
    placed.set(frame, [() => (holder.remove(), show()), () => (show(), shown(frame) && (fit(), true)), heed, name]);
  };

  // A frame the page itself hides (an ad or analytics tag's 1 × 1 `display: none` frame, a `hidden`
  // one, one of no size) is no content: a "blocked" box in its place would be a stray box on the
  // page. Its own `display`, not an ancestor's: a frame in a closed tab is content. Its size inside
  // its border as laid out where it is (iframe-resizer's `width: 1px; min-width: 100%` is wide), as
  // its CSS says it in a closed tab; no size in both directions, as a pixel has, not only one (a
  // frame sized by its script once loaded starts with no height).
  const shown = (frame: HTMLIFrameElement) => {
    const { display, width, height } = win.getComputedStyle(frame);
    return (
      display != 'none' &&
      !(frame.getClientRects().length ? frame.clientWidth <= 1 && frame.clientHeight <= 1 : [width, height].every((size) => /^[01](\.\d+)?px$/.test(size)))
    );
  };

  // A page's script that shows, hides or sizes a held frame itself (a "Watch" toggle, a gallery,
  // Bootstrap's `d-none`): the placeholder goes and comes with it, and the frame is never shown empty
  // beside it. Each held frame's own attributes, not the document's: a Creatio page changes classes all the time.
  const own = new MutationObserver(
    (records) => records.some((r) => placed.has(r.target as HTMLIFrameElement) || (r.target as Element).matches(HELD_FRAMES)) && refresh(records),
  );
  // At a new width of the window or of a placed frame's container (a side panel narrowing it under a
  // container query), the page may give a frame another box, or none (a theme that shows no video on a
  // phone), or one where it had none when the placeholders came: looked at once a paint.
  let queued = 0;
  const refit = () => (queued ||= win.requestAnimationFrame(() => ((queued = 0), refresh(undefined, true))));
  // A container's width only: its height follows the page's content, which changes all the time.
  const widths = new WeakMap<Element, number>();
  const sizes = new (win as unknown as typeof globalThis).ResizeObserver((entries) => {
    let changed = false;
    for (const { target, contentRect } of entries) {
      const was = widths.get(target);
      widths.set(target, contentRect.width);
      changed ||= was !== undefined && was !== contentRect.width;
    }
    if (changed) refit();
  });
  // `records`: what the page's script set on held frames (what these lines set themselves is dropped
  // at the end); `all`: every placed frame takes its box again (a new width).
  const refresh = (records = own.takeRecords(), all = false) => {
    if (!rendered) return;
    const touched = new Set<Node>();
    // Another video put in it (a gallery's script) is named in place; another category is another
    // placeholder (what "Always allow" grants).
    const gone = new Set<Node>();
    for (const { target, attributeName } of records) {
      const entry = placed.get(target as HTMLIFrameElement);
      touched.add(target);
      if (attributeName == 'data-consent-category' || (/^(data-src|title)$/.test(attributeName!) && !entry?.[3]())) gone.add(target);
      entry?.[2](attributeName == 'hidden');
    }
    // A frame loaded (once, by a grant, or by the page's own script setting its `src`) or gone takes its
    // placeholder with it, and so does one the page hides now.
    for (const [frame, [release, fit]] of placed)
      if (!frame.isConnected || !frame.matches(HELD_FRAMES) || gone.has(frame) || ((all || touched.has(frame)) && !fit())) release(), placed.delete(frame);
    for (const frame of within().flatMap((root) => Array.from(root.querySelectorAll<HTMLIFrameElement>(HELD_FRAMES)))) {
      const category = frame.dataset.consentCategory!;
      own.observe(frame, <MutationObserverInit>{ __proto__: null, attributeFilter: ['style', 'class', 'hidden', 'width', 'height', 'src', 'data-src', 'title', 'data-consent-category'] });
      if (!placed.has(frame) && runtime.categories[category] !== true && shown(frame)) place(frame, category);
    }
    // The containers of the frames placed now, and no others: one an application took out of the page
    // with its frame (a view left) is let go, not kept alive by the observer.
    sizes.disconnect();
    for (const frame of placed.keys()) if (frame.parentElement) sizes.observe(frame.parentElement);
    own.takeRecords();
  };
  runtime.subscribe(() => refresh());
  // Only a change that adds or removes a frame (or what holds one), or loads or unloads one (a
  // withdrawal holds a frame again: ./activate.ts), can change what is placed: a Creatio page changes
  // all the time, and a look through the whole document at each would be steady work for as long as it lives.
  const frameIn = (nodes: NodeList) =>
    Array.from(nodes).some((node) => node.nodeType === Node.ELEMENT_NODE && ((node as Element).localName === 'iframe' || !!(node as Element).querySelector('iframe')));
  const observer = new MutationObserver((records) => records.some((r) => r.attributeName || frameIn(r.addedNodes) || frameIn(r.removedNodes)) && refresh());
  // The document and each shadow root, watched from the first look that has it (a component's, which no
  // query of the document reaches).
  const seen = new WeakSet<Node>();
  const within = () => {
    const all = roots();
    for (const root of all)
      if (!seen.has(root)) seen.add(root), observer.observe(root, <MutationObserverInit>{ __proto__: null, childList: true, subtree: true, attributeFilter: ['data-consent-activated'] });
    return all;
  };
  // What a page's script set on the element before its definition came (its `texts`), Lit holds
  // until the element's first render, which waits for the language's own texts: where it has not
  // rendered yet, the page's labels are read after it (or after a render that failed).
  const start = () => ((rendered = true), refresh());
  const element = pageElement<Element & { hasUpdated?: boolean; updateComplete?: Promise<unknown> }>(doc);
  if (element?.hasUpdated === false) element.updateComplete!.then(start, start);
  else start();
  win.addEventListener('resize', refit);
  // A component rendered since (its root new to the core) is looked into at the next look.
  return () => void (roots().some((root) => !seen.has(root)) && refresh());
}
