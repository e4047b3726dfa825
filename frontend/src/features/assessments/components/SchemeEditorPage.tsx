import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Result, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  accidentLevelValues,
  accountabilityTypeValues,
  assessmentAdjustmentKindValues,
  assessmentComparisonValues,
  assessmentConsequenceTriggerValues,
  assessmentIndicatorMethodValues,
  assessmentIndicatorTypeValues,
  assessmentMappingKindValues,
  assessmentMetricCodeValues,
  assessmentPeriodValues,
  assessmentVetoEffectValues,
  orgKindValues,
} from '@/api/enums';
import { useMessage } from '@/lib/feedback';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { isProblem, type FieldError } from '@/lib/problem';
import { useSaveScheme, useScheme } from '../api/schemes';
import { pts, type Indicator, type VersionedScheme } from '../api/types';
import { issueWords } from './issue-words';
import { checkScheme, newSchemeValues, schemeValues, toNamePath, toSchemeInput, type NamePath, type SchemeValues } from './scheme-form';

/** The list fields the form shows, by list; a server problem naming one of them is placed beside it. */
const shownFields: Record<string, readonly string[]> = {
  targetGroups: ['code', 'name', 'tier', 'orgKind'],
  indicators: ['code', 'parent', 'name', 'maxPoints', 'type', 'method', 'metricCode', 'appliesToGroups', 'scoringOrgIds'],
  gradeBands: ['code', 'label', 'lowerBound'],
  vetoRules: ['code', 'name', 'metric', 'comparison', 'threshold', 'effect'],
  adjustmentRules: ['code', 'kind', 'name', 'points', 'maxTotal', 'steps'],
  consequenceRules: ['code', 'trigger', 'grade', 'count', 'accidentLevel', 'days', 'action', 'addressee', 'dueOffsetDays'],
  deadlines: ['periodEnd', 'selfAssessmentDue', 'reviewDue', 'objectionDays', 'publishBy'],
};
const topFields = new Set(['title', 'year', 'period', 'series', 'docNumber', 'baseTotal', 'bonusCap', 'processWeight', 'resultWeight']);

function placeable(name: NamePath): boolean {
  const [head, ...rest] = name;
  if (typeof head !== 'string') return false;
  if (rest.length === 0) return topFields.has(head);
  const last = rest[rest.length - 1];
  return typeof last === 'string' && (shownFields[head]?.includes(last) ?? false);
}

const addressees = ['PRINCIPAL_LEADER', 'UNIT'] as const;

function RemoveButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} onClick={onClick} />;
}

/** The departments that score a DEPARTMENT_SCORED leaf: one picked here (the API takes a list). */
function DepartmentsField({ value, onChange, ariaLabel }: { value?: string[]; onChange?: (v: string[]) => void; ariaLabel: string }) {
  return (
    <OrgSelect
      kind="DEPARTMENT"
      ariaLabel={ariaLabel}
      value={value?.[0]}
      onChange={(id) => onChange?.(id ? [id] : [])}
      style={{ width: '100%', minWidth: 200 }}
    />
  );
}

function IndicatorCard({ n, remove, codes, groups }: { n: number; remove: () => void; codes: string[]; groups: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<SchemeValues>();
  const indicator = Form.useWatch(['indicators', n], form) as Indicator | undefined;
  const method = indicator?.method;
  const mappingKind = indicator?.mapping?.kind;
  const isParent = codes.length > 0 && (form.getFieldValue('indicators') as Indicator[]).some((i) => i.parent && i.parent === indicator?.code);
  const required = { required: true, whitespace: true, message: t('assessments.form.required') };
  return (
    <Card size="small" data-testid="indicator-editor" styles={{ body: { paddingBottom: 0 } }}>
      <Flex wrap gap="small" align="start">
        <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 90 }}>
          <Input aria-label={t('assessments.field.code')} maxLength={20} />
        </Form.Item>
        <Form.Item name={[n, 'parent']} label={t('assessments.field.parent')} style={{ width: 120 }}>
          <Select
            aria-label={t('assessments.field.parent')}
            allowClear
            options={codes.filter((c) => c && c !== indicator?.code).map((c) => ({ value: c, label: c }))}
          />
        </Form.Item>
        <Form.Item name={[n, 'name']} label={t('assessments.field.indicatorName')} rules={[required]} style={{ flex: '1 1 200px' }}>
          <Input aria-label={t('assessments.field.indicatorName')} maxLength={200} />
        </Form.Item>
        <Form.Item name={[n, 'maxPoints']} label={t('assessments.field.maxPoints')} style={{ width: 100 }}>
          <InputNumber aria-label={t('assessments.field.maxPoints')} min={0} max={1000} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('assessments.editor.removeIndicator')} onClick={remove} style={{ marginTop: 30 }} />
      </Flex>
      {!isParent && (
        <Flex wrap gap="small" align="start">
          <Form.Item name={[n, 'type']} label={t('assessments.field.type')} style={{ width: 120 }}>
            <Select aria-label={t('assessments.field.type')} allowClear options={assessmentIndicatorTypeValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentIndicatorType.${v}`) }))} />
          </Form.Item>
          <Form.Item name={[n, 'method']} label={t('assessments.field.method')} style={{ width: 140 }}>
            <Select aria-label={t('assessments.field.method')} options={assessmentIndicatorMethodValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentIndicatorMethod.${v}`) }))} />
          </Form.Item>
          <Form.Item name={[n, 'appliesToGroups']} label={t('assessments.field.groups')} style={{ flex: '1 1 160px' }} extra={t('assessments.editor.allGroupsHint')}>
            <Select aria-label={t('assessments.field.groups')} mode="multiple" options={groups} />
          </Form.Item>
          <Form.Item name={[n, 'evidenceRequired']} valuePropName="checked" label=" " style={{ width: 120 }}>
            <Checkbox>{t('assessments.field.evidenceRequired')}</Checkbox>
          </Form.Item>
        </Flex>
      )}
      {!isParent && method === 'MANUAL_DEDUCT' && (
        <Form.List name={[n, 'deductionRules']}>
          {(rows, { add, remove: removeRule }) => (
            <div style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">{t('assessments.editor.deductionRules')}</Typography.Text>
              {rows.map((row) => (
                <Flex key={row.key} wrap gap="small" align="start">
                  <Form.Item name={[row.name, 'when']} rules={[required]} style={{ flex: '1 1 200px', marginBottom: 8 }}>
                    <Input aria-label={t('assessments.field.deductionWhen')} placeholder={t('assessments.field.deductionWhen')} maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'points']} rules={[{ required: true, message: t('assessments.form.required') }]} style={{ width: 100, marginBottom: 8 }}>
                    <InputNumber aria-label={t('assessments.field.deductionPoints')} placeholder={t('assessments.field.deductionPoints')} min={0} step={0.5} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'perOccurrence']} valuePropName="checked" style={{ marginBottom: 8 }}>
                    <Checkbox>{t('assessments.field.perOccurrence')}</Checkbox>
                  </Form.Item>
                  <RemoveButton label={t('assessments.editor.removeRule')} onClick={() => { removeRule(row.name); }} />
                </Flex>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => { add({ code: '', when: '', points: 1, perOccurrence: true }); }}>
                {t('assessments.editor.addDeduction')}
              </Button>
            </div>
          )}
        </Form.List>
      )}
      {!isParent && method === 'CHECKLIST' && (
        <Form.List name={[n, 'checklist']}>
          {(rows, { add, remove: removeItem }) => (
            <div style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary">{t('assessments.editor.checklist')}</Typography.Text>
              {rows.map((row) => (
                <Flex key={row.key} wrap gap="small" align="start">
                  <Form.Item name={[row.name, 'text']} rules={[required]} style={{ flex: '1 1 200px', marginBottom: 8 }}>
                    <Input aria-label={t('assessments.field.checkText')} placeholder={t('assessments.field.checkText')} maxLength={500} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'points']} rules={[{ required: true, message: t('assessments.form.required') }]} style={{ width: 100, marginBottom: 8 }}>
                    <InputNumber aria-label={t('assessments.field.checkPoints')} min={0} step={0.5} style={{ width: '100%' }} />
                  </Form.Item>
                  <RemoveButton label={t('assessments.editor.removeRule')} onClick={() => { removeItem(row.name); }} />
                </Flex>
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => { add({ code: '', text: '', points: 1 }); }}>
                {t('assessments.editor.addCheckItem')}
              </Button>
            </div>
          )}
        </Form.List>
      )}
      {!isParent && method === 'AUTO_METRIC' && (
        <Flex wrap gap="small" align="start">
          <Form.Item name={[n, 'metricCode']} label={t('assessments.field.metric')} style={{ flex: '1 1 200px' }}>
            <Select aria-label={t('assessments.field.metric')} options={assessmentMetricCodeValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentMetricCode.${v}`) }))} />
          </Form.Item>
          <Form.Item name={[n, 'mapping', 'kind']} label={t('assessments.field.mapping')} style={{ width: 120 }}>
            <Select aria-label={t('assessments.field.mapping')} options={assessmentMappingKindValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentMappingKind.${v}`) }))} />
          </Form.Item>
          {mappingKind === 'LINEAR' && (
            <>
              <Form.Item name={[n, 'mapping', 'zeroAt']} label={t('assessments.field.zeroAt')} style={{ width: 110 }}>
                <InputNumber aria-label={t('assessments.field.zeroAt')} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[n, 'mapping', 'fullAt']} label={t('assessments.field.fullAt')} style={{ width: 110 }}>
                <InputNumber aria-label={t('assessments.field.fullAt')} style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {mappingKind === 'DEDUCT_PER_UNIT' && (
            <Form.Item name={[n, 'mapping', 'perUnit']} label={t('assessments.field.perUnit')} style={{ width: 120 }}>
              <InputNumber aria-label={t('assessments.field.perUnit')} min={0} style={{ width: '100%' }} />
            </Form.Item>
          )}
          {mappingKind === 'STEPS' && (
            <Form.List name={[n, 'mapping', 'steps']}>
              {(rows, { add, remove: removeStep }) => (
                <div style={{ flex: '1 1 100%', marginBottom: 12 }}>
                  {rows.map((row) => (
                    <Flex key={row.key} gap="small" wrap>
                      <Form.Item name={[row.name, 'atLeast']} style={{ width: 120, marginBottom: 8 }}>
                        <InputNumber aria-label={t('assessments.field.atLeast')} placeholder={t('assessments.field.atLeast')} style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'points']} style={{ width: 100, marginBottom: 8 }}>
                        <InputNumber aria-label={t('assessments.field.stepPoints')} placeholder={t('assessments.field.stepPoints')} min={0} style={{ width: '100%' }} />
                      </Form.Item>
                      <RemoveButton label={t('assessments.editor.removeRule')} onClick={() => { removeStep(row.name); }} />
                    </Flex>
                  ))}
                  <Button size="small" icon={<PlusOutlined />} onClick={() => { add({ atLeast: 0, points: 0 }); }}>
                    {t('assessments.editor.addStep')}
                  </Button>
                </div>
              )}
            </Form.List>
          )}
        </Flex>
      )}
      {!isParent && method === 'DEPARTMENT_SCORED' && (
        <Form.Item name={[n, 'scoringOrgIds']} label={t('assessments.field.scoringDepartments')}>
          <DepartmentsField ariaLabel={t('assessments.field.scoringDepartments')} />
        </Form.Item>
      )}
    </Card>
  );
}

function ListSection({ name, title, addLabel, blank, children }: { name: string; title: string; addLabel: string; blank: object; children: (n: number, remove: () => void) => React.ReactNode }) {
  return (
    <Card size="small" title={title}>
      <Form.List name={name}>
        {(rows, { add, remove }) => (
          <Flex vertical gap="small">
            {rows.map((row) => (
              <div key={row.key}>{children(row.name, () => { remove(row.name); })}</div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => { add(blank); }} style={{ alignSelf: 'flex-start' }}>
              {addLabel}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}

interface Watched {
  baseTotal?: number;
  indicators?: (Partial<Indicator> | undefined)[];
  targetGroups?: (Partial<SchemeValues['targetGroups'][number]> | undefined)[];
  gradeBands?: (Partial<SchemeValues['gradeBands'][number]> | undefined)[];
}

/** The check while typing: only once every list is there (a half-mounted form says nothing yet). */
function liveCheck(initial: SchemeValues, watched: Watched | undefined, t: TFunction) {
  if (!watched?.indicators || !watched.gradeBands || !watched.targetGroups) return undefined;
  try {
    return checkScheme({ ...initial, ...(watched as Partial<SchemeValues>) }, t);
  } catch {
    return undefined;
  }
}

function Editor({ versioned }: { versioned?: VersionedScheme }) {
  const { t } = useTranslation();
  const message = useMessage();
  const navigate = useNavigate();
  const [form] = Form.useForm<SchemeValues>();
  const save = useSaveScheme();
  const idempotencyKey = useRef(crypto.randomUUID());
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [initial] = useState<SchemeValues>(() => (versioned ? schemeValues(versioned.scheme) : newSchemeValues(new Date().getFullYear())));
  // While the form mounts, and for a row just added, parts of the values may be missing.
  const watched = Form.useWatch([], form) as Watched | undefined;
  const live = liveCheck(initial, watched, t);
  const codes = (watched?.indicators ?? initial.indicators).map((i) => (i?.code ?? '').trim()).filter(Boolean);
  const groups = (watched?.targetGroups ?? initial.targetGroups).flatMap((g) => (g?.code ? [{ value: g.code, label: g.name || g.code }] : []));
  const bands = (watched?.gradeBands ?? initial.gradeBands).flatMap((b) => (b?.code ? [{ value: b.code, label: b.label || b.code }] : []));
  const required = { required: true, whitespace: true, message: t('assessments.form.required') };
  const requiredValue = { required: true, message: t('assessments.form.required') };

  type FieldName = Parameters<typeof form.setFields>[0][number]['name'];
  const onFinish = async () => {
    const values = { ...initial, ...(form.getFieldsValue(true) as SchemeValues) };
    setError(null);
    setUnmatched([]);
    const check = checkScheme(values, t);
    if (check.errors.length > 0) {
      form.setFields(check.errors.map((e) => ({ name: e.name as FieldName, errors: [e.message] })));
      setError(new Error(t('assessments.editor.fixErrors', { count: check.errors.length })));
      return;
    }
    try {
      const input = toSchemeInput(values);
      const saved = versioned
        ? await save.mutateAsync({ kind: 'update', id: versioned.scheme.id, etag: versioned.etag ?? '', input })
        : await save.mutateAsync({ kind: 'create', input, idempotencyKey: idempotencyKey.current });
      void message.success(t('assessments.editor.saved'));
      void navigate(`/assessments/schemes/${saved.scheme.id}`);
    } catch (failure) {
      setError(failure);
      if (isProblem(failure)) {
        const placed = failure.errors.map((e) => ({ e, name: toNamePath(e.field) })).filter(({ name }) => placeable(name));
        form.setFields(placed.map(({ e, name }) => ({ name: name as FieldName, errors: [issueWords({ ...e, field: '' }, toSchemeInput(values).definition, t)] })));
        setUnmatched(
          failure.errors
            .filter((e) => !placeable(toNamePath(e.field)))
            .map((e) => ({ field: '', message: issueWords(e, toSchemeInput(values).definition, t) })),
        );
      }
    }
  };

  return (
    <Form<SchemeValues> form={form} layout="vertical" initialValues={initial} onFinish={() => void onFinish()} disabled={save.isPending} scrollToFirstError>
      <Flex vertical gap="middle">
        <Card size="small" title={t('assessments.editor.basics')}>
          <Flex wrap gap="small">
            <Form.Item name="title" label={t('assessments.field.title')} rules={[required]} style={{ flex: '1 1 280px' }}>
              <Input maxLength={200} placeholder="2026年度乡镇（街道）安全生产工作考核细则" />
            </Form.Item>
            <Form.Item name="year" label={t('assessments.field.year')} rules={[requiredValue]} style={{ width: 100 }}>
              <InputNumber aria-label={t('assessments.field.year')} min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="period" label={t('assessments.field.periodType')} rules={[requiredValue]} style={{ width: 120 }}>
              <Select aria-label={t('assessments.field.periodType')} options={assessmentPeriodValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentPeriod.${v}`) }))} />
            </Form.Item>
            <Form.Item name="series" label={t('assessments.field.series')} rules={[required]} extra={t('assessments.editor.seriesHint')} style={{ width: 160 }}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="docNumber" label={t('assessments.field.docNumber')} style={{ width: 200 }}>
              <Input maxLength={100} />
            </Form.Item>
          </Flex>
          <Flex wrap gap="small">
            <Form.Item name="baseTotal" label={t('assessments.field.baseTotal')} rules={[requiredValue]} style={{ width: 110 }}>
              <InputNumber aria-label={t('assessments.field.baseTotal')} min={1} max={1000} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="bonusCap" label={t('assessments.field.bonusCap')} rules={[requiredValue]} style={{ width: 110 }}>
              <InputNumber aria-label={t('assessments.field.bonusCap')} min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="processWeight" label={t('assessments.field.processWeight')} style={{ width: 110 }}>
              <InputNumber aria-label={t('assessments.field.processWeight')} min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="resultWeight" label={t('assessments.field.resultWeight')} style={{ width: 110 }}>
              <InputNumber aria-label={t('assessments.field.resultWeight')} min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="rescale" valuePropName="checked" label=" ">
              <Checkbox>{t('assessments.field.rescale')}</Checkbox>
            </Form.Item>
          </Flex>
        </Card>
        <ListSection name="targetGroups" title={t('assessments.rules.groups')} addLabel={t('assessments.editor.addGroup')} blank={{ code: '', name: '', orgKind: 'REGION', orgIds: [] }}>
          {(n, remove) => (
            <Flex wrap gap="small" align="start">
              <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 120 }}>
                <Input aria-label={t('assessments.field.groupCode')} maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'name']} label={t('assessments.field.groupName')} rules={[required]} style={{ flex: '1 1 160px' }}>
                <Input aria-label={t('assessments.field.groupName')} maxLength={100} />
              </Form.Item>
              <Form.Item name={[n, 'tier']} label={t('assessments.field.tier')} style={{ width: 100 }}>
                <Input aria-label={t('assessments.field.tier')} maxLength={20} />
              </Form.Item>
              <Form.Item name={[n, 'orgKind']} label={t('assessments.field.orgKind')} style={{ width: 130 }}>
                <Select aria-label={t('assessments.field.orgKind')} allowClear options={orgKindValues.map((v) => ({ value: v, label: t(`label.enum.OrgKind.${v}`) }))} />
              </Form.Item>
              <RemoveButton label={t('assessments.editor.removeGroup')} onClick={remove} />
            </Flex>
          )}
        </ListSection>
        <Card size="small" title={t('assessments.rules.indicators')}>
          <Form.List name="indicators">
            {(rows, { add, remove }) => (
              <Flex vertical gap="small">
                {rows.map((row) => (
                  <IndicatorCard key={row.key} n={row.name} remove={() => { remove(row.name); }} codes={codes} groups={groups} />
                ))}
                <Button
                  icon={<PlusOutlined />}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => {
                    add({ code: String(rows.length + 1), parent: null, name: '', maxPoints: 0, type: 'PROCESS', method: 'MANUAL_DEDUCT', deductionRules: [], evidenceRequired: true, appliesToGroups: [] });
                  }}
                >
                  {t('assessments.editor.addIndicator')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <ListSection name="gradeBands" title={t('assessments.rules.gradeBands')} addLabel={t('assessments.editor.addBand')} blank={{ code: '', label: '', lowerBound: 0 }}>
          {(n, remove) => (
            <Flex wrap gap="small" align="start">
              <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 120 }}>
                <Input aria-label={t('assessments.field.bandCode')} maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'label']} label={t('assessments.field.bandLabel')} rules={[required]} style={{ width: 120 }}>
                <Input aria-label={t('assessments.field.bandLabel')} maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'lowerBound']} label={t('assessments.field.lowerBound')} rules={[requiredValue]} style={{ width: 120 }}>
                <InputNumber aria-label={t('assessments.field.lowerBound')} min={0} style={{ width: '100%' }} />
              </Form.Item>
              <RemoveButton label={t('assessments.editor.removeBand')} onClick={remove} />
            </Flex>
          )}
        </ListSection>
        <ListSection name="vetoRules" title={t('assessments.rules.vetoRules')} addLabel={t('assessments.editor.addVeto')} blank={{ code: '', name: '', manual: true, effect: 'GRADE_LOWEST' }}>
          {(n, remove) => (
            <Flex wrap gap="small" align="start">
              <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 90 }}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'name']} label={t('assessments.field.ruleName')} rules={[required]} style={{ flex: '1 1 200px' }}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[n, 'manual']} valuePropName="checked" label=" ">
                <Checkbox>{t('assessments.field.manualVeto')}</Checkbox>
              </Form.Item>
              <Form.Item name={[n, 'metric']} label={t('assessments.field.metric')} style={{ width: 180 }}>
                <Select allowClear options={assessmentMetricCodeValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentMetricCode.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'comparison']} label={t('assessments.field.comparison')} style={{ width: 110 }}>
                <Select allowClear options={assessmentComparisonValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentComparison.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'threshold']} label={t('assessments.field.threshold')} style={{ width: 100 }}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[n, 'effect']} label={t('assessments.field.effect')} rules={[requiredValue]} style={{ width: 170 }}>
                <Select options={assessmentVetoEffectValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentVetoEffect.${v}`) }))} />
              </Form.Item>
              <RemoveButton label={t('assessments.editor.removeRule')} onClick={remove} />
            </Flex>
          )}
        </ListSection>
        <ListSection name="adjustmentRules" title={t('assessments.rules.adjustmentRules')} addLabel={t('assessments.editor.addAdjustment')} blank={{ code: '', kind: 'BONUS', name: '', points: 1 }}>
          {(n, remove) => (
            <Flex wrap gap="small" align="start">
              <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 90 }}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'kind']} label={t('assessments.field.adjustmentKind')} rules={[requiredValue]} style={{ width: 140 }}>
                <Select options={assessmentAdjustmentKindValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentAdjustmentKind.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'name']} label={t('assessments.field.ruleName')} rules={[required]} style={{ flex: '1 1 200px' }}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name={[n, 'points']} label={t('assessments.field.adjustPoints')} style={{ width: 100 }}>
                <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[n, 'maxTotal']} label={t('assessments.field.maxTotal')} style={{ width: 100 }}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[n, 'steps']} label={t('assessments.field.steps')} style={{ width: 90 }}>
                <InputNumber min={1} max={5} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <RemoveButton label={t('assessments.editor.removeRule')} onClick={remove} />
            </Flex>
          )}
        </ListSection>
        <ListSection
          name="consequenceRules"
          title={t('assessments.rules.consequenceRules')}
          addLabel={t('assessments.editor.addConsequence')}
          blank={{ code: '', trigger: 'CONSECUTIVE_GRADE', count: 2, action: 'INTERVIEW', addressee: 'PRINCIPAL_LEADER', dueOffsetDays: 30 }}
        >
          {(n, remove) => (
            <Flex wrap gap="small" align="start">
              <Form.Item name={[n, 'code']} label={t('assessments.field.code')} rules={[required]} style={{ width: 90 }}>
                <Input maxLength={40} />
              </Form.Item>
              <Form.Item name={[n, 'trigger']} label={t('assessments.field.trigger')} rules={[requiredValue]} style={{ width: 160 }}>
                <Select options={assessmentConsequenceTriggerValues.map((v) => ({ value: v, label: t(`label.enum.AssessmentConsequenceTrigger.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'grade']} label={t('assessments.field.grade')} style={{ width: 110 }}>
                <Select allowClear options={bands} />
              </Form.Item>
              <Form.Item name={[n, 'count']} label={t('assessments.field.count')} style={{ width: 90 }}>
                <InputNumber min={1} max={10} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name={[n, 'accidentLevel']} label={t('assessments.field.accidentLevel')} style={{ width: 140 }}>
                <Select allowClear options={accidentLevelValues.map((v) => ({ value: v, label: t(`label.enum.AccidentLevel.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'action']} label={t('assessments.field.consequenceAction')} rules={[requiredValue]} style={{ width: 130 }}>
                <Select options={accountabilityTypeValues.map((v) => ({ value: v, label: t(`label.enum.AccountabilityType.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'addressee']} label={t('assessments.field.addressee')} rules={[requiredValue]} style={{ width: 130 }}>
                <Select options={addressees.map((v) => ({ value: v, label: t(`assessments.addressee.${v}`) }))} />
              </Form.Item>
              <Form.Item name={[n, 'dueOffsetDays']} label={t('assessments.field.dueOffsetDays')} style={{ width: 110 }}>
                <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <RemoveButton label={t('assessments.editor.removeRule')} onClick={remove} />
            </Flex>
          )}
        </ListSection>
        <Card size="small" title={t('assessments.rules.deadlines')}>
          <Flex wrap gap="small">
            {(['periodEnd', 'selfAssessmentDue', 'reviewDue', 'publishBy'] as const).map((f) => (
              <Form.Item key={f} name={['deadlines', f]} label={t(`assessments.field.${f}`)} style={{ width: 170 }}>
                <Input type="date" aria-label={t(`assessments.field.${f}`)} />
              </Form.Item>
            ))}
            <Form.Item name={['deadlines', 'objectionDays']} label={t('assessments.field.objectionDays')} rules={[requiredValue]} style={{ width: 120 }}>
              <InputNumber aria-label={t('assessments.field.objectionDays')} min={0} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
        </Card>
        {live && live.pointIssues.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="point-issues"
            title={t('assessments.editor.pointIssues')}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {live.pointIssues.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        ) : (
          live && <Alert type="success" showIcon data-testid="points-add-up" title={t('assessments.editor.pointsAddUp', { total: pts(watched?.baseTotal) })} />
        )}
        {error !== null && <ProblemAlert error={error} fieldErrors={isProblem(error) ? unmatched : undefined} />}
        <Flex gap="small" wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('assessments.editor.save')}
          </Button>
          <Link to={versioned ? `/assessments/schemes/${versioned.scheme.id}` : '/assessments'}>
            <Button>{t('assessments.editor.cancel')}</Button>
          </Link>
        </Flex>
      </Flex>
    </Form>
  );
}

/** 考核方案编辑: a new draft, or a draft's rules replaced (a published scheme is frozen: revise it first). */
export function SchemeEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const scheme = useScheme(id);
  const title = (
    <Typography.Title level={3} style={{ margin: 0 }}>
      {id ? t('assessments.editor.editTitle') : t('assessments.editor.newTitle')}
    </Typography.Title>
  );
  if (!id) {
    return (
      <Flex vertical gap="middle">
        {title}
        <Editor />
      </Flex>
    );
  }
  if (scheme.isPending) return <QueryPending query={scheme} />;
  if (scheme.isError) return <ProblemAlert error={scheme.error} onRetry={() => void scheme.refetch()} />;
  if (scheme.data.scheme.status !== 'DRAFT') {
    return <Result status="warning" title={t('assessments.editor.frozen')} extra={<Link to={`/assessments/schemes/${id}`}>{t('assessments.scheme.back')}</Link>} />;
  }
  return (
    <Flex vertical gap="middle">
      {title}
      <Editor versioned={scheme.data} />
    </Flex>
  );
}
