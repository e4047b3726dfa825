import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Descriptions, Drawer, Empty, Flex, Form, Input, Modal, Radio, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrgSelect } from '@/lib/OrgSelect';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { can, useMe } from '@/lib/session';
import { useFormProblems } from '@/lib/use-form-problems';
import {
  drillChoice,
  recentHalves,
  useCreateSpotCheck,
  useRegisterDownload,
  useSpotCheck,
  useSpotCheckHistory,
  useSpotChecks,
  useTargetDrills,
  useTransitionSpotCheck,
  type SpotCheck,
  type SpotCheckAction,
  type SpotCheckFilters,
} from '../api/spot-checks';
import { SpotCheckFiles } from './SpotCheckFiles';
import { halfLabel } from './spot-check-text';

const statuses = ['PLANNED', 'DONE', 'CORRECTION_ORDERED', 'CORRECTED', 'ESCALATED', 'CANCELLED'] as const;
const statusColor: Record<SpotCheck['status'], string> = {
  PLANNED: 'blue',
  DONE: 'default',
  CORRECTION_ORDERED: 'orange',
  CORRECTED: 'green',
  ESCALATED: 'red',
  CANCELLED: 'default',
};
/** The fields each action's dialog and 新建抽查 show: a server problem naming one of them shows beside it. */
const actionFields: Record<SpotCheckAction, readonly string[]> = {
  RECORD_RESULT: ['result', 'findings'],
  ORDER_CORRECTION: ['correctionDeadline', 'comment'],
  RESPOND: ['response'],
  ACCEPT_CORRECTION: ['comment'],
  ESCALATE: ['accountabilityType', 'comment'],
  CANCEL: ['comment'],
};
const createFields = ['targetOrgId', 'drillId', 'period', 'plannedOn', 'unannounced'] as const;
const accountabilityTypes = ['INTERVIEW', 'WARNING_INTERVIEW', 'CIRCULAR_CRITICISM', 'EXPLANATION', 'WRITTEN_REVIEW', 'RECTIFICATION_PLAN'] as const;

interface ActionValues {
  result?: 'COMPLIANT' | 'NONCOMPLIANT';
  findings?: string;
  correctionDeadline?: Dayjs;
  response?: string;
  accountabilityType?: (typeof accountabilityTypes)[number];
  comment?: string;
}

/** The fields one action asks for, in the dialog of the detail drawer. */
function ActionFields({ action }: { action: SpotCheckAction }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('spotChecks.required') };
  switch (action) {
    case 'RECORD_RESULT':
      return (
        <>
          <Form.Item name="result" label={t('spotChecks.field.result')} rules={[required]}>
            <Radio.Group options={(['COMPLIANT', 'NONCOMPLIANT'] as const).map((r) => ({ value: r, label: t(`label.enum.DrillSpotCheckResult.${r}`) }))} />
          </Form.Item>
          <Form.Item name="findings" label={t('spotChecks.field.findings')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'ORDER_CORRECTION':
      return (
        <>
          <Form.Item name="correctionDeadline" label={t('spotChecks.field.correctionDeadline')} rules={[required]}>
            <DatePicker disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="comment" label={t('spotChecks.field.order')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'RESPOND':
      return (
        <Form.Item name="response" label={t('spotChecks.field.response')} rules={[required]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      );
    case 'ESCALATE':
      return (
        <>
          <Form.Item name="accountabilityType" label={t('spotChecks.field.accountabilityType')} initialValue="INTERVIEW">
            <Select options={accountabilityTypes.map((a) => ({ value: a, label: t(`label.enum.AccountabilityType.${a}`) }))} />
          </Form.Item>
          <Form.Item name="comment" label={t('spotChecks.field.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      );
    case 'CANCEL':
      return (
        <Form.Item name="comment" label={t('spotChecks.field.reason')} rules={[required]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name="comment" label={t('spotChecks.field.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      );
  }
}

function ActionDialog({ check, action, onClose }: { check: SpotCheck; action: SpotCheckAction; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const transition = useTransitionSpotCheck();
  const problems = useFormProblems(form, actionFields[action]);
  const submit = (v: ActionValues) => {
    problems.clear();
    transition.mutate(
      {
        id: check.id,
        body: {
          action,
          result: v.result,
          findings: v.findings?.trim() || undefined,
          correctionDeadline: v.correctionDeadline?.format('YYYY-MM-DD'),
          response: v.response?.trim() || undefined,
          accountabilityType: v.accountabilityType,
          comment: v.comment?.trim() || undefined,
        },
      },
      { onSuccess: onClose, onError: (failure) => problems.show(failure) },
    );
  };
  return (
    <Modal
      open
      title={t(`label.enum.DrillSpotCheckAction.${action}`)}
      okText={t('spotChecks.confirm')}
      cancelText={t('spotChecks.cancel')}
      confirmLoading={transition.isPending}
      onOk={() => { form.submit(); }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} name="spot-check-action">
        <ActionFields action={action} />
      </Form>
      {transition.isError && <ProblemAlert error={transition.error} fieldErrors={problems.unmatched} />}
    </Modal>
  );
}

function SpotCheckDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const check = useSpotCheck(id);
  const history = useSpotCheckHistory(id);
  const [action, setAction] = useState<SpotCheckAction | null>(null);
  const c = check.data;
  return (
    <Drawer open size={560} title={c ? `${t('spotChecks.detail')} ${c.code}` : t('spotChecks.detail')} onClose={onClose}>
      {check.isError && <ProblemAlert error={check.error} />}
      {c && (
        <Flex vertical gap="middle" data-testid="spot-check-detail">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('spotChecks.field.target')}>{c.target.name}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.field.regulator')}>{c.regulator.name}</Descriptions.Item>
            {c.drillId && (
              <Descriptions.Item label={t('spotChecks.field.drill')}>
                <Link to={`/drills/${c.drillId}`}>{c.drillTitle ?? t('spotChecks.field.drill')}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('spotChecks.field.period')}>{halfLabel(t, c.period)}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.field.unannounced')}>{c.unannounced ? t('common.yes') : t('common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.field.status')}>
              <Tag color={statusColor[c.status]}>{t(`label.enum.DrillSpotCheckStatus.${c.status}`)}</Tag>
              {c.overdue && <Tag color="red">{t('spotChecks.overdue')}</Tag>}
            </Descriptions.Item>
            {c.result && <Descriptions.Item label={t('spotChecks.field.result')}>{t(`label.enum.DrillSpotCheckResult.${c.result}`)}</Descriptions.Item>}
            {c.checkedOn && <Descriptions.Item label={t('spotChecks.field.checkedOn')}>{`${c.checkedOn} ${c.checkedBy ?? ''}`}</Descriptions.Item>}
            {c.findings && <Descriptions.Item label={t('spotChecks.field.findings')}>{c.findings}</Descriptions.Item>}
            {c.correctionDeadline && <Descriptions.Item label={t('spotChecks.field.correctionDeadline')}>{c.correctionDeadline}</Descriptions.Item>}
            {c.correctionOrder && <Descriptions.Item label={t('spotChecks.field.order')}>{c.correctionOrder}</Descriptions.Item>}
            {c.response && <Descriptions.Item label={t('spotChecks.field.response')}>{c.response}</Descriptions.Item>}
            {c.cancelReason && <Descriptions.Item label={t('spotChecks.field.reason')}>{c.cancelReason}</Descriptions.Item>}
            {c.accountabilityActionId && <Descriptions.Item label={t('spotChecks.field.accountability')}>{t('spotChecks.accountabilityProposed')}</Descriptions.Item>}
          </Descriptions>
          <Space wrap data-testid="spot-check-actions">
            {c.allowedActions.map((a) => (
              <Button key={a} type={a === 'ESCALATE' ? 'primary' : 'default'} danger={a === 'ESCALATE'} onClick={() => { setAction(a); }}>
                {t(`label.enum.DrillSpotCheckAction.${a}`)}
              </Button>
            ))}
          </Space>
          <SpotCheckFiles check={c} />
          <Card size="small" title={t('spotChecks.history')}>
            <Timeline
              items={(history.data?.items ?? []).map((e) => ({
                key: e.seq,
                content: (
                  <span>
                    {`${dayjs(e.at).format('YYYY-MM-DD HH:mm')} ${e.actor} · ${e.action === 'ATTACH' ? t('spotChecks.files.step') : t(`label.enum.DrillSpotCheckAction.${e.action}`, { defaultValue: t('spotChecks.created') })}`}
                    {e.comment ? `：${e.comment}` : ''}
                  </span>
                ),
              }))}
            />
          </Card>
          {action && <ActionDialog check={c} action={action} onClose={() => { setAction(null); }} />}
        </Flex>
      )}
    </Drawer>
  );
}

interface CreateValues {
  targetOrgId?: string;
  drillId?: string;
  period: string;
  unannounced: boolean;
  plannedOn?: Dayjs;
}

function CreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateSpotCheck();
  const problems = useFormProblems(form, createFields);
  const [key] = useState(() => crypto.randomUUID());
  const halves = recentHalves();
  const targetOrgId = Form.useWatch('targetOrgId', form);
  const drills = useTargetDrills(targetOrgId);
  return (
    <Modal open title={t('spotChecks.create')} okText={t('common.save')} cancelText={t('spotChecks.cancel')} confirmLoading={create.isPending} onOk={() => { form.submit(); }} onCancel={onClose}>
      <Form<CreateValues>
        form={form}
        layout="vertical"
        name="spot-check-create"
        initialValues={{ period: halves[0], unannounced: false }}
        onValuesChange={(changed: Partial<CreateValues>) => {
          if ('targetOrgId' in changed) form.setFieldValue('drillId', undefined);
        }}
        onFinish={(v) => {
          problems.clear();
          create.mutate(
            { idempotencyKey: key, input: { targetOrgId: v.targetOrgId ?? '', drillId: v.drillId, period: v.period, unannounced: v.unannounced, plannedOn: v.plannedOn?.format('YYYY-MM-DD') } },
            { onSuccess: onClose, onError: (failure) => problems.show(failure) },
          );
        }}
      >
        <Form.Item name="targetOrgId" label={t('spotChecks.field.target')} rules={[{ required: true, message: t('spotChecks.required') }]}>
          <OrgSelect kind="ENTERPRISE" ariaLabel={t('spotChecks.field.target')} />
        </Form.Item>
        <Form.Item name="drillId" label={t('spotChecks.field.drill')} extra={t('spotChecks.drillHint')}>
          <Select
            allowClear
            aria-label={t('spotChecks.field.drill')}
            disabled={!targetOrgId}
            loading={drills.isFetching}
            placeholder={targetOrgId ? t('spotChecks.chooseDrill') : t('spotChecks.targetFirst')}
            notFoundContent={t('spotChecks.noDrills')}
            options={(drills.data ?? []).map((d) => ({ value: d.id, label: drillChoice(d) }))}
          />
        </Form.Item>
        {drills.isError && <ProblemAlert error={drills.error} />}
        <Form.Item name="period" label={t('spotChecks.field.period')}>
          <Select options={halves.map((h) => ({ value: h, label: halfLabel(t, h) }))} />
        </Form.Item>
        <Form.Item name="plannedOn" label={t('spotChecks.field.plannedOn')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="unannounced" valuePropName="checked">
          <Checkbox>{t('spotChecks.field.unannounced')}</Checkbox>
        </Form.Item>
      </Form>
      {create.isError && <ProblemAlert error={create.error} fieldErrors={problems.unmatched} />}
    </Modal>
  );
}

/** 演练抽查: the spot-check register of the caller's scope with filters, planning, each check's actions and the 抽查台账 workbook. */
export function SpotChecksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<SpotCheckFilters>({});
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const checks = useSpotChecks(filters);
  const download = useRegisterDownload();
  const set = (patch: Partial<SpotCheckFilters>) => { setFilters((f) => ({ ...f, ...patch })); };
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="start" wrap gap="small">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('spotChecks.title')}
        </Typography.Title>
        <Space wrap>
          {can(me.data, 'MANAGE_SPOT_CHECKS') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => { setCreating(true); }}>
              {t('spotChecks.create')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} loading={download.isPending} onClick={() => { download.mutate({ filters, fileName: `${t('spotChecks.registerFile')}.xlsx` }); }}>
            {t('spotChecks.download')}
          </Button>
        </Space>
      </Flex>
      {download.isError && <ProblemAlert error={download.error} />}
      <Space wrap>
        <Select allowClear aria-label={t('spotChecks.field.period')} placeholder={t('spotChecks.field.period')} style={{ minWidth: 150 }} value={filters.period}
          options={recentHalves().map((h) => ({ value: h, label: halfLabel(t, h) }))} onChange={(period?: string) => { set({ period }); }} />
        <Select allowClear aria-label={t('spotChecks.field.status')} placeholder={t('spotChecks.field.status')} style={{ minWidth: 150 }} value={filters.status}
          options={statuses.map((s) => ({ value: s, label: t(`label.enum.DrillSpotCheckStatus.${s}`) }))} onChange={(status?: SpotCheck['status']) => { set({ status }); }} />
        <Select allowClear aria-label={t('spotChecks.field.result')} placeholder={t('spotChecks.field.result')} style={{ minWidth: 130 }} value={filters.result}
          options={(['COMPLIANT', 'NONCOMPLIANT'] as const).map((r) => ({ value: r, label: t(`label.enum.DrillSpotCheckResult.${r}`) }))}
          onChange={(result?: 'COMPLIANT' | 'NONCOMPLIANT') => { set({ result }); }} />
        <Checkbox checked={filters.unannounced === true} onChange={(e) => { set({ unannounced: e.target.checked ? true : undefined }); }}>
          {t('spotChecks.onlyUnannounced')}
        </Checkbox>
      </Space>
      {checks.isError && <ProblemAlert error={checks.error} onRetry={() => void checks.refetch()} />}
      <Table<SpotCheck>
        rowKey="id"
        size="small"
        loading={checks.isPending}
        dataSource={checks.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1280 }}
        onRow={(c) => ({ 'data-testid': 'spot-check-row', onClick: () => { setOpen(c.id); }, style: { cursor: 'pointer' } }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Empty description={t('spotChecks.empty')} /> }}
        columns={[
          { title: t('spotChecks.field.code'), key: 'code', width: 130, render: (_, c) => c.code },
          { title: t('spotChecks.field.target'), key: 'target', width: 200, render: (_, c) => c.target.name },
          { title: t('spotChecks.field.drill'), key: 'drill', width: 200, render: (_, c) => c.drillTitle ?? '' },
          { title: t('spotChecks.field.regulator'), key: 'regulator', width: 160, render: (_, c) => c.regulator.name },
          { title: t('spotChecks.field.period'), key: 'period', width: 130, render: (_, c) => halfLabel(t, c.period) },
          { title: t('spotChecks.field.unannounced'), key: 'unannounced', width: 90, render: (_, c) => (c.unannounced ? <Tag color="purple">{t('spotChecks.unannounced')}</Tag> : null) },
          { title: t('spotChecks.field.result'), key: 'result', width: 110, render: (_, c) => (c.result ? t(`label.enum.DrillSpotCheckResult.${c.result}`) : '') },
          {
            title: t('spotChecks.field.status'),
            key: 'status',
            width: 150,
            render: (_, c) => (
              <Space size={4}>
                <Tag color={statusColor[c.status]}>{t(`label.enum.DrillSpotCheckStatus.${c.status}`)}</Tag>
                {c.overdue && <Tag color="red">{t('spotChecks.overdue')}</Tag>}
              </Space>
            ),
          },
          { title: t('spotChecks.field.correctionDeadline'), key: 'deadline', width: 110, render: (_, c) => c.correctionDeadline ?? '' },
        ]}
      />
      {open && <SpotCheckDetail id={open} onClose={() => { setOpen(null); }} />}
      {creating && <CreateDialog onClose={() => { setCreating(false); }} />}
    </Flex>
  );
}
