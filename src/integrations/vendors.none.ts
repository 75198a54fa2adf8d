/** The plain drop-in's stand-in for ./vendors.ts (see ../consent/vendors.none.ts). */
export const vendorSignals: typeof import('./vendors.js').vendorSignals | null = null;
