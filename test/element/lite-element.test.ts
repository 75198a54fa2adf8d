import { expect } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { LiteElement, type PropertyOptions } from '../../src/element/lite-element.js';

let defined = 0;
/** A fresh element class and tag for each test, so upgrade order can be chosen. */
function makeElement() {
  const tag = `lite-test-${++defined}`;
  class TestElement extends LiteElement {
    static override properties: Record<string, PropertyOptions> = {
      label: {},
      camelName: { attribute: 'camel-name' },
      flag: { type: Boolean, reflect: true },
      mode: { reflect: true },
      data: { attribute: false },
    };
    static override styles = ':host { display: block; color: rgb(1, 2, 3); }';
    declare label: string | null;
    declare camelName: string | null;
    declare flag: boolean;
    declare mode: string;
    declare data: unknown;
    renders = 0;
    seen: Set<string>[] = [];
    constructor() {
      super();
      this.mode = 'auto';
    }
    protected override willUpdate(changed: Set<string>): void {
      this.seen.push(changed);
    }
    protected override render() {
      this.renders++;
      return html`<p>${this.label}|${this.camelName}|${this.flag}|${this.mode}</p>`;
    }
  }
  return { tag, TestElement, define: () => customElements.define(tag, TestElement) };
}
const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LiteElement (the element base)', () => {
  afterEach(() => document.querySelectorAll('[data-lite]').forEach((e) => e.remove()));
  const mount = (el: HTMLElement) => (el.setAttribute('data-lite', ''), document.body.append(el), el);

  it('takes attributes into properties, Boolean by presence, and removal back to null / false', async () => {
    const { tag, define } = makeElement();
    define();
    const el = mount(document.createElement(tag)) as LiteElement & Record<string, unknown>;
    el.setAttribute('label', 'a');
    el.setAttribute('camel-name', 'b');
    el.setAttribute('flag', '');
    await el.updateComplete;
    expect(text(el)).to.equal('a|b|true|auto');
    el.removeAttribute('label');
    el.removeAttribute('flag');
    await el.updateComplete;
    expect([el.label, el.flag]).to.deep.equal([null, false]);
    expect(text(el)).to.equal('|b|false|auto');
  });

  it('reflects only the properties that ask to, at render time', async () => {
    const { tag, define } = makeElement();
    define();
    const el = mount(document.createElement(tag)) as LiteElement & Record<string, unknown>;
    await el.updateComplete;
    expect(el.getAttribute('mode'), 'the default reflected on the first render').to.equal('auto');
    el.flag = true;
    el.mode = 'dark';
    el.label = 'not reflected';
    await el.updateComplete;
    expect([el.getAttribute('flag'), el.getAttribute('mode'), el.hasAttribute('label')]).to.deep.equal(['', 'dark', false]);
    el.flag = false;
    await el.updateComplete;
    expect(el.hasAttribute('flag')).to.equal(false);
  });

  it('batches the changes of one task into one render and reports what changed', async () => {
    const { tag, define } = makeElement();
    define();
    const el = mount(document.createElement(tag)) as InstanceType<ReturnType<typeof makeElement>['TestElement']>;
    await el.updateComplete;
    const before = el.renders;
    el.label = 'x';
    el.camelName = 'y';
    el.label = 'z';
    el.data = { any: 'object' };
    await el.updateComplete;
    expect(el.renders - before).to.equal(1);
    expect([...el.seen.at(-1)!].sort()).to.deep.equal(['camelName', 'data', 'label']);
    el.label = 'z';
    await el.updateComplete;
    expect(el.renders - before, 'setting the same value renders nothing').to.equal(1);
  });

  it('keeps properties a page set before the upgrade, over the constructor defaults', async () => {
    const { tag, define } = makeElement();
    const el = mount(document.createElement(tag)) as HTMLElement & Record<string, unknown>;
    el.mode = 'light';
    el.label = 'early';
    define();
    await (el as unknown as LiteElement).updateComplete;
    expect(text(el)).to.equal('early|||light');
    expect(Object.hasOwn(el, 'label'), 'no own property left in front of the accessor').to.equal(false);
  });

  it('renders nothing while disconnected, and catches up when connected', async () => {
    const { tag, define } = makeElement();
    define();
    const el = document.createElement(tag) as InstanceType<ReturnType<typeof makeElement>['TestElement']>;
    el.label = 'offline';
    await el.updateComplete;
    expect(el.renders).to.equal(0);
    mount(el);
    await el.updateComplete;
    expect(el.renders).to.equal(1);
    expect(text(el)).to.equal('offline|||auto');
  });

  it('adopts one shared style sheet (no inline style, so a strict CSP allows it)', async () => {
    const { tag, define } = makeElement();
    define();
    const [a, b] = [mount(document.createElement(tag)), mount(document.createElement(tag))] as LiteElement[];
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(a.shadowRoot!.adoptedStyleSheets).to.have.length(1);
    expect(a.shadowRoot!.adoptedStyleSheets[0]).to.equal(b.shadowRoot!.adoptedStyleSheets[0]);
    expect(a.shadowRoot!.querySelector('style')).to.equal(null);
    expect(getComputedStyle(a).color).to.equal('rgb(1, 2, 3)');
  });
});
