import { expect, html } from '@open-wc/testing';
import { PREFERENCES_TEXTS } from '../../src/i18n/en-preferences.js';
import { LANGUAGES, TEXT_KEYS, loadLanguage, pickLanguage, readyLanguage, textsFor } from '../../src/i18n/index.js';
import { LANGUAGE_PACKS as PACKS } from '../../src/packs.js';
import { byName, clearAllCookies, freshElement } from '../support/helpers.js';

describe('languages', () => {
  beforeEach(clearAllCookies);
  afterEach(() => {
    delete (window as unknown as { Terrasoft?: unknown }).Terrasoft;
    document.documentElement.lang = 'en';
    delete (navigator as unknown as { languages?: unknown }).languages;
  });

  it('ships en, de, fr, es, it, nl, pt, pl, uk and ar, each complete', async () => {
    expect(LANGUAGES).to.have.members(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'uk', 'ar']);
    for (const lang of LANGUAGES) {
      // English's preferences-only texts come with the preferences' pack; every other language has them in its own.
      const texts = lang === 'en' ? { ...textsFor('en'), ...PREFERENCES_TEXTS } : (await PACKS[lang]()).default;
      const keys = [...TEXT_KEYS, ...Object.keys(PREFERENCES_TEXTS)];
      // Keyed, not positional: every key, and nothing else but the cookies' purposes (not in English's:
      // they are in the preferences' table).
      expect(Object.keys(texts).filter((key) => key !== 'purposes'), lang).to.have.members(keys);
      for (const key of ['cookie', 'alwaysOn', 'functionalInfo']) expect(TEXT_KEYS, "the interface does not carry the preferences' texts").not.to.include(key);
      const list = keys.map((key) => texts[key]);
      expect(list.every(Boolean), `${lang} has an empty text`).to.equal(true);
      if (lang !== 'en') expect(list, `${lang} is translated`).not.to.deep.equal(keys.map((key) => ({ ...textsFor('en'), ...PREFERENCES_TEXTS })[key]));
    }
  });

  it('translates every purpose of the cookie table in every language', async () => {
    const { CATALOGUE } = await import('../../src/consent/cookie-table.js');
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      const lines = ((await PACKS[lang]()).default as Record<string, string>).purposes.split('\n');
      expect(lines.map((line) => line.split('|')[0]), lang).to.deep.equal(CATALOGUE.map((e) => e.name));
      for (const line of lines) {
        const [name, text] = line.split('|');
        expect(text, `${lang} ${name}`).to.not.equal(CATALOGUE.find((e) => e.name === name)!.purpose);
      }
    }
  });

  it('has English at once and loads another language only when asked', async () => {
    expect(readyLanguage('en')).to.equal('en');
    expect(loadLanguage('en')).to.equal(undefined);
    expect(readyLanguage('xx'), 'unknown: English').to.equal('en');
    // Not loaded by any test before this one: Italian is left for it.
    expect(readyLanguage('it'), 'not asked for yet').to.equal(undefined);
    const load = loadLanguage('it');
    expect(loadLanguage('it'), 'one load, however often asked').to.equal(load);
    await load;
    expect(readyLanguage('it')).to.equal('it');
    expect(textsFor('it').acceptAll).to.equal('Accetta tutti');
  });

  for (const [wanted, picked] of [
    [['de-DE'], 'de'],
    [['pt_BR'], 'pt'],
    [['xx', 'FR-ca'], 'fr'],
    [['zz'], 'en'],
    [[null, undefined, ''], 'en'],
    [['__proto__', 'constructor'], 'en'],
  ] as const)
    it(`picks ${picked} for ${JSON.stringify(wanted)}`, () => expect(pickLanguage(wanted)).to.equal(picked));

  it('asks for the browser\'s languages only when the page names none it knows', () => {
    let asked = 0;
    const browser = () => (asked++, ['pl-PL']);
    expect(pickLanguage(['de-AT', 'fr'], browser)).to.equal('de');
    expect(asked, 'not asked while the page decides').to.equal(0);
    expect(pickLanguage(['xx', null], browser)).to.equal('pl');
    expect(asked).to.equal(1);
    expect(pickLanguage([], () => ['zz'])).to.equal('en');
  });

  it('lets the page author override texts, as text', async () => {
    await loadLanguage('de');
    expect(textsFor('de', { acceptAll: 'OK', nope: 3, __proto__: 'x' } as never).acceptAll).to.equal('OK');
    expect(textsFor('de', null).rejectAll).to.equal('Alle ablehnen');
  });

  it("takes the page author's texts for every language, then those for the language shown", async () => {
    await loadLanguage('de');
    // `it` a string: the label of a category named so; an object: the texts of Italian.
    const own = { message: 'For all', acceptAll: 'OK', it: 'IT systems', de: { acceptAll: 'Einverstanden', rejectAll: '', nope: 3 }, en: { acceptAll: 'Sure' } };
    const de = textsFor('de', own);
    expect([de.message, de.acceptAll, de.rejectAll, de.it, de.customize]).to.deep.equal(['For all', 'Einverstanden', 'Alle ablehnen', 'IT systems', 'Anpassen']);
    expect(de.nope).to.equal(undefined);
    expect([textsFor('en', own).acceptAll, textsFor('en', own).message]).to.deep.equal(['Sure', 'For all']);
    // Only the page's own: not a language's texts a polluted prototype holds.
    expect(textsFor('de', Object.create({ de: { acceptAll: 'pwned' } })).acceptAll).to.equal('Alle akzeptieren');
  });

  for (const [lang, label] of [
    ['de', 'Einverstanden'],
    ['en', 'Sure'],
  ])
    it(`renders the page author's texts for the language it shows (${lang})`, async () => {
      const own = { de: { acceptAll: 'Einverstanden' }, en: { acceptAll: 'Sure' } };
      byName(await freshElement(html`<creatio-cookie-consent lang=${lang} .texts=${own}></creatio-cookie-consent>`), label);
    });

  it('ignores an empty text: no button or banner without words', async () => {
    await loadLanguage('de');
    const texts = textsFor('de', { acceptAll: '', rejectAll: '  ', message: '\n' });
    expect([texts.acceptAll, texts.rejectAll, texts.message]).to.deep.equal([textsFor('de').acceptAll, textsFor('de').rejectAll, textsFor('de').message]);
  });

  it('takes the lang attribute first', async () => {
    (window as unknown as { Terrasoft: unknown }).Terrasoft = { currentUserCultureName: 'fr-FR' };
    const el = await freshElement(html`<creatio-cookie-consent lang="de"></creatio-cookie-consent>`);
    byName(el, 'Alle akzeptieren');
    byName(el, 'Alle ablehnen');
    byName(el, 'Anpassen');
  });

  it('then Creatio\'s culture', async () => {
    document.documentElement.lang = 'es';
    (window as unknown as { Terrasoft: unknown }).Terrasoft = { currentUserCultureName: 'fr-FR' };
    const el = await freshElement();
    byName(el, 'Tout accepter');
  });

  it('then <html lang>', async () => {
    document.documentElement.lang = 'es';
    const el = await freshElement();
    byName(el, 'Aceptar todo');
  });

  it('then the browser\'s languages', async () => {
    document.documentElement.lang = '';
    Object.defineProperty(navigator, 'languages', { value: ['pl-PL', 'en'], configurable: true });
    const el = await freshElement();
    byName(el, 'Akceptuj wszystkie');
  });

  it('falls back to English', async () => {
    document.documentElement.lang = 'ja';
    Object.defineProperty(navigator, 'languages', { value: ['ja-JP'], configurable: true });
    const el = await freshElement();
    byName(el, 'Accept all');
  });
});
