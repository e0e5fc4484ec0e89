/** One changed field of a saved entity, as the host records it (docs/audit.md: `AuditChanges`). */
export interface FieldChange {
  field: string;
  /** Any JSON value; null when the entity was added (before) or deleted (after); "***" for personal data and secrets. */
  before: unknown;
  after: unknown;
}

export type AuditDetails =
  | { kind: 'none' }
  /** A saved change: one row per field. */
  | { kind: 'changes'; changes: FieldChange[] }
  /** Other JSON: shown indented. */
  | { kind: 'json'; text: string }
  /** Not JSON (an export's query string): shown as it is. */
  | { kind: 'text'; text: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isChangeList(value: unknown): value is FieldChange[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => isRecord(item) && typeof item.field === 'string' && ('before' in item || 'after' in item))
  );
}

/** What a record's `details` text holds: a list of field changes, other JSON, or plain text. */
export function parseAuditDetails(details: string | null | undefined): AuditDetails {
  if (details == null || details.trim() === '') return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return { kind: 'text', text: details };
  }
  if (isChangeList(parsed)) {
    return { kind: 'changes', changes: parsed.map(({ field, before, after }) => ({ field, before, after })) };
  }
  if (typeof parsed === 'object' && parsed !== null) return { kind: 'json', text: JSON.stringify(parsed, null, 2) };
  return { kind: 'text', text: details };
}

/** A before/after value as text: strings as they are, anything else as JSON; undefined/null as null. */
export function changeValueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
