import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { acceptorKinds, rejectionReasons, supervisionLevels, type Hazard, type HazardAction } from '../api/types';
import type { ActionFormValues } from './action-values';
import { DuplicateSelect } from './DuplicateSelect';
import { PhotoPicker } from '@/lib/PhotoPicker';

const notPast = (current: Dayjs) => current.isBefore(dayjs().startOf('day'));

interface Props {
  action: HazardAction;
  hazard: Hazard;
}

/** The inputs one action needs, with the same rules the server checks (HazardService.java). */
export function ActionFields({ action, hazard }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ActionFormValues>();
  const reason = Form.useWatch((values: ActionFormValues) => values.rejectionReason, form);
  const acceptorKind = Form.useWatch((values: ActionFormValues) => values.acceptance?.acceptorKind, form);
  const required = { required: true, message: t('hazards.validation.required') };
  const futureDate = {
    validator: (_: unknown, value: Dayjs | null | undefined) =>
      value && notPast(value) ? Promise.reject(new Error(t('hazards.validation.notPast'))) : Promise.resolve(),
  };

  const comment = (label = t('hazards.action.comment'), mustHave = false) => (
    <Form.Item name="comment" label={label} rules={mustHave ? [{ ...required, whitespace: true }] : []}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  );

  switch (action) {
    case 'CONFIRM':
      return (
        <>
          <Form.Item name="deadline" label={t('hazards.field.deadline')} rules={[required, futureDate]}>
            <DatePicker disabledDate={notPast} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="responsiblePerson" label={t('hazards.field.responsiblePerson')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="rectificationMeasures" label={t('hazards.field.rectificationMeasures')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          {comment()}
        </>
      );
    case 'REJECT':
      return (
        <>
          <Form.Item name="rejectionReason" label={t('hazards.field.rejectionReason')} rules={[required]}>
            <Radio.Group options={rejectionReasons.map((r) => ({ value: r, label: t(`label.enum.RejectionReason.${r}`) }))} />
          </Form.Item>
          {reason === 'DUPLICATE' && (
            <Form.Item name="duplicateOf" label={t('hazards.field.duplicateOf')} rules={[required]}>
              <DuplicateSelect excludeId={hazard.id} />
            </Form.Item>
          )}
          {comment()}
        </>
      );
    case 'FIX_ON_SPOT':
      return (
        <>
          <Form.Item
            name="photos"
            label={t('hazards.action.afterPhoto')}
            rules={[{ validator: (_, files?: File[]) => (files && files.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('hazards.validation.afterPhoto')))) }]}
          >
            <PhotoPicker />
          </Form.Item>
          {comment()}
        </>
      );
    case 'SET_FIVE_MUSTS':
      return (
        <>
          <Form.Item name={['fiveMusts', 'measures']} label={t('hazards.fiveMusts.measures')} rules={[{ ...required, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item
            name={['fiveMusts', 'funds']}
            label={t('hazards.fiveMusts.funds')}
            rules={[required, { type: 'number', min: 0, max: 999999999999.99, message: t('hazards.validation.funds') }]}
          >
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['fiveMusts', 'deadline']} label={t('hazards.fiveMusts.deadline')} rules={[required, futureDate]}>
            <DatePicker disabledDate={notPast} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name={['fiveMusts', 'responsiblePerson']}
            label={t('hazards.fiveMusts.responsiblePerson')}
            rules={[{ ...required, whitespace: true }, { max: 100 }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name={['fiveMusts', 'emergencyPlan']} label={t('hazards.fiveMusts.emergencyPlan')} rules={[{ ...required, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </>
      );
    case 'START_RECTIFICATION':
      return (
        <>
          <Form.Item name="rectificationMeasures" label={t('hazards.field.rectificationMeasures')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          {comment()}
        </>
      );
    case 'SUBMIT_FOR_ACCEPTANCE':
      return (
        <>
          {comment(t('hazards.action.whatWasDone'), true)}
          <Form.Item name="photos" label={t('hazards.action.afterPhotos')}>
            <PhotoPicker />
          </Form.Item>
        </>
      );
    case 'ACCEPT':
      return (
        <>
          <Form.Item
            name={['acceptance', 'acceptorKind']}
            label={t('hazards.acceptance.acceptorKind')}
            rules={hazard.level === 'MAJOR' ? [required] : []}
          >
            <Radio.Group options={acceptorKinds.map((k) => ({ value: k, label: t(`label.enum.AcceptorKind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name={['acceptance', 'acceptorName']}
            label={t('hazards.acceptance.acceptorName')}
            rules={acceptorKind === 'THIRD_PARTY' ? [{ ...required, whitespace: true }] : []}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name={['acceptance', 'opinion']} label={t('hazards.acceptance.opinion')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          {comment()}
        </>
      );
    case 'SEND_BACK':
      return comment(t('hazards.action.whatIsWrong'), true);
    case 'REQUEST_EXTENSION':
      return (
        <>
          <Form.Item
            name="requestedDeadline"
            label={t('hazards.extension.requestedDeadline')}
            rules={[
              required,
              futureDate,
              {
                validator: (_, value: Dayjs | null | undefined) =>
                  value && hazard.deadline && !value.isAfter(dayjs(hazard.deadline), 'day')
                    ? Promise.reject(new Error(t('hazards.validation.laterThanDeadline', { deadline: hazard.deadline })))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker disabledDate={notPast} style={{ width: '100%' }} />
          </Form.Item>
          {comment(t('hazards.extension.reason'), true)}
        </>
      );
    case 'LIST_FOR_SUPERVISION':
      return (
        <>
          <Form.Item name={['supervision', 'level']} label={t('hazards.supervision.level')} rules={[required]}>
            <Select options={supervisionLevels.map((l) => ({ value: l, label: t(`label.enum.SupervisionLevel.${l}`) }))} />
          </Form.Item>
          <Form.Item
            name={['supervision', 'documentNumber']}
            label={t('hazards.supervision.documentNumber')}
            rules={[{ ...required, whitespace: true }, { max: 60 }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          {comment()}
        </>
      );
    case 'VERIFY_EFFECTIVENESS':
      return (
        <>
          <Form.Item name="effective" label={t('hazards.effectiveness.result')} rules={[required]}>
            <Radio.Group
              options={[
                { value: true, label: t('hazards.effectiveness.effective') },
                { value: false, label: t('hazards.effectiveness.ineffective') },
              ]}
            />
          </Form.Item>
          {comment(t('hazards.effectiveness.note'))}
        </>
      );
    default:
      return comment();
  }
}
