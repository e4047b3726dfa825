import { Alert, Button, Card, Checkbox, Divider, Flex, Form, Input, InputNumber, Radio, Select, Typography, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem, type FieldError } from '@/lib/problem';
import { getDrill, useTransitionDrill } from '../api/drill';
import { useEvaluation, useEvaluationTemplate, useEvaluationTemplates, useSaveEvaluation } from '../api/evaluation';
import { drillKeys } from '../api/keys';
import {
  evaluationConclusions,
  evaluatorKinds,
  yesNoResults,
  type Drill,
  type DrillEvaluationResult,
  type EvaluationTemplate,
  type EvaluationTemplateItem,
  type VersionedEvaluation,
} from '../api/types';
import { placeEvaluationErrors, toEvaluationInput, toEvaluationValues, type EvaluationValues } from './evaluation-form';

/** The states in which a drill's evaluation is entered (CONDUCTED, TERMINATED) or shown (EVALUATED, CLOSED). */
const evaluable = new Set<Drill['status']>(['CONDUCTED', 'TERMINATED']);
const evaluated = new Set<Drill['status']>(['EVALUATED', 'CLOSED']);

/** "不适用" for a scored item: the item's result is NA while it is ticked. */
function NotApplicable({ value, onChange, label }: { value?: DrillEvaluationResult | null; onChange?: (v: DrillEvaluationResult | null) => void; label: string }) {
  return (
    <Checkbox checked={value === 'NA'} onChange={(e) => onChange?.(e.target.checked ? 'NA' : null)}>
      {label}
    </Checkbox>
  );
}

function ItemRow({ item, form }: { item: EvaluationTemplateItem; form: FormInstance<EvaluationValues> }) {
  const { t, i18n } = useTranslation();
  const result = Form.useWatch(['answers', item.code, 'result'], form) as DrillEvaluationResult | null | undefined;
  const itemText = i18n.language === 'en' && item.textEn ? item.textEn : item.text;
  const na = result === 'NA';
  return (
    <div data-testid="evaluation-item" data-code={item.code} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text strong>{item.code}</Typography.Text> {itemText}{' '}
        <Typography.Text type="secondary">{t('drills.evaluation.weight', { weight: item.weight })}</Typography.Text>
      </Typography.Paragraph>
      <Flex wrap gap="small" align="start">
        {item.method === 'YES_NO' ? (
          <Form.Item name={['answers', item.code, 'result']} style={{ marginBottom: 8 }}>
            <Radio.Group
              aria-label={t('drills.evaluation.result', { code: item.code })}
              optionType="button"
              options={yesNoResults.map((r) => ({ value: r, label: t(`label.enum.DrillEvaluationResult.${r}`) }))}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name={['answers', item.code, 'score']}
              style={{ marginBottom: 8 }}
              rules={[
                {
                  validator: (_, value: number | null | undefined) =>
                    value === null || value === undefined || value <= item.weight
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('drills.evaluation.scoreMax', { weight: item.weight }))),
                },
              ]}
            >
              <InputNumber
                aria-label={t('drills.evaluation.score', { code: item.code })}
                min={0}
                step={0.5}
                // Undefined, not false: the form's own disabled (read only) still applies.
                disabled={na ? true : undefined}
                placeholder={`0–${item.weight}`}
                style={{ width: 120 }}
              />
            </Form.Item>
            <Form.Item name={['answers', item.code, 'result']} style={{ marginBottom: 8 }}>
              <NotApplicable label={t('drills.evaluation.notApplicable')} />
            </Form.Item>
          </>
        )}
      </Flex>
      <Flex wrap gap="small">
        <Form.Item
          name={['answers', item.code, 'note']}
          style={{ marginBottom: 8, flex: '1 1 240px' }}
          rules={na ? [{ required: true, whitespace: true, message: t('drills.evaluation.naReason') }] : []}
        >
          <Input aria-label={`${item.code} ${t('drills.evaluation.note')}`} maxLength={1000} placeholder={t('drills.evaluation.notePlaceholder')} />
        </Form.Item>
        <Form.Item name={['answers', item.code, 'evidence']} style={{ marginBottom: 8, flex: '1 1 240px' }}>
          <Input aria-label={`${item.code} ${t('drills.evaluation.evidence')}`} maxLength={1000} placeholder={t('drills.evaluation.evidencePlaceholder')} />
        </Form.Item>
      </Flex>
    </div>
  );
}

function ChecklistItems({ template, form }: { template: EvaluationTemplate; form: FormInstance<EvaluationValues> }) {
  const { t, i18n } = useTranslation();
  const { groups, items } = template.definition;
  return (
    <>
      {(['PREPARATION', 'EXECUTION'] as const).map((dimension) => (
        <div key={dimension}>
          <Typography.Title level={5}>{t(`label.enum.DrillEvaluationDimension.${dimension}`)}</Typography.Title>
          {groups
            .filter((g) => g.dimension === dimension)
            .map((group) => (
              <section key={group.code} aria-label={group.title} style={{ marginBottom: 12 }}>
                <Typography.Text strong type="secondary">
                  {i18n.language === 'en' && group.titleEn ? group.titleEn : group.title}
                </Typography.Text>
                {items
                  .filter((item) => item.group === group.code)
                  .map((item) => (
                    <ItemRow key={item.code} item={item} form={form} />
                  ))}
              </section>
            ))}
        </div>
      ))}
    </>
  );
}

function TeamFields({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="team">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4} data-testid="evaluation-team">
          {fields.map((field) => (
            <Flex key={field.key} wrap gap="small" align="start" data-testid="evaluation-member">
              <Form.Item name={[field.name, 'name']} style={{ marginBottom: 8, flex: '1 1 140px' }}>
                <Input aria-label={t('drills.evaluation.member')} placeholder={t('drills.evaluation.member')} maxLength={100} />
              </Form.Item>
              <Form.Item name={[field.name, 'org']} style={{ marginBottom: 8, flex: '2 1 180px' }}>
                <Input aria-label={t('drills.evaluation.memberOrg')} placeholder={t('drills.evaluation.memberOrg')} maxLength={200} />
              </Form.Item>
              <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 8 }}>
                <Radio.Group
                  aria-label={t('drills.evaluation.memberKind')}
                  optionType="button"
                  options={evaluatorKinds.map((k) => ({ value: k, label: t(`label.enum.DrillEvaluatorKind.${k}`) }))}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'lead']} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('drills.evaluation.lead')}</Checkbox>
              </Form.Item>
              {!readOnly && (
                <Button type="link" danger onClick={() => {
                  remove(field.name);
                }} style={{ paddingInline: 0 }}>
                  {t('drills.evaluation.remove')}
                </Button>
              )}
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          {!readOnly && (
            <div>
              <Button onClick={() => {
                add({ kind: 'INTERNAL', lead: false });
              }}>{t('drills.evaluation.addMember')}</Button>
            </div>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

function SelfAssessmentFields({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="selfAssessments">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field) => (
            <Flex key={field.key} vertical gap={0} data-testid="evaluation-self">
              <Flex wrap gap="small">
                <Form.Item name={[field.name, 'name']} style={{ marginBottom: 8, flex: '1 1 140px' }}>
                  <Input aria-label={t('drills.evaluation.selfName')} placeholder={t('drills.evaluation.selfName')} maxLength={100} />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} style={{ marginBottom: 8, flex: '2 1 180px' }}>
                  <Input aria-label={t('drills.evaluation.selfRole')} placeholder={t('drills.evaluation.selfRole')} maxLength={200} />
                </Form.Item>
                {!readOnly && (
                  <Button type="link" danger onClick={() => {
                    remove(field.name);
                  }} style={{ paddingInline: 0 }}>
                    {t('drills.evaluation.remove')}
                  </Button>
                )}
              </Flex>
              <Form.Item name={[field.name, 'text']} style={{ marginBottom: 8 }}>
                <Input.TextArea aria-label={t('drills.evaluation.selfText')} placeholder={t('drills.evaluation.selfText')} rows={2} maxLength={2000} />
              </Form.Item>
            </Flex>
          ))}
          {!readOnly && (
            <div>
              <Button onClick={() => {
                add({});
              }}>{t('drills.evaluation.addSelf')}</Button>
            </div>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

/** What SUBMIT_EVALUATION still waits for, in words: the unanswered items by number, then team, conclusion, signer. */
function MissingAlert({ missing }: { missing: readonly string[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  const named: Record<string, string> = {
    team: t('drills.evaluation.team'),
    conclusion: t('drills.evaluation.conclusion'),
    signedBy: t('drills.evaluation.signedBy'),
  };
  const codes = missing.filter((m) => !(m in named));
  const shown = codes.length > 6 ? [...codes.slice(0, 6), '…'] : codes;
  const parts = [
    ...(codes.length > 0 ? [t('drills.evaluation.missingItems', { count: codes.length, codes: shown.join('、') })] : []),
    ...missing.filter((m) => m in named).map((m) => named[m]),
  ];
  return <Alert type="warning" showIcon data-testid="evaluation-missing" title={t('drills.evaluation.missing', { what: parts.join('；') })} />;
}

function Scores({ saved }: { saved: VersionedEvaluation }) {
  const { t, i18n } = useTranslation();
  const e = saved.evaluation;
  if (e.totalScore === null) return null;
  const num = (n: number | null) => (n === null ? '—' : String(n));
  const grade = e.grade ? (i18n.language === 'en' && e.grade.titleEn ? e.grade.titleEn : e.grade.title) : null;
  return (
    <Flex wrap gap="middle" data-testid="evaluation-scores">
      <Typography.Text strong>
        {t('drills.evaluation.scores', { total: num(e.totalScore), preparation: num(e.preparationScore), execution: num(e.executionScore) })}
      </Typography.Text>
      {grade && <Typography.Text>{t('drills.evaluation.grade', { grade })}</Typography.Text>}
    </Flex>
  );
}

interface FormProps {
  drill: Drill;
  saved: VersionedEvaluation | null;
  templates: EvaluationTemplate[];
}

function EvaluationForm({ drill, saved, templates }: FormProps) {
  const { t, i18n } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const message = useMessage();
  const [form] = Form.useForm<EvaluationValues>();
  const save = useSaveEvaluation();
  const transition = useTransitionDrill();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);

  const evaluation = saved?.evaluation ?? null;
  const readOnly = evaluation?.submitted === true || !evaluable.has(drill.status);
  const defaultTemplate = templates.find((tp) => tp.code === 'AQ9009') ?? templates[0];
  const chosen = Form.useWatch('templateId', form);
  const templateId = evaluation?.template.id ?? chosen ?? defaultTemplate?.id;
  const template = useEvaluationTemplate(templateId);
  const team = Form.useWatch('team', form) as EvaluationValues['team'] | undefined;
  const signers = useMemo(() => [...new Set((team ?? []).map((m) => m.name?.trim()).filter((n): n is string => Boolean(n)))], [team]);
  const initial = useMemo(() => toEvaluationValues(evaluation, defaultTemplate?.id), [evaluation, defaultTemplate?.id]);

  useEffect(() => {
    form.resetFields();
  }, [initial, form]);

  const persist = async (): Promise<VersionedEvaluation | null> => {
    setError(null);
    setUnmatched([]);
    let values: EvaluationValues;
    try {
      values = await form.validateFields();
    } catch {
      return null;
    }
    const { input, answerCodes } = toEvaluationInput(values, template.data?.definition.items ?? [], saved === null);
    try {
      const result = await save.mutateAsync({ drillId: drill.id, input, etag: saved ? saved.etag : undefined, idempotencyKey: idempotencyKey.current });
      // Complete or not, the drill's allowed actions follow the evaluation.
      void queryClient.invalidateQueries({ queryKey: drillKeys.drill(drill.id), exact: true });
      return result;
    } catch (failure) {
      setError(failure);
      if (isProblem(failure)) {
        const { placed, unmatched: rest } = placeEvaluationErrors(failure.errors, answerCodes);
        type FieldName = Parameters<typeof form.setFields>[0][number]['name'];
        form.setFields(placed.map(({ name, errors }) => ({ name: name as FieldName, errors })));
        setUnmatched(rest);
      }
      return null;
    }
  };

  const onSave = async () => {
    setBusy('save');
    try {
      if (await persist()) void message.success(t('drills.evaluation.saved'));
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = async () => {
    setBusy('submit');
    try {
      if (!(await persist())) return;
      const fresh = await getDrill(client, drill.id);
      await transition.mutateAsync({ id: drill.id, etag: fresh.etag, transition: { action: 'SUBMIT_EVALUATION' } });
      await queryClient.invalidateQueries({ queryKey: drillKeys.evaluation(drill.id) });
      void message.success(t('workflow.done', { action: t('label.enum.DrillAction.SUBMIT_EVALUATION') }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const reload = () => {
    setError(null);
    void queryClient.invalidateQueries({ queryKey: drillKeys.evaluation(drill.id) });
  };

  return (
    <Flex vertical gap="small">
      {evaluation?.submitted && evaluation.signedAt && (
        <Alert
          type="success"
          showIcon
          data-testid="evaluation-submitted"
          title={t('drills.evaluation.submitted', { at: new Date(evaluation.signedAt).toLocaleString(i18n.language), by: evaluation.signedBy ?? '' })}
        />
      )}
      {saved && <Scores saved={saved} />}
      {!readOnly && evaluation && <MissingAlert missing={evaluation.missing} />}
      <Form<EvaluationValues> form={form} layout="vertical" initialValues={initial} disabled={readOnly || busy !== null}>
        <Form.Item name="templateId" label={t('drills.evaluation.template')} extra={saved ? undefined : t('drills.evaluation.templateFixed')}>
          <Select
            aria-label={t('drills.evaluation.template')}
            disabled={saved !== null || readOnly}
            options={(saved ? [{ ...saved.evaluation.template }] : templates).map((tp) => ({
              value: tp.id,
              label: t('drills.evaluation.templateVersion', { title: tp.title, version: tp.version }),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('drills.evaluation.team')} extra={t('drills.evaluation.teamHint')} required>
          <TeamFields readOnly={readOnly} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('drills.evaluation.items')}
        </Divider>
        {template.isPending ? <QueryPending query={template} /> : template.isError ? <ProblemAlert error={template.error} /> : <ChecklistItems template={template.data} form={form} />}
        <Divider titlePlacement="start" plain>
          {t('drills.evaluation.selfAssessments')}
        </Divider>
        <SelfAssessmentFields readOnly={readOnly} />
        <Form.Item name="debrief" label={t('drills.evaluation.debrief')} style={{ marginTop: 16 }}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="strengths" label={t('drills.evaluation.strengths')}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('drills.evaluation.conclusion')} required>
          <Radio.Group
            aria-label={t('drills.evaluation.conclusion')}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={evaluationConclusions.map((c) => ({ value: c, label: t(`label.enum.DrillEvaluationConclusion.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="signedBy" label={t('drills.evaluation.signedBy')} required extra={signers.length === 0 ? t('drills.evaluation.signedByHint') : undefined}>
          <Select aria-label={t('drills.evaluation.signedBy')} allowClear options={signers.map((n) => ({ value: n, label: n }))} style={{ maxWidth: 320 }} />
        </Form.Item>
      </Form>
      {error !== null &&
        (isProblem(error, 412) ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('drills.evaluation.stale')}
            action={
              <Button size="small" type="primary" onClick={reload}>
                {t('drills.evaluation.reload')}
              </Button>
            }
          />
        ) : (
          <ProblemAlert error={error} fieldErrors={isProblem(error) ? unmatched : undefined} />
        ))}
      {!readOnly && (
        <Flex wrap gap="small" align="center">
          <Button onClick={() => void onSave()} loading={busy === 'save'} disabled={busy !== null}>
            {t('drills.evaluation.save')}
          </Button>
          <Button type="primary" onClick={() => void onSubmit()} loading={busy === 'submit'} disabled={busy !== null}>
            {t('drills.evaluation.submit')}
          </Button>
          <Typography.Text type="secondary">{t('drills.evaluation.submitHint')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

/**
 * 演练评估 (§3.3 DrillEvaluation, D12): once a drill is held the organiser or its evaluators pick the template, name the
 * team, answer each item (yes/no/not applicable with its reason, or a score within the item's weight), add the
 * participants' self-assessments, the on-site debrief, the conclusion and the signer; the server's list of what is
 * still missing shows until SUBMIT_EVALUATION seals it. Evaluated and closed drills show it read only.
 */
export function DrillEvaluationCard({ drill }: { drill: Drill }) {
  const { t } = useTranslation();
  const shown = evaluable.has(drill.status) || evaluated.has(drill.status);
  const saved = useEvaluation(drill.id, shown, drill.evaluationEntered);
  const templates = useEvaluationTemplates(shown && saved.data === null && evaluable.has(drill.status));
  if (!shown) return null;
  const body = () => {
    if (saved.isPending) return <QueryPending query={saved} />;
    if (saved.isError) return <ProblemAlert error={saved.error} onRetry={() => void saved.refetch()} />;
    if (saved.data === null && !evaluable.has(drill.status)) return <Typography.Text type="secondary">{t('drills.evaluation.none')}</Typography.Text>;
    if (saved.data === null && templates.isPending) return <QueryPending query={templates} />;
    if (saved.data === null && templates.isError) return <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />;
    return <EvaluationForm drill={drill} saved={saved.data} templates={templates.data ?? []} />;
  };
  return (
    <Card size="small" title={t('drills.evaluation.title')} data-testid="drill-evaluation">
      {body()}
    </Card>
  );
}
