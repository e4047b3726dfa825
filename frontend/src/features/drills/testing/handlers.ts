import { http } from 'msw';
import { json, problem } from '@/test/http';
import type { components } from '@/api/schema';
import type { Drill, DrillEvaluation, DrillFinding, DrillEvent, DrillObligation, EmergencyPlan, EvaluationTemplate, TimelineEntry, YearPlan } from '../api/types';

type DrillFollowUp = components['schemas']['DrillFollowUp'];

/** The drill routes as the tests answer them (MSW). */
export const drillHandlers = {
  obligations: (orgId: string, items: DrillObligation[], on = '2026-12-02', followUps: DrillFollowUp[] = []) =>
    http.get('/api/v1/drill-obligations', () => json({ orgId, on, items, followUps })),
  plans: (items: EmergencyPlan[]) => http.get('/api/v1/emergency-plans', () => json({ items, nextCursor: null })),
  /** The plan with its ETag (its version). */
  plan: (plan: EmergencyPlan) => http.get(`/api/v1/emergency-plans/${plan.id}`, () => json(plan, { headers: { ETag: `"${plan.version}"` } })),
  createPlan: (created: EmergencyPlan) =>
    http.post('/api/v1/emergency-plans', () => json(created, { status: 201, headers: { ETag: `"${created.version}"` } })),
  updatePlan: (updated: EmergencyPlan) =>
    http.put(`/api/v1/emergency-plans/${updated.id}`, () => json(updated, { headers: { ETag: `"${updated.version}"` } })),
  drills: (items: Drill[]) => http.get('/api/v1/drills', () => json({ items, nextCursor: null })),
  record: (created: Drill) => http.post('/api/v1/drills', () => json(created, { status: 201, headers: { ETag: `"${created.version}"` } })),
  /** The drill with its ETag (its version). */
  drill: (drill: Drill) => http.get(`/api/v1/drills/${drill.id}`, () => json(drill, { headers: { ETag: `"${drill.version}"` } })),
  history: (id: string, items: DrillEvent[]) => http.get(`/api/v1/drills/${id}/history`, () => json({ items })),
  timeline: (id: string, items: TimelineEntry[]) => http.get(`/api/v1/drills/${id}/timeline`, () => json({ items, nextCursor: null })),
  /** The drill's evaluation with its ETag, or 404 while there is none. */
  evaluation: (drillId: string, evaluation: DrillEvaluation | null) =>
    http.get(`/api/v1/drills/${drillId}/evaluation`, () =>
      evaluation
        ? json(evaluation, { headers: { ETag: `"${evaluation.version}"` } })
        : problem(404, { title: 'Not Found', detail: 'Drill evaluation not found' }),
    ),
  evaluationTemplates: (items: EvaluationTemplate[]) => http.get('/api/v1/drill-evaluation-templates', () => json({ items })),
  evaluationTemplate: (template: EvaluationTemplate) => http.get(`/api/v1/drill-evaluation-templates/${template.id}`, () => json(template)),
  findings: (drillId: string, items: DrillFinding[]) => http.get(`/api/v1/drills/${drillId}/findings`, () => json({ items })),
  yearPlans: (items: YearPlan[]) => http.get('/api/v1/drill-year-plans', () => json({ items, nextCursor: null })),
  yearPlan: (plan: YearPlan) => http.get(`/api/v1/drill-year-plans/${plan.id}`, () => json(plan, { headers: { ETag: `"${plan.version}"` } })),
  yearPlanHistory: (id: string, items: DrillEvent[]) => http.get(`/api/v1/drill-year-plans/${id}/history`, () => json({ items })),
};
