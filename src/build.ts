/**
 * The address under which the drop-in's files ask for each other (`?v=` and a hash of every file the
 * build wrote), set by the build (rollup.config.mjs). A browser may hold a file of the build before
 * an upgrade (a server's caching, or the lifetime a browser gives a file served without
 * `Cache-Control`), which the new core cannot use: under the build's own address it is not asked
 * for. Empty where a bundler loads the files.
 */
export const BUILD = '';
