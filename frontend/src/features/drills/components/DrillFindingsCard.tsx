import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Flex, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { useMessage } from '@/lib/feedback';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useMe, type Me } from '@/lib/session';
import { useFormProblems } from '@/lib/use-form-problems';
import type { ActionSpecs } from '@/lib/workflow/action-spec';
import { WorkflowActionBar } from '@/lib/workflow/WorkflowActionBar';
import { WorkflowActionDialog } from '@/lib/workflow/WorkflowActionDialog';
import type { components } from '@/api/schema';
import { useEvaluation } from '../api/evaluation';
import { downloadEvaluationReport, downloadSummaryReport, useCreateFinding, useFindings, useTransitionFinding } from '../api/findings';
import {
  correctiveActionKinds,
  findingActions,
  findingCategories,
  findingSeverities,
  type Drill,
  type DrillCorrectiveActionKind,
  type DrillFinding,
  type DrillFindingAction,
  type DrillFindingCategory,
  type DrillFindingInput,
  type DrillFindingSeverity,
  type DrillFindingTransition,
} from '../api/types';
import { OwnOrgSelect } from './OwnOrgSelect';

type HazardLevel = components['schemas']['Level'];
type HazardCategory = components['schemas']['Category'];
const hazardLevels: readonly HazardLevel[] = ['GENERAL', 'MAJOR'];
const hazardCategories: readonly HazardCategory[] = ['EQUIPMENT', 'OPERATION', 'ENVIRONMENT', 'MANAGEMENT', 'FIRE', 'ELECTRICAL', 'HAZMAT_STORAGE', 'OTHER'];

const held = new Set<Drill['status']>(['CONDUCTED', 'TERMINATED', 'EVALUATED', 'CLOSED']);

interface FindingValues {
  category?: DrillFindingCategory;
  severity?: DrillFindingSeverity;
  description?: string;
  cause?: string;
  recommendation?: string;
  action?: { kind?: DrillCorrectiveActionKind; ownerOrgId?: string; ownerPerson?: string; deadline?: Dayjs | null };
}

const findingFields = ['category', 'severity', 'description', 'cause', 'recommendation', 'action.kind', 'action.ownerOrgId', 'action.ownerPerson', 'action.deadline'];

function trimmed(value: string | undefined): string | null {
  const v = value?.trim();
  return v ? v : null;
}

export function toFindingInput(values: FindingValues): DrillFindingInput {
  const a = values.action;
  return {
    category: values.category ?? 'PLAN',
    severity: values.severity ?? 'GENERAL',
    description: values.description?.trim() ?? '',
    cause: trimmed(values.cause),
    recommendation: trimmed(values.recommendation),
    action: a?.kind
      ? { kind: a.kind, ownerOrgId: a.ownerOrgId ?? null, ownerPerson: trimmed(a.ownerPerson), deadline: a.deadline ? a.deadline.format('YYYY-MM-DD') : null }
      : null,
  };
}

function AddFindingDialog({ drill, me, onClose }: { drill: Drill; me: Me; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<FindingValues>();
  const create = useCreateFinding();
  const problems = useFormProblems(form, findingFields);
  const idempotencyKey = useRef(crypto.randomUUID());
  const required = { required: true, message: t('drills.findings.required') };

  const onFinish = async (values: FindingValues) => {
    problems.clear();
    try {
      await create.mutateAsync({ drillId: drill.id, input: toFindingInput(values), idempotencyKey: idempotencyKey.current });
      void message.success(t('drills.findings.saved'));
      onClose();
    } catch (failure) {
      problems.show(failure);
    }
  };

  return (
    <Modal
      open
      title={t('drills.findings.addTitle')}
      onCancel={onClose}
      okText={t('drills.findings.submit')}
      cancelText={t('drills.findings.cancel')}
      okButtonProps={{ loading: create.isPending, htmlType: 'submit', form: 'drill-finding-form' }}
      destroyOnHidden
    >
      <Form<FindingValues>
        id="drill-finding-form"
        form={form}
        layout="vertical"
        initialValues={{ severity: 'GENERAL', action: { kind: 'HAZARD_TICKET', ownerOrgId: drill.orgId, deadline: dayjs().add(30, 'day') } }}
        onFinish={(values) => void onFinish(values)}
        disabled={create.isPending}
      >
        <Form.Item name="category" label={t('drills.findings.category')} rules={[required]}>
          <Select aria-label={t('drills.findings.category')} options={findingCategories.map((c) => ({ value: c, label: t(`label.enum.DrillFindingCategory.${c}`) }))} />
        </Form.Item>
        <Form.Item name="severity" label={t('drills.findings.severity')} rules={[required]}>
          <Radio.Group options={findingSeverities.map((s) => ({ value: s, label: t(`label.enum.DrillFindingSeverity.${s}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('drills.findings.description')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="cause" label={t('drills.findings.cause')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="recommendation" label={t('drills.findings.recommendation')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name={['action', 'kind']} label={t('drills.findings.actionKind')} extra={t('drills.findings.ownerHint')}>
          <Select
            aria-label={t('drills.findings.actionKind')}
            allowClear
            options={correctiveActionKinds.map((k) => ({ value: k, label: t(`label.enum.DrillCorrectiveActionKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name={['action', 'ownerOrgId']} label={t('drills.findings.ownerOrg')}>
          <OwnOrgSelect me={me} />
        </Form.Item>
        <Flex wrap gap="middle">
          <Form.Item name={['action', 'ownerPerson']} label={t('drills.findings.ownerPerson')} style={{ flex: '1 1 160px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name={['action', 'deadline']} label={t('drills.findings.deadline')}>
            <DatePicker aria-label={t('drills.findings.deadline')} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Flex>
        {create.isError && <ProblemAlert error={create.error} fieldErrors={problems.unmatched} />}
      </Form>
    </Modal>
  );
}

interface FindingActionValues {
  comment?: string;
  evidence?: File[];
  hazardLevel?: HazardLevel;
  hazardCategory?: HazardCategory;
}

const findingActionSpecs: ActionSpecs<DrillFindingAction, DrillFinding, FindingActionValues> = {
  START: { fields: ['comment'], tone: 'primary' },
  COMPLETE: { fields: ['comment', 'evidence'], tone: 'primary', initial: () => ({ evidence: [] }) },
  VERIFY: { fields: ['comment'], tone: 'primary' },
  CONVERT: { fields: ['hazardLevel', 'hazardCategory', 'comment'], initial: () => ({ hazardLevel: 'GENERAL', hazardCategory: 'MANAGEMENT' }) },
};

function FindingActionDialog({ action, finding, onClose, onReload }: { action: DrillFindingAction; finding: DrillFinding; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const transition = useTransitionFinding();
  const idempotencyKey = useRef(crypto.randomUUID());
  const submit = async (values: FindingActionValues) => {
    const stored = await Promise.all((values.evidence ?? []).map((file) => uploadAttachment(client, file, file.name, crypto.randomUUID())));
    const body: DrillFindingTransition = { action, attachmentIds: stored.map((a) => a.id), hazardLevel: null, hazardCategory: null };
    const comment = trimmed(values.comment);
    if (comment) body.comment = comment;
    if (action === 'CONVERT') {
      body.hazardLevel = values.hazardLevel ?? 'GENERAL';
      body.hazardCategory = values.hazardCategory ?? 'MANAGEMENT';
    }
    await transition.mutateAsync({ finding, transition: body, idempotencyKey: idempotencyKey.current });
  };
  return (
    <WorkflowActionDialog<DrillFinding, FindingActionValues>
      label={t(`label.enum.DrillFindingAction.${action}`)}
      subject={t('drills.findings.number', { number: finding.number })}
      record={finding}
      spec={findingActionSpecs[action]}
      labelOf={(a) => ((findingActions as readonly string[]).includes(a) ? t(`label.enum.DrillFindingAction.${a as DrillFindingAction}`) : undefined)}
      aliases={{ attachmentIds: 'evidence' }}
      submit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {action === 'CONVERT' && (
        <>
          <Form.Item name="hazardLevel" label={t('drills.findings.hazardLevel')}>
            <Radio.Group options={hazardLevels.map((l) => ({ value: l, label: t(`label.enum.Level.${l}`) }))} />
          </Form.Item>
          <Form.Item name="hazardCategory" label={t('drills.findings.hazardCategory')}>
            <Select aria-label={t('drills.findings.hazardCategory')} options={hazardCategories.map((c) => ({ value: c, label: t(`label.enum.Category.${c}`) }))} />
          </Form.Item>
        </>
      )}
      {action === 'COMPLETE' && (
        <Form.Item
          name="evidence"
          label={t('drills.findings.evidence')}
          rules={[{ validator: (_, v: File[] | undefined) => ((v?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('drills.findings.evidenceRequired')))) }]}
        >
          <PhotoPicker label={t('drills.findings.addEvidence')} />
        </Form.Item>
      )}
      <Form.Item
        name="comment"
        label={t(action === 'COMPLETE' ? 'drills.findings.doneNote' : 'drills.findings.comment')}
        rules={action === 'COMPLETE' ? [{ required: true, whitespace: true, message: t('drills.findings.required') }] : []}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </WorkflowActionDialog>
  );
}

function FindingItem({ finding, onReload }: { finding: DrillFinding; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const a = finding.action;
  const none = t('common.none');
  const ticket = finding.hazardTicket;
  return (
    <Card size="small" type="inner" data-testid="drill-finding" data-number={finding.number}
      title={
        <Flex wrap gap={4} align="center">
          <span>{t('drills.findings.number', { number: finding.number })}</span>
          <Tag>{t(`label.enum.DrillFindingCategory.${finding.category}`)}</Tag>
          <Tag color={finding.severity === 'MAJOR' ? 'red' : 'orange'}>{t(`label.enum.DrillFindingSeverity.${finding.severity}`)}</Tag>
          <Tag color={finding.resolved ? 'green' : 'blue'} data-testid="finding-status">
            {t(`label.enum.DrillFindingStatus.${finding.status}`)}
          </Tag>
          {finding.overdue && <Tag color="red">{t('drills.findings.overdue')}</Tag>}
        </Flex>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }}>{finding.description}</Typography.Paragraph>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'cause', label: t('drills.findings.cause'), children: finding.cause ?? none },
            { key: 'recommendation', label: t('drills.findings.recommendation'), children: finding.recommendation ?? none },
            { key: 'kind', label: t('drills.findings.actionKind'), children: a ? t(`label.enum.DrillCorrectiveActionKind.${a.kind}`) : none },
            { key: 'owner', label: t('drills.findings.ownerOrg'), children: [finding.ownerOrgName, a?.ownerPerson].filter(Boolean).join(' · ') || none },
            { key: 'deadline', label: t('drills.findings.deadline'), children: a?.deadline ?? none },
            ...(finding.doneNote ? [{ key: 'done', label: t('drills.findings.doneNote'), children: finding.doneNote }] : []),
          ]}
        />
        {ticket && (
          <Link to={`/hazards/${ticket.id}`} data-testid="finding-hazard">
            {t('drills.findings.hazard', { code: ticket.code, state: t(`label.enum.State.${ticket.state}`) })}
            {ticket.deadline ? ` · ${t('drills.findings.hazardDeadline', { day: ticket.deadline })}` : ''}
          </Link>
        )}
        {finding.verifiedBy && finding.verifiedAt && (
          <Typography.Text type="secondary">
            {t('drills.findings.verifiedBy', { by: finding.verifiedBy, at: new Date(finding.verifiedAt).toLocaleString(i18n.language) })}
          </Typography.Text>
        )}
        <WorkflowActionBar
          specs={findingActionSpecs}
          order={findingActions}
          allowed={finding.allowedActions}
          labelOf={(action) => t(`label.enum.DrillFindingAction.${action}`)}
          dialog={(action, close) => <FindingActionDialog action={action} finding={finding} onClose={close} onReload={onReload} />}
        />
      </Flex>
    </Card>
  );
}

/** A PDF report of the drill, downloaded under a name that says what it is; a refusal is shown under the button. */
function ReportButton({ drill, which }: { drill: Drill; which: 'evaluation' | 'summary' }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = which === 'evaluation' ? downloadEvaluationReport : downloadSummaryReport;
  return (
    <Flex vertical gap={4}>
      <Button
        icon={<FilePdfOutlined />}
        loading={busy}
        data-testid={`${which}-report`}
        onClick={() => {
          setBusy(true);
          setError(null);
          void download(client, drill.id, t(`drills.findings.${which}ReportFile`, { title: drill.title }))
            .catch((failure: unknown) => {
              setError(failure);
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        {t(`drills.findings.${which}Report`)}
      </Button>
      {error !== null && <ProblemAlert error={error} />}
    </Flex>
  );
}

/**
 * 发现问题与整改 (§3.3 DrillFinding, D11/D12): the problems a drill's evaluation found, each with its category, severity,
 * corrective action with owner and deadline, and where its fix stands; the actions the server allows (start, complete
 * with evidence, verify, 转为隐患 with the hazard ticket linked once created), a form to record one, and the
 * 演练评估报告 PDF.
 */
export function DrillFindingsCard({ drill }: { drill: Drill }) {
  const { t } = useTranslation();
  const shown = held.has(drill.status);
  const evaluation = useEvaluation(drill.id, shown, drill.evaluationEntered);
  const hasEvaluation = evaluation.data !== null && evaluation.data !== undefined;
  const findings = useFindings(drill.id, shown && hasEvaluation);
  const me = useMe();
  const [adding, setAdding] = useState(false);
  if (!shown) return null;
  const canAdd = hasEvaluation && drill.status !== 'CLOSED' && me.data?.capabilities.includes('ACT_ON_DRILLS') === true;
  const body = () => {
    if (evaluation.isPending) return <QueryPending query={evaluation} />;
    if (!hasEvaluation) return <Typography.Text type="secondary">{t('drills.findings.needsEvaluation')}</Typography.Text>;
    if (findings.isPending) return <QueryPending query={findings} />;
    if (findings.isError) return <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />;
    if (findings.data.length === 0) return <Typography.Text type="secondary">{t('drills.findings.none')}</Typography.Text>;
    return (
      <Flex vertical gap="small" data-testid="drill-findings">
        {findings.data.map((f) => (
          <FindingItem key={f.id} finding={f} onReload={() => void findings.refetch()} />
        ))}
      </Flex>
    );
  };
  return (
    <Card
      size="small"
      title={t('drills.findings.title')}
      data-testid="drill-findings-card"
      extra={
        canAdd && (
          <Button type="primary" size="small" onClick={() => { setAdding(true); }}>
            {t('drills.findings.add')}
          </Button>
        )
      }
    >
      <Flex vertical gap="small">
        <Space wrap align="start">
          {hasEvaluation && <ReportButton drill={drill} which="evaluation" />}
          {/* the summary report is the server's once the drill was held: the states this card is shown in */}
          <ReportButton drill={drill} which="summary" />
        </Space>
        {body()}
      </Flex>
      {adding && me.data && <AddFindingDialog drill={drill} me={me.data} onClose={() => { setAdding(false); }} />}
    </Card>
  );
}
