import type { FieldError } from '@/lib/problem';

/**
 * How a workflow resource's screens treat one of its actions (hazards today; lists, drills and assessments next):
 * one map per resource, `Record<Action, ActionSpec>`, read by the shared action bar and action dialog.
 * The action's label is the contract enum's (`label.enum.<Action enum>.<action>`).
 */
export interface ActionSpec<R, V> {
  /** The form's fields as dotted paths; a server field error naming one of them is shown beside it. */
  fields: readonly string[];
  /** The usual next step is primary; an action that undoes or refuses is danger. */
  tone?: 'primary' | 'danger';
  /** What the form starts with, taken from the record (absent: an empty form). */
  initial?: (record: R) => V;
}

export type ActionSpecs<A extends string, R, V> = Readonly<Record<A, ActionSpec<R, V>>>;

/**
 * Places a problem's field errors beside the form's fields: the server names a body path (`/fiveMusts/funds`,
 * `attachmentIds[0]`), the form a dotted field (`fiveMusts.funds`); `aliases` maps body names the form calls
 * otherwise. What matches no field is returned to be shown above the form.
 */
export function placeFieldErrors(
  fields: readonly string[],
  errors: readonly FieldError[],
  aliases: Readonly<Record<string, string>> = {},
) {
  const placed = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const path = error.field.replace(/\[\d*\]/g, '').replace(/^\//, '').replace(/\//g, '.');
    const normalized = aliases[path] ?? path;
    const field = fields.find((f) => normalized === f || normalized.endsWith(`.${f}`));
    if (field) placed.set(field, [...(placed.get(field) ?? []), error.message]);
    else unmatched.push(error);
  }
  return { placed, unmatched };
}
