import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

export default [
  {
    // The drop-in: one classic script with Lit and js-cookie inside. An IIFE, never UMD: Creatio
    // pages run RequireJS, and an anonymous define() from a plain <script> breaks them.
    input: 'src/creatio-cookie-consent.ts',
    // Template and CSS whitespace is paid on every page view: minified before terser sees it.
    plugins: [nodeResolve({ browser: true }), ts(), minifyHTML()],
    output: {
      file: 'dist/creatio-cookie-consent.js',
      format: 'iife',
      plugins: [terser({ ecma: 2022, compress: { passes: 3, pure_getters: true }, format: { comments: false } })],
    },
  },
  {
    // For bundlers: ES modules with Lit and js-cookie left as imports, so an app ships them once.
    input: { index: 'src/index.ts', 'creatio-cookie-consent': 'src/creatio-cookie-consent.ts' },
    external: [/^lit(\/|$)/, /^js-cookie$/],
    plugins: [ts()],
    output: { dir: 'dist/esm', format: 'es', chunkFileNames: '[name].js' },
  },
];
