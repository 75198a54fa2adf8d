// Generates custom-elements.json from the element's JSDoc (never written by hand).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/i18n/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists `dispatchEvent(new ConsentReadyEvent(...))` as a nameless event;
      // the named ones come from the @fires tags.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name);
      },
    },
  ],
};
