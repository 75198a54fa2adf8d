/**
 * For the embeds' placeholders (./embeds.ts), in their pack: hides the frame and gives `style` (the
 * placeholder's) the box the page gives the frame, through the CSSOM, which a strict `style-src`
 * allows. Hidden, the frame's computed values are what its CSS and attributes say, not pixels:
 * `50%`, `auto` margins, an aspect-ratio, a grid area, a flex share, a float, its place over a box
 * that keeps 16:9 (WordPress's embed block, Bootstrap's embed-responsive). So the placeholder
 * follows the page's layout at any width, and a frame in a tab or an accordion closed as the page
 * loads (no box to measure) gets its size as well. Returns what shows the frame again (as the page
 * last said), what takes its box again once it is shown (a breakpoint of the page's, or of its
 * container's, gives it another), and what takes in a display or `hidden` the page's script set on
 * the frame since.
 */
export function takeBox(win: Window, frame: HTMLIFrameElement, style: CSSStyleDeclaration): [show: () => void, fit: () => void, heed: (hidden: boolean) => void] {
  const own = frame.style;
  const display = () => [own.getPropertyValue('display'), own.getPropertyPriority('display')] as const;
  // What the page says of the frame's display and `hidden`, as it was or as its script set it since.
  let was = display();
  let hidden = frame.hidden;
  const laid = win.getComputedStyle(frame);
  const fit = () => {
    // Frames are inline by default: one a paragraph's text-align centres stays centred.
    const inline = laid.display == 'inline';
    style.display = inline ? 'inline-grid' : '';
    style.verticalAlign = inline ? 'top' : '';
    // `hidden` alone loses to the page's `display` for frames (Tailwind's reset, a ratio's
    // `display: block`): the empty frame kept its room below the placeholder.
    own.setProperty('display', 'none', 'important');
    frame.hidden = true;
    for (const name of ['position', 'inset', 'margin', 'float', 'flex', 'gridArea', 'order', 'alignSelf', 'justifySelf', 'aspectRatio'] as const) style[name] = laid[name];
    // Never wider than its container (not `max-width`, under which WebKit lets the text spill out of
    // a ratio's box); its height a floor its text may pass, unless a ratio sets it. An iframe's
    // default size where nothing sets one. Laid over a box, the text scrolls in it if it must.
    // Its own `max-width` and `min-width` folded in (iframe-resizer's `width: 1px; min-width: 100%`).
    const width = `min(${laid.width == 'auto' ? '300px' : laid.width}, ${laid.maxWidth == 'none' ? '' : `${laid.maxWidth}, `}100%)`;
    style.width = /^(auto|0px)$/.test(laid.minWidth) ? width : `max(${laid.minWidth}, ${width})`;
    style.minHeight = laid.aspectRatio != 'auto' ? '' : laid.height == 'auto' ? '150px' : laid.height;
    style.overflow = /absolute|fixed/.test(laid.position) ? 'auto' : '';
  };
  fit();
  return [
    () => {
      frame.hidden = hidden;
      own.setProperty('display', ...was);
    },
    fit,
    // `hidden`: the page set the attribute (to what it is now: ours is never told here). A display
    // other than ours is the page's.
    (touched) => {
      if (display().join() != 'none,important') was = display();
      if (touched) hidden = frame.hidden;
    },
  ];
}
