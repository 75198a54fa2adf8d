import { expect } from '@open-wc/testing';
import { EMBED_TEXTS } from '../../src/i18n/embeds.js';
import { LANGUAGES } from '../../src/i18n/index.js';
import { activate } from '../../src/integrations/activate.js';
import { placeEmbeds } from '../../src/integrations/embeds.js';
import { watch } from '../../src/integrations/watch.js';
import { loadBeside } from '../../src/lazy.js';
import en from '../../src/i18n/en.js';
import { axeViolations, browserRequests, clearAllCookies, contrast, filesBeside, frame, has, inWebKit, shortenWaits, waitFor } from '../support/helpers.js';

const loadWriter = () => loadBeside('ui').then((ui) => ui.recordStore);

/** What the embed's host has been asked for so far, as "host id". */
const requests = async (): Promise<string[]> => (await fetch('/__embed-requests')).json();
/**
 * What the browser itself requested of the embed's host, whether or not it reached the server.
 * WebDriver has no request events: in WebKit the server's log alone answers.
 */
const asked = async (options?: { start?: boolean; stop?: boolean }) =>
  (await browserRequests(options)).filter((url) => new URL(url).hostname === 'other.example.test');

const placeholders = (page: HTMLIFrameElement) => Array.from(page.contentDocument!.querySelectorAll<HTMLElement>('[data-consent-placeholder]'));
const buttons = (holder: HTMLElement) => Array.from(holder.shadowRoot!.querySelectorAll('button'));

describe('embeds held back by category, with a placeholder', () => {
  beforeEach(clearAllCookies);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('every built-in language has the placeholder\u2019s texts: the message naming the host, what "Always allow" grants, and the labels of the built-in categories as the interface has them', async () => {
    expect(Object.keys(EMBED_TEXTS)).to.have.members([...LANGUAGES]);
    for (const [lang, [message, loadOnce, alwaysAllow, grants, labels]] of Object.entries(EMBED_TEXTS)) {
      expect(message, lang).to.contain('{host}');
      expect(grants, lang).to.contain('{category}').and.to.contain(alwaysAllow);
      for (const text of [message, loadOnce, alwaysAllow, grants]) expect(text.trim(), lang).not.to.equal('');
      const { default: texts } = lang === 'en' ? { default: en } : await import(`../../src/i18n/${lang}.ts`);
      expect(labels, lang).to.deep.equal({ functional: texts.functional, analytical: texts.analytical, marketing: texts.marketing });
    }
  });

  // "Always allow" grants the whole category on the whole site, not the one frame's host: the
  // visitor is told which, by the label the preferences' switch has, before pressing it.
  it('says which category "Always allow" turns on, by the label the preferences show: built-in, in the page\u2019s language, or the page\u2019s own', async () => {
    for (const [lang, category, said, own] of [
      ['en', 'marketing', '\u201cAlways allow\u201d turns on the \u201cMarketing\u201d category for the whole site.', undefined],
      ['de', 'analytical', '\u201eImmer erlauben\u201c aktiviert die Kategorie \u201eAnalyse\u201c f\u00fcr die ganze Website.', undefined],
      ['en', 'marketing', '\u201cAlways allow\u201d turns on the \u201cAds and videos\u201d category for the whole site.', 'Ads and videos'],
      // The page's own for the language shown, over its own for every language.
      ['de', 'marketing', '\u201eImmer erlauben\u201c aktiviert die Kategorie \u201eWerbung und Videos\u201c f\u00fcr die ganze Website.', { marketing: 'Ads and videos', de: { marketing: 'Werbung und Videos' } }],
      ['en', 'marketing', '\u201cAlways allow\u201d turns on the \u201cAds and videos\u201d category for the whole site.', { marketing: 'Ads and videos', de: { marketing: 'Werbung und Videos' } }],
    ]) {
      const texts: Record<string, string> = typeof own == 'object' ? { texts: JSON.stringify(own) } : { label: own ?? '' };
      const page = await frame(`/test/fixtures/embeds.html?${new URLSearchParams({ lang: lang as string, category: category as string, ...texts })}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      const [holder] = placeholders(page);
      const always = buttons(holder)[1];
      const described = always.getAttribute('aria-describedby')!.split(' ').map((id) => holder.shadowRoot!.getElementById(id)!.textContent);
      expect(described, `${lang} ${category}`).to.include(said);
      page.remove();
    }
  });

  // Lit holds what a page's script set on the element before its definition came until the
  // element's first render, which waits for the language's texts: a placeholder placed before it
  // read no `texts` of the page's.
  it('says the page\u2019s own label while the page\u2019s language is still on its way to the element', async function () {
    this.timeout(15000);
    const query = new URLSearchParams({ page: 'embeds', lang: 'de', label: 'Werbung und Videos' });
    const page = await frame(`/__slowde-${Math.random().toString(36).slice(2)}/page.html?${query}`);
    await waitFor(() => placeholders(page).length === 1, 8000);
    const [holder] = placeholders(page);
    expect(holder.shadowRoot!.getElementById('scope')!.textContent).to.equal('\u201eImmer erlauben\u201c aktiviert die Kategorie \u201eWerbung und Videos\u201c f\u00fcr die ganze Website.');
    page.remove();
  });

  it('shows "Load once" and "Always allow" in the frame\u2019s place; nothing is asked of the embed\u2019s host before one is pressed', async () => {
    const before = (await requests()).length;
    if (!inWebKit) await asked({ start: true });
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    const video = doc.getElementById('video') as HTMLIFrameElement;
    await waitFor(() => placeholders(page).length === 1, 5000);
    const [holder] = placeholders(page);
    expect(holder.getAttribute('role')).to.equal('group');
    expect(holder.getAttribute('aria-label')).to.equal(`Video (other.example.test:${page.contentWindow!.location.port})`);
    expect(holder.nextElementSibling).to.equal(video);
    expect(video.hidden && !video.hasAttribute('src')).to.equal(true);
    expect(holder.shadowRoot!.querySelector('p')!.textContent).to.equal(`Content from other.example.test:${page.contentWindow!.location.port} is blocked: it may set cookies.`);
    expect(buttons(holder).map((b) => b.textContent)).to.deep.equal(['Load once', 'Always allow']);
    // It takes the frame's room (its 400 px and its border).
    expect(holder.getBoundingClientRect().width).to.be.within(400, 406);
    expect(holder.getBoundingClientRect().height).to.be.at.least(225);
    await new Promise((r) => setTimeout(r, 300));
    expect((await requests()).slice(before), 'no request before the visitor asks').to.deep.equal([]);
    if (!inWebKit) expect(await asked(), 'none made by the browser either').to.deep.equal([]);

    buttons(holder)[0].focus();
    buttons(holder)[0].click();
    await waitFor(async () => (await requests()).slice(before).length === 1);
    expect((await requests()).slice(before)).to.deep.equal(['other.example.test first']);
    // The browser's report reaches the runner over its own connection, which can trail the server's log.
    if (!inWebKit) {
      await waitFor(async () => (await asked()).length > 0);
      expect((await asked({ stop: true })).map((url) => new URL(url).searchParams.get('id'))).to.deep.equal(['first']);
    }
    expect(placeholders(page)).to.have.length(0);
    expect(video.hidden).to.equal(false);
    expect(doc.activeElement, 'the frame takes the focus').to.equal(video);
    // Once, not a decision: the banner still asks, and nothing is stored.
    expect(has('CookieConscent')).to.equal(false);
  });

  // A frame that has `src` as well loads at once: it is not held, and a placeholder saying "blocked"
  // over a frame that is talking to its host already would tell the visitor something untrue.
  it('gives no placeholder to a frame that has src as well as data-src, and does not hide it', async () => {
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    await waitFor(() => placeholders(page).length === 1, 5000);
    const loaded = doc.createElement('iframe');
    loaded.src = '/test/fixtures/blank.html';
    loaded.dataset.src = '/test/fixtures/blank.html';
    loaded.dataset.consentCategory = 'marketing';
    loaded.title = 'Loaded at once';
    doc.body.append(loaded);
    await new Promise((r) => setTimeout(r, 1200));
    expect(placeholders(page).length, "only the held frame's").to.equal(1);
    expect(loaded.hidden).to.equal(false);
  });

  it('"Always allow" grants the category (a decision, cause "embed"), loads every frame of it, and a frame inserted later loads at once', async () => {
    const before = (await requests()).length;
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    const win = page.contentWindow as unknown as { embedUrl(id: string): string };
    await waitFor(() => placeholders(page).length === 1, 5000);
    // A second frame inserted later gets its own placeholder at once.
    const later = doc.createElement('iframe');
    later.dataset.consentCategory = 'marketing';
    later.dataset.src = win.embedUrl('later');
    doc.body.append(later);
    await waitFor(() => placeholders(page).length === 2);
    const changes: { cause: string; categories: Record<string, boolean> }[] = [];
    doc.addEventListener('creatio-consent-change', (e) => changes.push((e as CustomEvent).detail));
    buttons(placeholders(page)[1])[1].click();
    await waitFor(async () => (await requests()).slice(before).length === 2);
    expect((await requests()).slice(before).sort()).to.deep.equal(['other.example.test first', 'other.example.test later']);
    expect(placeholders(page)).to.have.length(0);
    expect(changes.map((c) => [c.cause, c.categories.marketing, c.categories.analytical])).to.deep.equal([['embed', true, false]]);
    const third = doc.createElement('iframe');
    third.dataset.consentCategory = 'marketing';
    third.dataset.src = win.embedUrl('third');
    doc.body.append(third);
    await waitFor(async () => (await requests()).slice(before).length === 3);
    expect(placeholders(page)).to.have.length(0);
    // The embeds' pack, the deferred file it shares code with and the interface whose writer it
    // borrowed, each one module: asked for at the address the core asks for it, not a second.
    const files = filesBeside(page.contentWindow!);
    expect(files.map((u) => u.pathname.split('.').at(-2)).sort()).to.deep.equal(['deferred', 'embeds', 'ui']);
  });

  // Ad and analytics tags come as frames the page hides (DoubleClick Floodlight's 1 \u00d7 1
  // `display:none` frame, a `hidden` one, one of no size): held back like any, they are not content,
  // and a "blocked" box where the page shows nothing would be a stray box on the page. Granted, they
  // load and stay as hidden as the page has them.
  it('gives no placeholder to a frame the page hides (display none, hidden, or no size); granted, it loads and stays hidden', async () => {
    const before = (await requests()).length;
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    const win = page.contentWindow as unknown as { embedUrl(id: string): string } & Window;
    await waitFor(() => placeholders(page).length === 1, 5000);
    const pixels = ['style', 'hidden', 'size'].map((id) => {
      const pixel = doc.createElement('iframe');
      pixel.dataset.consentCategory = 'marketing';
      pixel.dataset.src = win.embedUrl(id);
      if (id === 'style') pixel.setAttribute('style', 'display:none'), (pixel.width = pixel.height = '1');
      if (id === 'hidden') pixel.hidden = true;
      if (id === 'size') pixel.width = pixel.height = '0';
      doc.body.append(pixel);
      return pixel;
    });
    await new Promise((r) => setTimeout(r, 1200));
    expect(placeholders(page).map((holder) => holder.nextElementSibling!.id)).to.deep.equal(['video']);
    buttons(placeholders(page)[0])[1].click();
    await waitFor(async () => (await requests()).slice(before).length === 4);
    expect((await requests()).slice(before).sort()).to.deep.equal(['other.example.test first', 'other.example.test hidden', 'other.example.test size', 'other.example.test style']);
    expect(pixels.map((pixel) => [pixel.getAttribute('style'), pixel.hidden, win.getComputedStyle(pixel).display])).to.deep.equal([
      ['display:none', false, 'none'],
      [null, true, 'none'],
      [null, false, 'inline'],
    ]);
  });

  // A frame, unlike a script that ran, can stop: withdrawing its category unloads it, as Klaro puts a
  // frame's original source back.
  it('a withdrawal unloads the frames of the categories it withdraws and puts their placeholder back', async () => {
    const before = (await requests()).length;
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    const video = doc.getElementById('video') as HTMLIFrameElement;
    await waitFor(() => placeholders(page).length === 1, 5000);
    buttons(placeholders(page)[0])[1].click();
    await waitFor(async () => (await requests()).slice(before).length === 1);

    (doc.querySelector('creatio-cookie-consent') as HTMLElement & { rejectAll(): void }).rejectAll();
    await waitFor(() => placeholders(page).length === 1);
    expect(video.hasAttribute('src')).to.equal(false);
    expect(placeholders(page)[0].nextElementSibling).to.equal(video);
    // Unloaded, not only without its attribute: the frame holds a blank document of the page's own
    // origin again (in WebKit a moment later; granted again before, it keeps the embed it had).
    const blank = () => {
      try {
        return video.contentWindow!.location.href === 'about:blank';
      } catch {
        return false; // still the embed's origin
      }
    };
    await waitFor(blank);

    // Granted again, it loads again.
    buttons(placeholders(page)[0])[1].click();
    await waitFor(async () => (await requests()).slice(before).length === 2);
    expect((await requests()).slice(before)).to.deep.equal(['other.example.test first', 'other.example.test first']);
    expect(placeholders(page)).to.have.length(0);
  });

  it('"Always allow" without the interface file (which carries the writer) decides nothing and says why; "Load once" still works', async () => {
    const page = await frame('/__noui/page.html');
    const win = page.contentWindow as Window & typeof globalThis;
    await waitFor(() => placeholders(page).length === 1, 5000);
    const warnings: unknown[][] = [];
    const unhandled: unknown[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args);
    win.addEventListener('unhandledrejection', (e) => unhandled.push(e.reason));
    buttons(placeholders(page)[0])[1].click();
    await waitFor(() => warnings.length > 0);
    expect(String(warnings[0][0])).to.equal('creatio-cookie-consent:');
    await new Promise((r) => setTimeout(r, 100));
    expect(unhandled).to.deep.equal([]);
    expect(has('CookieConscent'), 'no decision stored').to.equal(false);
    expect(placeholders(page)).to.have.length(1);
    const before = (await requests()).length;
    buttons(placeholders(page)[0])[0].click();
    await waitFor(async () => (await requests()).length > before);
    expect(placeholders(page)).to.have.length(0);
  });

  it('looks for held frames again only when a frame comes or goes, not at every change of the page', async () => {
    const page = await frame('/test/fixtures/embeds.html');
    // Room for the rows: a scrollbar coming (Firefox's take room) narrows the frame's container, which
    // is a change the placeholder follows.
    page.style.height = '3000px';
    const doc = page.contentDocument!;
    const win = page.contentWindow as unknown as Window & { embedUrl(id: string): string };
    await waitFor(() => placeholders(page).length === 1, 5000);
    // The frame's new height is a resize of its window, which the placeholders look at again, once a
    // paint: that look is over two paints after the new height shows (a busy Firefox once made it
    // after the count below began).
    await waitFor(() => win.innerHeight > 2000);
    await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    const looks: string[] = [];
    const all = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => (looks.push(selector), all(selector))) as typeof doc.querySelectorAll;
    for (let i = 0; i < 20; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: `row ${i}` }));
    await new Promise((r) => setTimeout(r, 100));
    expect(looks.filter((s) => s.includes('data-consent-category')), 'no whole-document look for twenty paragraphs').to.deep.equal([]);
    // A frame inside a new element is still found, and a removed one takes its placeholder along.
    const box = doc.createElement('section');
    const inner = Object.assign(doc.createElement('iframe'), { title: 'Map' });
    inner.dataset.consentCategory = 'marketing';
    inner.dataset.src = win.embedUrl('boxed');
    box.append(inner);
    doc.body.append(box);
    await waitFor(() => placeholders(page).length === 2);
    box.remove();
    await waitFor(() => placeholders(page).length === 1);
  });

  it('speaks the page\u2019s language, and right to left in Arabic; not the language of an element a visitor posted above the page\u2019s', async () => {
    for (const [lang, label, dir, posted] of [['de', 'Einmal laden', 'ltr'], ['ar', 'تحميل مرة واحدة', 'rtl'], ['de', 'Einmal laden', 'ltr', 'ar']]) {
      const page = await frame(`/test/fixtures/embeds.html?lang=${lang}${posted ? `&posted=${posted}` : ''}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      const [holder] = placeholders(page);
      expect([holder.lang, holder.dir, buttons(holder)[0].textContent]).to.deep.equal([lang, dir, label]);
      page.remove();
    }
  });

  // Two videos of one host on a page: named by the host alone, their groups and their "Load once"
  // were the same to a screen reader. The frame's title (which WCAG asks every frame to have) tells them apart.
  it('names each placeholder by its frame\u2019s title and host, or the host alone where the frame has no title', async () => {
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    await waitFor(() => placeholders(page).length === 1, 5000);
    for (const title of ['Map of the office', '']) {
      const other = doc.createElement('iframe');
      other.title = title;
      other.dataset.consentCategory = 'marketing';
      other.dataset.src = (page.contentWindow as unknown as { embedUrl(id: string): string }).embedUrl(title);
      doc.body.append(other);
    }
    await waitFor(() => placeholders(page).length === 3);
    const host = `other.example.test:${page.contentWindow!.location.port}`;
    expect(placeholders(page).map((holder) => holder.getAttribute('aria-label'))).to.deep.equal([`Video (${host})`, `Map of the office (${host})`, host]);
    page.remove();
  });

  // Themes lay the frame over a box that keeps 16:9 (WordPress's embed block, Bootstrap 4's
  // embed-responsive) or give it an aspect-ratio and the container's width: the placeholder takes the
  // box the frame has there, at any width, and pushes nothing below it.
  it('takes the frame\u2019s box in a responsive embed\u2019s markup, and follows it when the page is resized', async () => {
    for (const layout of ['overlaid', 'ratio']) {
      const page = await frame(`/test/fixtures/embeds.html?layout=${layout}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      const [holder] = placeholders(page);
      const wrap = holder.parentElement!;
      for (const width of [800, 480]) {
        page.style.width = `${width}px`;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const room = wrap.getBoundingClientRect();
        const box = holder.getBoundingClientRect();
        const got = [box.left - room.left, box.top - room.top, box.width, box.height, room.height].map(Math.round);
        const want = [0, 0, room.width, room.width * (9 / 16), room.width * (9 / 16)].map(Math.round);
        expect(got, `${layout} at ${width} px: left, top, width, height, and the wrapper's height`).to.deep.equal(want);
      }
      // Narrower than its text: the text scrolls within a box laid over the page's, and a box of the
      // flow grows to it.
      page.style.width = '320px';
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (layout === 'ratio') expect(holder.scrollHeight, 'grown to its text').to.be.at.most(holder.clientHeight + 1);
      const last = buttons(holder)[1];
      last.scrollIntoView({ block: 'nearest' });
      const [box, button] = [holder.getBoundingClientRect(), last.getBoundingClientRect()];
      expect(button.bottom, `${layout} at 320 px`).to.be.at.most(box.bottom + 0.5);
      // Loaded, the frame is laid out as the page says again.
      const video = page.contentDocument!.getElementById('video')!;
      buttons(holder)[0].click();
      await waitFor(() => placeholders(page).length === 0);
      expect([video.style.display, page.contentWindow!.getComputedStyle(video).display, video.getBoundingClientRect().height], layout).to.deep.equal([
        '',
        'block',
        wrap.getBoundingClientRect().height,
      ]);
      page.remove();
    }
  });

  // Where the page's layout puts the frame, the placeholder stands: centred by a paragraph's
  // text-align (frames are inline) or by auto margins, half of a row of two flex columns, a grid's
  // second column, floated right at half the width, iframe-resizer's `width: 1px; min-width: 100%`,
  // a `max-width` over `width: 100%`. Compared with the frame itself, loaded, at the
  // same widths: its right edge and top to 5 px (the frame's border), its width to 5% (in a flex row
  // of shares from 0, the placeholder's padding takes a little more of the row than the frame's border).
  it('stands where the page\u2019s layout puts the frame, with its width, at any width: as the frame itself does once loaded', async () => {
    for (const layout of ['centred', 'centred-block', 'columns', 'grid', 'floated', 'resizer', 'capped', 'breakpoint']) {
      const page = await frame(`/test/fixtures/embeds.html?layout=${layout}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      const [holder] = placeholders(page);
      const video = page.contentDocument!.getElementById('video')!;
      const boxes = async (element: Element) => {
        const seen: number[][] = [];
        for (const width of [800, 480]) {
          page.style.width = `${width}px`;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const { right, top, width: wide } = element.getBoundingClientRect();
          seen.push([right, top, wide]);
        }
        return seen;
      };
      const held = await boxes(holder);
      buttons(holder)[0].click();
      await waitFor(() => placeholders(page).length === 0);
      const loaded = await boxes(video);
      // (A frame of no height, iframe-resizer's before its script sizes it, sits on its line's
      // baseline: its top is not compared.)
      held.forEach((box, i) =>
        box.forEach(
          (edge, j) =>
            (layout !== 'resizer' || j !== 1) &&
            expect(edge, `${layout} at ${[800, 480][i]} px: ${['right', 'top', 'width'][j]}`).to.be.closeTo(loaded[i][j], j < 2 ? 5 : loaded[i][j] * 0.05),
        ),
      );
      page.remove();
    }
  });

  // A theme that shows a video only from a width on (a phone gets none) hides the frame itself: at
  // the widths where it does, the placeholder goes too, and comes back where it shows the frame again,
  // whichever width the page loaded at. Its buttons work after each.
  it('goes and comes back with the frame where the page\u2019s breakpoints hide and show it', async () => {
    for (const [start, then] of [[800, 480], [480, 800]]) {
      const page = await frame(`/test/fixtures/embeds.html?layout=phone-hidden`);
      page.style.width = `${start}px`;
      const video = page.contentDocument!.getElementById('video')!;
      const showing = () => placeholders(page).filter((holder) => holder.getClientRects().length);
      const at = async (width: number) => {
        page.style.width = `${width}px`;
        await new Promise((r) => setTimeout(r, 200));
        return showing().length;
      };
      // The pack came (a page holding a frame loads it, shown or not) and has looked.
      await waitFor(() => page.contentWindow!.performance.getEntriesByType('resource').some((e) => e.name.includes('.embeds.')), 6000);
      await new Promise((r) => setTimeout(r, 200));
      expect(showing().length, `loaded at ${start} px`).to.equal(start > 600 ? 1 : 0);
      expect(await at(then), `${start} px, then ${then}`).to.equal(then > 600 ? 1 : 0);
      expect(await at(start), `${start} px, then ${then}, then ${start} again`).to.equal(start > 600 ? 1 : 0);
      await at(800);
      expect(placeholders(page), 'one placeholder').to.have.length(1);
      expect(video.getClientRects().length, 'the frame hidden behind it').to.equal(0);
      // A width where it stays (a visitor zooming with the keyboard): the focus stays on its button.
      buttons(placeholders(page)[0])[1].focus();
      await at(700);
      expect(placeholders(page)[0].shadowRoot!.activeElement, 'the focus kept').to.equal(buttons(placeholders(page)[0])[1]);
      buttons(placeholders(page)[0])[0].click();
      await waitFor(() => placeholders(page).length === 0);
      expect(video.getClientRects().length, 'loaded, shown').to.equal(1);
      expect(await at(480), 'loaded, on a phone: none').to.equal(0);
      expect(video.getClientRects().length, 'loaded, hidden on a phone by the page').to.equal(0);
      page.remove();
    }
  });

  // A layout keyed to a container's width (a container query), which a side panel opening changes
  // with no change to the window.
  it('takes the box the frame\u2019s container gives it when the container, not the window, changes width', async () => {
    const page = await frame('/test/fixtures/embeds.html?layout=container');
    page.style.width = '1100px';
    await waitFor(() => placeholders(page).length === 1, 5000);
    const [holder] = placeholders(page);
    const wrap = holder.parentElement!;
    const at = async (width: number) => {
      wrap.style.width = `${width}px`;
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      return [Math.round(holder.getBoundingClientRect().width), page.contentWindow!.getComputedStyle(holder).float];
    };
    expect(await at(1000), 'a wide container').to.deep.equal([500, 'right']);
    expect(await at(400), 'narrowed').to.deep.equal([400, 'none']);
    expect(await at(1000), 'widened again').to.deep.equal([500, 'right']);
  });

  // A page's own script shows and hides its video (a "Watch" toggle, a gallery, Bootstrap's d-none):
  // the placeholder goes and comes with it, and the empty frame never shows beside it.
  it('goes and comes back with the frame where the page\u2019s own script hides and shows it: its style, a class, hidden', async () => {
    const page = await frame('/test/fixtures/embeds.html');
    const doc = page.contentDocument!;
    const win = page.contentWindow!;
    const video = doc.getElementById('video') as HTMLIFrameElement;
    await waitFor(() => placeholders(page).length === 1, 5000);
    doc.head.append(Object.assign(doc.createElement('style'), { textContent: '.d-none{display:none!important}' }));
    // What shows: placeholders, and the frame itself.
    const seen = async () => {
      await new Promise((r) => setTimeout(r, 50));
      return [placeholders(page).filter((holder) => holder.getClientRects().length).length, video.getClientRects().length];
    };
    for (const [hide, show, what] of <[() => void, () => void, string][]>[
      [() => (video.hidden = true), () => (video.hidden = false), 'hidden'],
      [() => video.classList.add('d-none'), () => video.classList.remove('d-none'), 'a class'],
      [() => (video.style.display = 'none'), () => (video.style.display = 'block'), 'its style'],
    ]) {
      hide();
      expect(await seen(), `hidden by ${what}`).to.deep.equal([0, 0]);
      show();
      expect(await seen(), `shown by ${what}: the placeholder, not the empty frame`).to.deep.equal([1, 0]);
      expect(placeholders(page)[0].nextElementSibling, what).to.equal(video);
    }
    // Resized by the page's script, it takes the new size.
    video.style.width = '200px';
    await seen();
    expect(placeholders(page)[0].getBoundingClientRect().width).to.be.within(200, 206);
    // A frame the page hid as it came, shown by its script later, gets its placeholder then.
    const later = doc.createElement('iframe');
    later.dataset.consentCategory = 'marketing';
    later.dataset.src = (win as unknown as { embedUrl(id: string): string }).embedUrl('later');
    later.style.display = 'none';
    doc.body.append(later);
    await seen();
    expect(placeholders(page)).to.have.length(1);
    later.style.display = 'inline';
    await seen();
    expect([placeholders(page).length, placeholders(page)[1]?.nextElementSibling === later, later.getClientRects().length]).to.deep.equal([2, true, 0]);
    // Another video put in it by the script (a gallery): the placeholder names its host and title,
    // and a visitor's focus on its button stays there.
    const named = placeholders(page).find((holder) => holder.nextElementSibling === video)!;
    buttons(named)[0].focus();
    video.dataset.src = 'https://video.example.test/embed/2';
    video.title = 'Second video';
    await seen();
    expect(placeholders(page).find((holder) => holder.nextElementSibling === video), 'the same placeholder').to.equal(named);
    expect([named.getAttribute('aria-label'), named.shadowRoot!.querySelector('p')!.textContent]).to.deep.equal([
      'Second video (video.example.test)',
      'Content from video.example.test is blocked: it may set cookies.',
    ]);
    expect(named.shadowRoot!.activeElement, 'the focus kept').to.equal(buttons(named)[0]);
    // A frame the page's script loads itself (its own `src`) is no longer held: no "blocked" box over it.
    later.src = '/test/fixtures/blank.html';
    await seen();
    expect([placeholders(page).length, later.getClientRects().length, win.getComputedStyle(later).display]).to.deep.equal([1, 1, 'inline']);
    // Loaded, the frame is shown as the page's script last said.
    video.dataset.src = (win as unknown as { embedUrl(id: string): string }).embedUrl('first');
    await seen();
    buttons(placeholders(page)[0])[0].click();
    await waitFor(() => placeholders(page).length === 0);
    expect([win.getComputedStyle(video).display, video.getBoundingClientRect().width]).to.deep.equal(['block', 204]);
  });

  // A frame in a tab or an accordion closed as the page loads has no box when its placeholder is
  // made: the size its attributes or CSS give it stands instead, for when the visitor opens it.
  it('has the frame\u2019s size from its attributes or CSS where the frame has no box when it is placed (a closed tab)', async () => {
    for (const layout of ['', 'ratio']) {
      const page = await frame(`/test/fixtures/embeds.html?closed&layout=${layout}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      page.contentDocument!.getElementById('panel')!.hidden = false;
      const [holder] = placeholders(page);
      const { width, height } = holder.getBoundingClientRect();
      if (layout) expect([width, height].map(Math.round), layout).to.deep.equal([784, 441]);
      else expect(width, 'the frame\u2019s 400 px').to.be.within(400, 406), expect(height, 'the frame\u2019s 225 px').to.be.within(225, 231);
      page.remove();
    }
  });

  // What the frame's place passes down reaches the placeholder: a dark theme's light text (most set
  // no `color-scheme`), a carousel's or a nav's nowrap. Its text must stay readable and in its box.
  it('keeps its text readable and inside its box where the page passes down light text or nowrap', async () => {
    for (const rule of [
      'body { color: #eee; background: #111 }',
      ':root { color-scheme: dark } body { color: #eee; background: #111 }',
      'body { width: 280px; white-space: nowrap }',
    ]) {
      const page = await frame('/test/fixtures/embeds.html');
      await waitFor(() => placeholders(page).length === 1, 5000);
      const doc = page.contentDocument!;
      const style = doc.createElement('style');
      style.textContent = rule;
      doc.head.append(style);
      const [holder] = placeholders(page);
      const box = holder.getBoundingClientRect();
      const background = doc.defaultView!.getComputedStyle(holder).backgroundColor;
      // The frame's 400 px, but never wider than its container.
      expect(box.right, rule).to.be.at.most(doc.body.getBoundingClientRect().right + 0.5);
      for (const text of Array.from(holder.shadowRoot!.querySelectorAll('p'))) {
        const { left, right } = text.getBoundingClientRect();
        expect(contrast(doc.defaultView!.getComputedStyle(text).color, background), `${rule}: ${text.id}`).to.be.at.least(4.5);
        expect([left >= box.left, right <= box.right], `${rule}: ${text.id} within ${box.left}–${box.right}`).to.deep.equal([true, true]);
      }
      page.remove();
    }
  });

  // An administrator who sets the element's theme for a dark site (one that sets no `color-scheme`)
  // gets dark placeholders too, as the banner is; `auto` leaves them to the page's scheme.
  it('takes the element\u2019s light or dark theme, where one is set', async () => {
    for (const [theme, dark] of [['dark', true], ['light', false], ['auto', false]] as const) {
      const page = await frame(`/test/fixtures/embeds.html?theme=${theme}`);
      await waitFor(() => placeholders(page).length === 1, 5000);
      const [holder] = placeholders(page);
      const { color, backgroundColor } = page.contentWindow!.getComputedStyle(holder);
      expect([contrast(backgroundColor, 'rgb(0, 0, 0)') < contrast(backgroundColor, 'rgb(255, 255, 255)'), contrast(color, backgroundColor) >= 4.5], theme).to.deep.equal([dark, true]);
      page.remove();
    }
  });

  // Last: it starts the placeholders on this test page itself, where axe runs.
  // A design system's video card renders its frame into its own shadow root: the gating loads it
  // there on a grant (script-gate.test.ts), and a visitor needs its placeholder there as in the page.
  it('stands in for a held frame in a component\u2019s shadow root, open or closed, as in the page: loading it, granting, withdrawing', async () => {
    for (const mode of ['open', 'closed']) {
      const before = (await requests()).length;
      const page = await frame(`/test/fixtures/embeds.html?card=${mode}&alone`);
      const doc = page.contentDocument!;
      const win = page.contentWindow as unknown as { cardRoot: ShadowRoot; cardFrame: HTMLIFrameElement; embedUrl(id: string): string };
      const held = () => Array.from(win.cardRoot.querySelectorAll<HTMLElement>('[data-consent-placeholder]'));
      await waitFor(() => held().length === 1, 5000).catch(() => expect(held(), `${mode}: a placeholder in the card`).to.have.length(1));
      const [holder] = held();
      expect(holder.nextElementSibling, mode).to.equal(win.cardFrame);
      expect(holder.getAttribute('aria-label'), mode).to.match(/^Card video \(other\.example\.test/);
      expect(win.cardFrame.hidden, mode).to.equal(true);
      // A frame the card renders later gets its own at once.
      const later = doc.createElement('iframe');
      later.title = 'Later';
      later.dataset.consentCategory = 'marketing';
      later.dataset.src = win.embedUrl(`later-${mode}`);
      win.cardRoot.append(later);
      await waitFor(() => held().length === 2);
      buttons(held()[0])[0].click();
      await waitFor(async () => (await requests()).slice(before).length === 1);
      expect(held(), mode).to.have.length(1);
      expect(win.cardFrame.hidden, mode).to.equal(false);
      buttons(held()[0])[1].click();
      await waitFor(async () => (await requests()).slice(before).length === 2);
      expect((await requests()).slice(before), mode).to.deep.equal(['other.example.test card', `other.example.test later-${mode}`]);
      expect(held(), mode).to.have.length(0);
      // Withdrawn, both are unloaded and held again, each behind its placeholder.
      (doc.querySelector('creatio-cookie-consent') as HTMLElement & { rejectAll(): void }).rejectAll();
      await waitFor(() => held().length === 2);
      expect(held().map((h) => h.nextElementSibling), mode).to.deep.equal([win.cardFrame, later]);
      page.remove();
      clearAllCookies();
    }
    // A card rendered after the placeholders came: its root, new to the core then, is looked into at the next look.
    const page = await frame('/test/fixtures/embeds.html?card=closed');
    const win = page.contentWindow as unknown as { cardRoot: ShadowRoot };
    await waitFor(() => placeholders(page).length === 1 && !!win.cardRoot.querySelector('[data-consent-placeholder]'), 5000);
    page.contentDocument!.body.append(page.contentDocument!.createElement('video-card'));
    await waitFor(() => !!win.cardRoot.querySelector('[data-consent-placeholder]'), 2500).catch(() =>
      expect(win.cardRoot.querySelector('[data-consent-placeholder]'), 'a card rendered later').to.exist,
    );
  });

  // A core of the build before (a browser's cached copy, where the server answers its old address
  // with the new files) hands the deferred file no writer: the placeholder offers "Load once" alone,
  // not an "Always allow" that throws when pressed.
  it('offers "Always allow" only where the deferred file was handed the decision\'s writer', async () => {
    for (const [writer, expected] of [
      [loadWriter, ['Load once', 'Always allow']],
      [undefined, ['Load once']],
    ] as const) {
      const video = document.createElement('iframe');
      video.title = 'Video';
      video.dataset.consentCategory = 'analytical';
      video.dataset.src = 'https://other.example.test/__embed?id=skew';
      document.body.append(video);
      placeEmbeds(window, { roots: () => [document], activate, writer });
      const holder = document.querySelector<HTMLElement>('[data-consent-placeholder]')!;
      expect(buttons(holder).map((b) => b.textContent), writer ? 'handed a writer' : 'handed none').to.deep.equal(expected);
      holder.remove();
      video.remove();
    }
  });

  // A core of an earlier build (a browser's cached copy, beside the new files) hands the deferred
  // file no loader: its frames stay held, without a placeholder, and the watchers run all the same.
  // In a frame of its own: the test page's core places placeholders for its own frames.
  it('a deferred file handed no loader by the core leaves a held frame held, and watches all the same', async () => {
    const page = await frame('/test/fixtures/blank.html');
    const doc = page.contentDocument!;
    const video = doc.createElement('iframe');
    video.dataset.consentCategory = 'analytical';
    video.dataset.src = 'https://other.example.test/__embed?id=no-loader';
    doc.body.append(video);
    const looks: boolean[] = [];
    watch(page.contentWindow!, {}, { look: (soon) => looks.push(soon), online: () => {}, roots: () => [] });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(looks, 'the first look, then the one-second one').to.deep.equal([true, false]);
    expect(video.hasAttribute('src')).to.equal(false);
  });

  // A pack that threw as it started (something on the page it did not expect) did not fail to come:
  // started again, it would place its frames a second time.
  it('an embeds\' pack that threw as it started is not started again', async () => {
    const page = await frame('/test/fixtures/blank.html');
    const win = page.contentWindow!;
    const video = win.document.createElement('iframe');
    video.dataset.consentCategory = 'analytical';
    video.dataset.src = 'https://other.example.test/__embed?id=throws';
    win.document.body.append(video);
    let starts = 0;
    const placeEmbeds = () => {
      throw new Error(`a pack that throws (${++starts})`);
    };
    const waits = shortenWaits(win);
    const beside = ((name: string) => (name === 'embeds' ? Promise.resolve({ placeEmbeds }) : loadBeside('ui'))) as typeof loadBeside;
    watch(win, {}, { look: () => {}, online: () => {}, roots: () => [], beside });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(waits, 'no new attempt scheduled').to.deep.equal([]);
    expect(starts).to.equal(1);
  });

  it('the placeholder passes axe (WCAG 2.2 AA), with buttons of a reachable size', async () => {
    const video = document.createElement('iframe');
    video.title = 'Video';
    video.dataset.consentCategory = 'marketing';
    video.dataset.src = 'https://other.example.test/__embed?id=axe';
    document.body.append(video);
    placeEmbeds(window, { roots: () => [document], activate, writer: loadWriter });
    const holder = document.querySelector<HTMLElement>('[data-consent-placeholder]')!;
    expect(holder).to.exist;
    expect(await axeViolations(holder)).to.deep.equal([]);
    // Every button at least 24 px square (WCAG 2.5.8).
    for (const b of buttons(holder)) expect(b.getBoundingClientRect().height).to.be.at.least(24);
    holder.remove();
    video.remove();
  });
});
