import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });
// terser's hoist_funs takes 26 B off the core, but a first visit's script time measured higher
// with it in each of three runs of 24 paired loads (docs/performance.md): not used.
const minify = (preamble) => terser({ ecma: 2022, compress: { passes: 3, pure_getters: true }, format: { comments: false, preamble } });

/**
 * V8's explicit compile hint (Chrome 136+): every function in the file is compiled on the thread
 * that streams the script in, not on the main thread when first called. Nearly all of each file
 * runs on the page loads that load it (the runtime; lit-html and the banner's render), so compiling
 * it lazily only moves that work onto the main thread (the README's performance section has what
 * it measured). It must be the file's first line; other browsers read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * The drop-in's files ask for each other under the build's own address (src/build.ts says why): a
 * mark while each is built, then, once all are written, a hash of them all, so the address changes
 * when a file does, and only then.
 */
export const MARK = '?v=000000';
const buildAddress = {
  name: 'build-address',
  load: (id) => (id === fileURLToPath(new URL('src/build.ts', import.meta.url)) ? `export const BUILD = ${JSON.stringify(MARK)};` : null),
  // What rollup writes itself: the imports of the packs and between the deferred file and its own pack.
  renderChunk: (code) => code.replace(/(["'])(\.\/creatio-cookie-consent\.\w+\.js)\1/g, `$1$2${MARK}$1`),
};
/** After the last build: the mark in every file replaced by the hash. */
const addressed = {
  name: 'addressed',
  writeBundle() {
    const files = readdirSync('dist').filter((f) => /^creatio-cookie-consent[.\w]*\.js$/.test(f)).sort().map((f) => join('dist', f));
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${file}\0${readFileSync(file)}\0`);
    const address = `?v=${hash.digest('hex').slice(0, 6)}`;
    for (const file of files) writeFileSync(file, readFileSync(file, 'utf8').replaceAll(MARK, address));
  },
};

/** The core loads what it seldom needs from files beside the script, not as bundler chunks. */
const dropInLazy = {
  name: 'drop-in-lazy',
  resolveId: (id, importer) => (/\/lazy\.js$/.test(id) && importer?.includes('/src/') ? fileURLToPath(new URL('src/lazy.drop-in.ts', import.meta.url)) : null),
};

/** The plain drop-in leaves the vendors out (each `vendors.ts` beside its `vendors.none.ts`); the `.vendors.js` one has them. */
const noVendors = {
  name: 'no-vendors',
  resolveId: (id, importer) => (/\/vendors\.js$/.test(id) && importer?.includes('/src/') ? resolve(dirname(importer), id.replace(/\.js$/, '.none.ts')) : null),
};

/** The interface file takes the runtime the core started, instead of carrying a second copy of it. */
const sharedCore = {
  name: 'shared-core',
  resolveId: (id, importer) => (/\/core\.js$/.test(id) && importer?.includes('/src/') ? fileURLToPath(new URL('src/core.interface.ts', import.meta.url)) : null),
};

/**
 * Lit adds `Symbol.metadata` to `Symbol` as its module is evaluated, for decorators. A page hardened
 * with SES's `lockdown()` (wallet pages, LavaMoat) has frozen `Symbol` before the interface comes,
 * so that assignment threw and the interface never loaded: no banner, no preferences. The element
 * uses no decorators; the assignment is made only where `Symbol` takes it. The build fails if Lit's
 * line changes, rather than ship the interface unguarded.
 */
const litUnderLockdown = {
  name: 'lit-under-lockdown',
  transform(code, id) {
    if (!/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/.test(id)) return null;
    const line = 'Symbol.metadata??=Symbol("metadata")';
    if (!code.includes(line)) this.error(`${id}: Lit no longer adds Symbol.metadata as this build expects`);
    return { code: code.replace(line, `Object.isExtensible(Symbol)&&(${line})`), map: null };
  },
};

/**
 * A pack the interface asks for again after a failure comes under an address of its own (Firefox
 * keeps a module's failure for the document's life): the fragment each import in src/packs.ts is
 * handed, added to the file's address. The build fails if an import no longer takes it.
 */
const packAgain = {
  name: 'pack-again',
  renderDynamicImport: () => ({ left: 'import(', right: ' + _again)' }),
  renderChunk(code, chunk) {
    const imports = code.match(/\bimport\(/g)?.length;
    if (chunk.name === 'ui' && imports !== code.match(/\(_again\) => import\(\S+ \+ _again\)/g)?.length)
      this.error('src/packs.ts: a pack is no longer imported as this build expects');
    return null;
  },
};

export default [
  {
    // The drop-in: the protection core, one classic script. An IIFE, never UMD: Creatio pages run
    // RequireJS, and an anonymous define() from a plain <script> breaks them.
    input: 'src/drop-in.ts',
    plugins: [buildAddress, noVendors, dropInLazy, nodeResolve({ browser: true }), ts()],
    output: { file: 'dist/creatio-cookie-consent.js', format: 'iife', plugins: [minify(COMPILE_HINT)] },
  },
  {
    // The interface beside it (`creatio-cookie-consent.ui.js`: Lit, the element, its styles,
    // English), loaded by the core when the page needs it, and its own packs
    // (`creatio-cookie-consent.<name>.js`): a language each, and what the preferences add.
    input: { ui: 'src/interface.ts' },
    // Template and CSS whitespace is paid on every page that shows the interface: minified first.
    plugins: [buildAddress, sharedCore, litUnderLockdown, packAgain, nodeResolve({ browser: true }), ts(), minifyHTML()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'creatio-cookie-consent.[name].js',
      chunkFileNames: 'creatio-cookie-consent.[name].js',
      plugins: [minify(COMPILE_HINT)],
    },
  },
  {
    // What the core loads the first time it sends a receipt or runs a gated script
    // (`creatio-cookie-consent.deferred.js`), and, handed to it by the core, the embeds'
    // placeholders (`creatio-cookie-consent.embeds.js`), for pages with a held-back frame: builds
    // of their own that import nothing (src/lazy.drop-in.ts says why).
    input: { deferred: 'src/deferred.ts' },
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', entryFileNames: 'creatio-cookie-consent.[name].js', plugins: [minify()] },
  },
  {
    input: { embeds: 'src/integrations/embeds.ts' },
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', entryFileNames: 'creatio-cookie-consent.[name].js', plugins: [minify()] },
  },
  {
    // For bundlers: ES modules with Lit (@lit/reactive-element, lit-html) and js-cookie left as imports,
    // so an app ships them once.
    input: { index: 'src/index.ts', 'creatio-cookie-consent': 'src/creatio-cookie-consent.ts' },
    external: [/^@lit\/reactive-element(\/|$)/, /^lit-html(\/|$)/, /^js-cookie$/],
    plugins: [ts()],
    output: { dir: 'dist/esm', format: 'es', chunkFileNames: '[name].js' },
  },
  {
    // The same core with the vendors' consent APIs (`data-integrations`), for the pages that name
    // them (`creatio-cookie-consent.vendors.js`): it loads the same interface and packs from beside
    // itself. Last: bench/bytes.mjs takes the others by position, and once it is written every file
    // of the drop-in is there to be addressed.
    input: 'src/drop-in.ts',
    plugins: [buildAddress, dropInLazy, nodeResolve({ browser: true }), ts(), addressed],
    output: { file: 'dist/creatio-cookie-consent.vendors.js', format: 'iife', plugins: [minify(COMPILE_HINT)] },
  },
];
