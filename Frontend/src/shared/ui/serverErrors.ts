import type { FormInstance } from 'antd';
import { ApiError, type ProblemDetails } from '../api/problem';

type NamePath = (string | number)[];

/** `codes[1]` → ['codes', 1]; `address.line1` → ['address', 'line1']. */
export function toNamePath(field: string): NamePath {
  return field
    .split(/\.|\[|\]/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const samePath = (a: NamePath, b: NamePath) => a.length === b.length && a.every((part, i) => part === b[i]);

export interface UnplacedError {
  field: string;
  messages: string[];
}

/**
 * Puts each message of a 400's `errors` map on the Form.Item of that field (the server names fields
 * as the JSON body does, camelCase). A field the form has no item for (`languages[2]` on a tags
 * select) falls back to its top-level name; what still has no item is returned, for an alert.
 */
export function placeFieldErrors(form: FormInstance, errors: Record<string, string[]>): UnplacedError[] {
  const registered = form.getFieldsError().map((field) => field.name as NamePath);
  const byPath = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: UnplacedError[] = [];

  for (const [field, messages] of Object.entries(errors)) {
    const path = toNamePath(field);
    const target =
      registered.find((name) => samePath(name, path)) ??
      registered.find((name) => path.length > 0 && samePath(name, path.slice(0, 1)));
    if (!target) {
      unplaced.push({ field, messages });
      continue;
    }
    const key = JSON.stringify(target);
    const entry = byPath.get(key) ?? { name: target, errors: [] };
    entry.errors.push(...messages);
    byPath.set(key, entry);
  }

  form.setFields([...byPath.values()]);
  return unplaced;
}

/** What a failed submission means for the form around it. */
export type SubmitProblem =
  | { kind: 'fields'; problem: ProblemDetails; unplaced: UnplacedError[] }
  | { kind: 'conflict'; problem: ProblemDetails }
  | { kind: 'stale'; problem: ProblemDetails }
  | { kind: 'other'; error: unknown };

/**
 * Sorts a submission's error: 400 → field errors placed on the form; 409 → the problem's words;
 * 412 → somebody else changed the record; anything else (428 is a bug here: the SPA always sends
 * If-Match) is reported as it is.
 */
export function classifySubmitError(error: unknown, form?: FormInstance): SubmitProblem {
  if (error instanceof ApiError) {
    const { problem } = error;
    if (problem.status === 400 && problem.errors) {
      const unplaced = form ? placeFieldErrors(form, problem.errors) : Object.entries(problem.errors).map(([field, messages]) => ({ field, messages }));
      return { kind: 'fields', problem, unplaced };
    }
    if (problem.status === 409) return { kind: 'conflict', problem };
    if (problem.status === 412) return { kind: 'stale', problem };
    if (problem.status === 428) {
      // The SPA sends If-Match with every update: a 428 means a bug in this code, not a user error.
      console.error('The server asked for If-Match, which the SPA should always send.', problem);
    }
  }
  return { kind: 'other', error };
}
