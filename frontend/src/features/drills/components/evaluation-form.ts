import type { FieldError } from '@/lib/problem';
import type {
  DrillEvaluation,
  DrillEvaluationAnswer,
  DrillEvaluationConclusion,
  DrillEvaluationInput,
  DrillEvaluationResult,
  DrillEvaluatorKind,
  EvaluationTemplateItem,
} from '../api/types';

export interface AnswerValues {
  result?: DrillEvaluationResult | null;
  score?: number | null;
  note?: string | null;
  evidence?: string | null;
}

export interface EvaluationValues {
  templateId?: string;
  team: { name?: string; org?: string | null; kind?: DrillEvaluatorKind; lead?: boolean }[];
  /** Answers by item code (the template's order is the items'). */
  answers: Record<string, AnswerValues | undefined>;
  selfAssessments: { name?: string; role?: string | null; text?: string }[];
  debrief?: string | null;
  strengths?: string | null;
  conclusion?: DrillEvaluationConclusion | null;
  signedBy?: string | null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The form's starting values: the saved evaluation, or one internal lead to fill in. */
export function toEvaluationValues(evaluation: DrillEvaluation | null, templateId: string | undefined): EvaluationValues {
  if (!evaluation) {
    return { templateId, team: [{ kind: 'INTERNAL', lead: true }], answers: {}, selfAssessments: [] };
  }
  return {
    templateId: evaluation.template.id,
    team: evaluation.team.map((m) => ({ ...m })),
    answers: Object.fromEntries(evaluation.answers.map((a) => [a.code, { result: a.result, score: a.score, note: a.note, evidence: a.evidence }])),
    selfAssessments: evaluation.selfAssessments.map((s) => ({ ...s })),
    debrief: evaluation.debrief,
    strengths: evaluation.strengths,
    conclusion: evaluation.conclusion,
    signedBy: evaluation.signedBy,
  };
}

/** One answer as the server takes it, or null while the item is not answered. */
function toAnswer(item: EvaluationTemplateItem, values: AnswerValues | undefined): DrillEvaluationAnswer | null {
  if (!values) return null;
  const note = text(values.note);
  const evidence = text(values.evidence);
  const base = { code: item.code, note, evidence };
  if (values.result === 'NA') return { ...base, result: 'NA', score: null };
  if (item.method === 'SCORED') {
    return values.score === null || values.score === undefined ? null : { ...base, result: null, score: values.score };
  }
  return values.result ? { ...base, result: values.result, score: null } : null;
}

/**
 * The body of a save: the answered items in the template's order (a draft leaves the others out), blank rows of
 * the team and the self-assessments dropped. `answerCodes[i]` is the item of `answers[i]`, to place the server's
 * field errors beside the item they name.
 */
export function toEvaluationInput(values: EvaluationValues, items: readonly EvaluationTemplateItem[], create: boolean) {
  const answers = items.flatMap((item) => {
    const answer = toAnswer(item, values.answers[item.code]);
    return answer ? [answer] : [];
  });
  const input: DrillEvaluationInput = {
    templateId: create ? (values.templateId ?? null) : null,
    team: values.team
      .filter((m) => text(m.name))
      .map((m) => ({ name: text(m.name) ?? '', org: text(m.org), kind: m.kind ?? 'INTERNAL', lead: m.lead === true })),
    answers,
    selfAssessments: values.selfAssessments
      .filter((s) => text(s.name) && text(s.text))
      .map((s) => ({ name: text(s.name) ?? '', role: text(s.role), text: text(s.text) ?? '' })),
    debrief: text(values.debrief),
    strengths: text(values.strengths),
    conclusion: values.conclusion ?? null,
    signedBy: text(values.signedBy),
  };
  return { input, answerCodes: answers.map((a) => a.code) };
}

export type EvaluationFieldName = (string | number)[];

const topFields = new Set(['templateId', 'team', 'selfAssessments', 'debrief', 'strengths', 'conclusion', 'signedBy']);

/**
 * Places a 400's field errors on the form: `answers[3].note` beside the note of the item sent fourth, `team[0].name`
 * on that member's name, `signedBy` on the signer; what names no field of the form is returned to show above it.
 */
export function placeEvaluationErrors(errors: readonly FieldError[], answerCodes: readonly string[]) {
  const placed = new Map<string, { name: EvaluationFieldName; errors: string[] }>();
  const unmatched: FieldError[] = [];
  for (const error of errors) {
    const tokens: (string | number)[] = error.field
      .split(/[./[\]]+/)
      .filter(Boolean)
      .map((token) => (/^\d+$/.test(token) ? Number(token) : token));
    let name: EvaluationFieldName | null = null;
    const code = typeof tokens[1] === 'number' ? answerCodes[tokens[1]] : undefined;
    if (tokens[0] === 'answers' && code !== undefined) {
      const part = tokens[2];
      name = ['answers', code, part === 'note' || part === 'score' || part === 'evidence' ? part : 'result'];
    } else if (typeof tokens[0] === 'string' && topFields.has(tokens[0])) {
      name = tokens;
    }
    if (!name) {
      unmatched.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(error.message);
    placed.set(key, entry);
  }
  return { placed: [...placed.values()], unmatched };
}
