import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });
const minify = (preamble) => terser({ ecma: 2022, compress: { passes: 3, pure_getters: true }, format: { comments: false, preamble } });

/**
 * V8's explicit compile hint (Chrome 136+): every function in the file is compiled on the thread
 * that streams the script in, not on the main thread when first called. Nearly all of the drop-in
 * runs on every page load (lit-html, the runtime, the banner's render), and compiling it lazily was
 * about 30% of its main-thread script time at 4x throttling (script 60.7 → 43.0 ms, all main-thread
 * tasks 410 → 361 ms, medians of 20 paired loads). It must be the file's first line; other
 * browsers read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The drop-in loads its packs (languages, the preferences' additions) from files beside it, not as bundler chunks. */
const dropInPacks = {
  name: 'drop-in-packs',
  resolveId: (id, importer) => (/\/packs\.js$/.test(id) && importer?.includes('/src/') ? fileURLToPath(new URL('src/packs.drop-in.ts', import.meta.url)) : null),
};
/** Every language file but English, which is inside the drop-in. */
export const LANGUAGE_PACKS = readdirSync(new URL('src/i18n/', import.meta.url))
  .map((file) => /^([a-z]{2})\.ts$/.exec(file)?.[1])
  .filter((lang) => lang && lang !== 'en');

export default [
  {
    // The drop-in: one classic script with Lit and js-cookie inside. An IIFE, never UMD: Creatio
    // pages run RequireJS, and an anonymous define() from a plain <script> breaks them.
    input: 'src/creatio-cookie-consent.ts',
    // Template and CSS whitespace is paid on every page view: minified before terser sees it.
    plugins: [dropInPacks, nodeResolve({ browser: true }), ts(), minifyHTML()],
    output: { file: 'dist/creatio-cookie-consent.js', format: 'iife', plugins: [minify(COMPILE_HINT)] },
  },
  {
    // Its packs, `creatio-cookie-consent.<name>.js`: a language each (a module holding one
    // string), and what the preferences add: the cookie lists with Creatio's table, the dialog's styles.
    input: { ...Object.fromEntries(LANGUAGE_PACKS.map((lang) => [lang, `src/i18n/${lang}.ts`])), preferences: 'src/element/preferences-pack.ts' },
    plugins: [ts(), minifyHTML()],
    output: { dir: 'dist', format: 'es', entryFileNames: 'creatio-cookie-consent.[name].js', plugins: [minify()] },
  },
  {
    // For bundlers: ES modules with Lit and js-cookie left as imports, so an app ships them once.
    input: { index: 'src/index.ts', 'creatio-cookie-consent': 'src/creatio-cookie-consent.ts' },
    external: [/^lit(\/|$)/, /^js-cookie$/],
    plugins: [ts()],
    output: { dir: 'dist/esm', format: 'es', chunkFileNames: '[name].js' },
  },
];
