/**
 * How a workflow resource's screens treat one of its actions (hazards today; lists, drills and assessments next):
 * one map per resource, `Record<Action, ActionSpec>`, read by the shared action bar and by the resource's dialog.
 */
export interface ActionSpec {
  /** The form's fields as dotted paths; a server field error naming one of them is shown beside it. */
  fields: readonly string[];
  /** The usual next step is primary; an action that undoes or refuses is danger. */
  tone?: 'primary' | 'danger';
}

export type ActionSpecs<A extends string> = Readonly<Record<A, ActionSpec>>;
