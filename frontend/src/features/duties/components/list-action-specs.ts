import type { ActionSpecs } from '@/lib/workflow/action-spec';
import type { ListBarAction, ListTransition, ResponsibilityList } from '../api/list-types';

export interface ListActionValues {
  comment?: string;
  docNumber?: string;
}

/** Actions whose comment is the reason the workflow requires (§2.3: return and revise need one). */
export const reasonRequired: ReadonlySet<ListBarAction> = new Set(['RETURN', 'REVISE']);

/**
 * Every list action's form fields and tone, in one map read by the shared action bar and dialog; button order is
 * `listActions`. Publishing asks for the 文号; signing is an electronic signature by the signed-in person.
 */
export const listActionSpecs: ActionSpecs<ListBarAction, ResponsibilityList, ListActionValues> = {
  SUBMIT: { fields: ['comment'], tone: 'primary' },
  PUBLISH: { fields: ['docNumber', 'comment'], tone: 'primary', initial: (l) => ({ docNumber: l.docNumber ?? undefined }) },
  SIGN: { fields: ['comment'], tone: 'primary' },
  RETURN: { fields: ['comment'], tone: 'danger' },
  REVISE: { fields: ['comment'] },
  ARCHIVE: { fields: ['comment'] },
  DISCARD: { fields: ['comment'], tone: 'danger' },
};

export function toListTransition(action: ListBarAction, values: ListActionValues): ListTransition {
  const comment = values.comment?.trim() || null;
  return {
    action,
    comment,
    docNumber: action === 'PUBLISH' ? (values.docNumber?.trim() ?? null) : null,
    method: action === 'SIGN' ? 'E_SIGN' : undefined,
    scanHash: null,
  };
}
