import type { Categories } from './consent/categories.js';
import type { ChangeCause } from './consent/policy.js';
import type { ConsentRecord } from './consent/record.js';

export interface ConsentReadyDetail {
  /** Whether the visitor has a valid decision; `false` means the banner asks. */
  decided: boolean;
  /** The current state: with no decision, every optional category is `false`. */
  categories: Categories;
  /** The stored record, `null` when there is no valid decision. */
  consent: ConsentRecord | null;
}

export interface ConsentChangeDetail extends ConsentReadyDetail {
  /** The categories whose value changed. */
  changed: string[];
  /**
   * What caused it: `accept-all`, `reject-all`, `save`, `api`, `other-tab`, `reset`, `config` (the
   * page's configuration changed), `embed` (an embed's "Always allow") or `expired` (the decision
   * reached `expires-days` while the page was open).
   */
  cause: ChangeCause;
  /** Refused cookies that were visible and are now deleted. */
  cleared: string[];
  /** Refused cookies still visible after clearing (set on a path or domain this page cannot reach). */
  remaining: string[];
}

/** Fired once per element after the stored decision was read. Bubbles and crosses shadow roots. */
export class ConsentReadyEvent extends CustomEvent<ConsentReadyDetail> {
  constructor(detail: ConsentReadyDetail) {
    super('creatio-consent-ready', { detail, bubbles: true, composed: true });
  }
}

/** Fired every time the decision changes, in this tab or another. Bubbles and crosses shadow roots. */
export class ConsentChangeEvent extends CustomEvent<ConsentChangeDetail> {
  constructor(detail: ConsentChangeDetail) {
    super('creatio-consent-change', { detail, bubbles: true, composed: true });
  }
}

/** What a runtime's subscribers hear: the page's ready and change events as they happen, or nothing for a quiet update. */
export type Listener = (event?: ConsentReadyEvent | ConsentChangeEvent) => void;

declare global {
  interface GlobalEventHandlersEventMap {
    'creatio-consent-ready': ConsentReadyEvent;
    'creatio-consent-change': ConsentChangeEvent;
  }
}
