import { Button, Checkbox, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { uploadAttachment } from '@/lib/attachments';
import { useMessage } from '@/lib/feedback';
import { PhotoPicker } from '@/lib/PhotoPicker';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useSetValue } from '../api/assessments';
import { pts, type Indicator, type ValueEntry, type ValueInput } from '../api/types';

interface Values {
  occurrences: Record<string, number | null>;
  met: string[];
  reason?: string;
  photos?: File[];
}

/** The latest self value of a leaf, if any. */
export function latestSelf(values: readonly ValueEntry[], code: string): ValueEntry | undefined {
  return [...values].reverse().find((v) => v.kind === 'SELF' && v.code === code);
}

/** What a self value claims, in words: the deductions taken or the items met. */
export function selfWords(entry: ValueEntry, leaf: Indicator, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (leaf.method === 'CHECKLIST') {
    const met = (leaf.checklist ?? []).filter((c) => entry.checklistMet.includes(c.code));
    return met.length === 0 ? t('assessments.self.noneMet') : met.map((c) => c.text).join('、');
  }
  const taken = entry.deductions.filter((d) => (d.occurrences ?? 1) > 0);
  if (taken.length === 0) return t('assessments.self.noDeduction');
  return taken
    .map((d) => {
      const rule = leaf.deductionRules?.find((r) => r.code === d.rule);
      return t('assessments.self.deducted', { when: rule?.when ?? d.rule, times: d.occurrences ?? 1 });
    })
    .join('；');
}

/**
 * 自评 of one leaf: the deductions that apply (how many times) or the check items met, the evidence photos and a note.
 * Online only: the photos are uploaded, then the value is set with their ids.
 */
export function SelfAssessForm({ assessmentId, leaf, previous, onDone }: { assessmentId: string; leaf: Indicator; previous?: ValueEntry; onDone?: () => void }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const message = useMessage();
  const setValue = useSetValue();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const needsEvidence = Boolean(leaf.evidenceRequired);
  const kept = previous?.evidence ?? [];

  const initial: Values = {
    occurrences: Object.fromEntries((leaf.deductionRules ?? []).map((r) => [r.code, previous?.deductions.find((d) => d.rule === r.code)?.occurrences ?? 0])),
    met: previous?.checklistMet ?? [],
    reason: previous?.reason ?? '',
    photos: [],
  };

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const stored = await Promise.all((values.photos ?? []).map((p) => uploadAttachment(client, p, p.name, crypto.randomUUID())));
      const input: ValueInput = { kind: 'SELF', code: leaf.code, attachmentIds: [...kept, ...stored.map((a) => a.id)] };
      if (leaf.method === 'CHECKLIST') input.checklistMet = values.met;
      else
        input.deductions = Object.entries(values.occurrences)
          .filter(([, n]) => (n ?? 0) > 0)
          .map(([rule, n]) => ({ rule, occurrences: n ?? 1 }));
      const reason = values.reason?.trim();
      if (reason) input.reason = reason;
      await setValue.mutateAsync({ id: assessmentId, input });
      void message.success(t('assessments.self.saved', { indicator: leaf.name }));
      onDone?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void onFinish(v)} disabled={busy} data-testid="self-form">
      {leaf.method === 'CHECKLIST' ? (
        <Form.Item name="met" label={t('assessments.self.itemsMet')}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
            {(leaf.checklist ?? []).map((c) => (
              <Checkbox key={c.code} value={c.code}>
                {c.text}（{pts(c.points)} {t('assessments.points')}）
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      ) : (leaf.deductionRules ?? []).length === 0 ? (
        <Typography.Paragraph type="secondary">{t('assessments.self.noRules')}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Typography.Text>{t('assessments.self.deductionsApply')}</Typography.Text>
          {(leaf.deductionRules ?? []).map((r) => (
            <Flex key={r.code} gap="small" align="center" wrap>
              <Typography.Text style={{ flex: '1 1 180px', overflowWrap: 'anywhere' }}>
                {r.when}（{t('assessments.self.minus', { points: pts(r.points) })}
                {r.perOccurrence ? t('assessments.rules.perOccurrence') : ''}）
              </Typography.Text>
              <Form.Item name={['occurrences', r.code]} noStyle>
                <InputNumber aria-label={t('assessments.self.times', { when: r.when })} min={0} max={r.perOccurrence ? 99 : 1} precision={0} style={{ width: 80 }} />
              </Form.Item>
            </Flex>
          ))}
        </Flex>
      )}
      <Form.Item
        name="photos"
        label={t('assessments.self.evidence')}
        extra={needsEvidence ? t('assessments.self.evidenceRequired', { have: kept.length }) : t('assessments.self.evidenceOptional', { have: kept.length })}
        rules={[
          {
            validator: (_, value: File[] | undefined) =>
              !needsEvidence || kept.length > 0 || (value?.length ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('assessments.self.evidenceMissing'))),
          },
        ]}
      >
        <PhotoPicker label={t('assessments.self.takePhoto')} />
      </Form.Item>
      <Form.Item name="reason" label={t('assessments.self.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {error !== null && <ProblemAlert error={error} />}
      <Button type="primary" htmlType="submit" loading={busy} block>
        {t('assessments.self.save')}
      </Button>
    </Form>
  );
}
