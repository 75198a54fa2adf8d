/**
 * In the drop-in the interface file beside this one carries the decision's writer and exports it:
 * what decides outside the interface takes it from there (the same module the core loads), rather
 * than carrying a second js-cookie.
 */
import { BUILD } from '../build.js';
import type { RecordStore } from './store.js';

export const loadRecordStore = (): Promise<RecordStore> =>
  import(/* @vite-ignore */ new URL(`creatio-cookie-consent.ui.js${BUILD}`, import.meta.url).href).then((module: { recordStore: RecordStore }) => module.recordStore);
