// The schema, as an append-only list of steps (each a list of statements): a change is a new
// step, never an edit of an applied one.
export const MIGRATIONS = [
  [
    `CREATE TABLE consent_receipts (
    id bigserial PRIMARY KEY,
    receipt_key text NOT NULL UNIQUE,
    consent_id text NOT NULL,
    revision integer NOT NULL,
    consent_created_at timestamptz NOT NULL,
    consent_updated_at timestamptz NOT NULL,
    categories jsonb NOT NULL,
    cause text NOT NULL,
    refused_cookies jsonb NOT NULL,
    page text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    browser text,
    ip text
  )`,
    'CREATE INDEX consent_receipts_by_consent ON consent_receipts (consent_id, received_at)',
    'CREATE INDEX consent_receipts_by_time ON consent_receipts (received_at)',
  ],
];
