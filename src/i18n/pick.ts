/**
 * Choosing a language, apart from any texts, so that whatever has its own texts (the interface, the
 * embeds' placeholders) chooses the same way without loading the others' packs.
 */

/**
 * The tags a page asks for, first first: an element's `lang`, the Creatio user's culture
 * (`Terrasoft.currentUserCultureName`), the page's `<html lang>`. The culture only as a string:
 * where Creatio has not defined `Terrasoft`, links a visitor posted (`id="Terrasoft"`, one named
 * `currentUserCultureName`) make one, whose culture would read as a link's address.
 */
export const pageLanguages = (win: Window, lang: string | null | undefined): (string | null | undefined)[] => {
  const culture = (win as unknown as { Terrasoft?: { currentUserCultureName?: unknown } }).Terrasoft?.currentUserCultureName;
  return [lang, typeof culture == 'string' ? culture : null, win.document.documentElement.lang];
};

/**
 * The first of `wanted` ("de-DE", "pt-BR", ...) whose primary subtag `has` texts for, else the
 * `fallback` list's first, else English. The fallback is a function because reading
 * `navigator.languages` is not free on a page load, and a page's `lang` usually decides first.
 */
export function pickFrom(has: (lang: string) => boolean, wanted: readonly (string | null | undefined)[], fallback?: () => readonly string[]): string {
  const match = (list: readonly (string | null | undefined)[]) => list.map((tag) => String(tag ?? '').toLowerCase().split(/[-_]/)[0]).find(has);
  return match(wanted) ?? match(fallback?.() ?? []) ?? 'en';
}

const RTL = /^(ar|he|fa|ur)\b/;

export const isRtl = (lang: string): boolean => RTL.test(lang);
