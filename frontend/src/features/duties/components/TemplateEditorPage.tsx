import { Alert, Button, Card, Checkbox, Flex, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { dutyCategoryValues, holderKindValues, periodTypeValues } from '@/api/enums';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { QueryPending } from '@/lib/QueryPending';
import { useSaveTemplate, useTemplate, type ListTemplate, type TemplateInput, type TemplateItem } from '../api/templates';

/** One duty as the form holds it: citations as one line, the evidence as flags. */
interface ItemForm {
  category: TemplateItem['category'];
  text: string;
  legalBasis?: string;
  periodType?: TemplateItem['periodType'];
  minCount?: number | null;
  evidenceTypes?: string[];
  photoRequired?: boolean;
  gpsRequired?: boolean;
  holderMustPerform?: boolean;
}

interface TemplateForm {
  code: string;
  holderKind: TemplateInput['holderKind'];
  title: string;
  sourceDocs: string;
  items: ItemForm[];
}

const periodic = periodTypeValues.filter((p) => p === 'YEAR' || p === 'HALF_YEAR' || p === 'QUARTER' || p === 'MONTH');

function toForm(template: ListTemplate): TemplateForm {
  return {
    code: template.code,
    holderKind: template.holderKind,
    title: template.title,
    sourceDocs: template.sourceDocs,
    items: template.items.map((item) => ({
      category: item.category,
      text: item.text,
      legalBasis: (item.legalBasis ?? []).join('；'),
      periodType: item.periodType,
      minCount: item.minCount,
      evidenceTypes: item.evidenceSpec?.types ?? [],
      photoRequired: item.evidenceSpec?.photoRequired ?? false,
      gpsRequired: item.evidenceSpec?.gpsRequired ?? false,
      holderMustPerform: item.evidenceSpec?.holderMustPerform ?? false,
    })),
  };
}

function toItem(form: ItemForm): TemplateItem {
  return {
    category: form.category,
    text: form.text.trim(),
    legalBasis: (form.legalBasis ?? '')
      .split(/[;；]/)
      .map((basis) => basis.trim())
      .filter(Boolean),
    ...(form.periodType ? { periodType: form.periodType, minCount: form.minCount ?? 1 } : {}),
    evidenceSpec: {
      types: form.evidenceTypes ?? [],
      photoRequired: form.photoRequired ?? false,
      gpsRequired: form.gpsRequired ?? false,
      holderMustPerform: form.holderMustPerform ?? false,
    },
  };
}

function ItemsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <Flex vertical gap="small">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('templates.itemNo', { n: index + 1 })}
              extra={
                <Button size="small" danger onClick={() => { remove(field.name); }}>
                  {t('templates.removeItem')}
                </Button>
              }
            >
              <Flex wrap gap="small">
                <Form.Item name={[field.name, 'category']} label={t('lists.item.category')} rules={[{ required: true }]} style={{ minWidth: 140 }}>
                  <Select options={dutyCategoryValues.map((c) => ({ value: c, label: t(`label.enum.DutyCategory.${c}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'periodType']} label={t('templates.field.period')} rules={[{ required: true }]} style={{ minWidth: 120 }}>
                  <Select options={periodic.map((p) => ({ value: p, label: t(`label.enum.PeriodType.${p}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'minCount']} label={t('templates.field.minCount')} style={{ width: 110 }}>
                  <InputNumber<number> min={1} max={366} />
                </Form.Item>
              </Flex>
              <Form.Item name={[field.name, 'text']} label={t('lists.item.text')} rules={[{ required: true, whitespace: true, message: t('templates.textRequired') }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
              </Form.Item>
              <Form.Item name={[field.name, 'legalBasis']} label={t('templates.field.legalBasis')} extra={t('templates.legalBasisHint')}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name={[field.name, 'evidenceTypes']} label={t('templates.field.evidenceTypes')}>
                <Select mode="tags" tokenSeparators={[',', '，', '、']} placeholder={t('templates.evidenceTypesHint')} />
              </Form.Item>
              <Space wrap>
                <Form.Item name={[field.name, 'photoRequired']} valuePropName="checked" noStyle>
                  <Checkbox>{t('lists.item.photo')}</Checkbox>
                </Form.Item>
                <Form.Item name={[field.name, 'gpsRequired']} valuePropName="checked" noStyle>
                  <Checkbox>{t('lists.item.gps')}</Checkbox>
                </Form.Item>
                <Form.Item name={[field.name, 'holderMustPerform']} valuePropName="checked" noStyle>
                  <Checkbox>{t('lists.item.inPerson')}</Checkbox>
                </Form.Item>
              </Space>
            </Card>
          ))}
          <Button onClick={() => { add({ category: 'MEETING', periodType: 'QUARTER', minCount: 1, text: '' }); }}>{t('templates.addItem')}</Button>
        </Flex>
      )}
    </Form.List>
  );
}

function Editor({ template, etag }: { template?: ListTemplate; etag: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveTemplate();
  const [form] = Form.useForm<TemplateForm>();
  const onFinish = async (values: TemplateForm) => {
    const items = values.items.map(toItem);
    const saved = template
      ? await save.mutateAsync({ kind: 'update', id: template.id, etag, input: { title: values.title.trim(), sourceDocs: values.sourceDocs.trim(), items } })
      : await save.mutateAsync({ kind: 'create', input: { code: values.code.trim(), holderKind: values.holderKind, title: values.title.trim(), sourceDocs: values.sourceDocs.trim(), items } });
    await navigate(`/lists/templates/${encodeURIComponent(saved.id)}`);
  };
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 900 }}>
      <Link to={template ? `/lists/templates/${encodeURIComponent(template.id)}` : '/lists/templates'}>{t('templates.back')}</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {template ? t('templates.editTitle', { title: template.title }) : t('templates.create')}
      </Typography.Title>
      {template && <Alert type="info" showIcon title={t('templates.nextVersion', { n: template.versionNo + 1 })} />}
      <Form<TemplateForm>
        form={form}
        layout="vertical"
        initialValues={template ? toForm(template) : { items: [{ category: 'MEETING', periodType: 'QUARTER', minCount: 1, text: '' }] }}
        onFinish={(values) => void onFinish(values).catch(() => undefined)}
      >
        <Flex wrap gap="small">
          <Form.Item name="code" label={t('lists.field.code')} rules={[{ required: true, whitespace: true, message: t('templates.codeRequired') }]} style={{ minWidth: 240 }}>
            <Input disabled={!!template} maxLength={64} placeholder="TERRITORY-TOWNSHIP-NANMING" />
          </Form.Item>
          <Form.Item name="holderKind" label={t('lists.field.holderKind')} rules={[{ required: true, message: t('templates.kindRequired') }]} style={{ minWidth: 240 }}>
            <Select disabled={!!template} options={holderKindValues.map((k) => ({ value: k, label: t(`label.enum.HolderKind.${k}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('templates.field.title')} rules={[{ required: true, whitespace: true, message: t('templates.titleRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sourceDocs" label={t('templates.field.sources')} rules={[{ required: true, whitespace: true, message: t('templates.sourcesRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} />
        </Form.Item>
        <ItemsField />
        {save.isError && (
          <div style={{ marginTop: 16 }}>
            <ProblemAlert error={save.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
          {t('common.save')}
        </Button>
      </Form>
    </Flex>
  );
}

function EditTemplate({ id }: { id: string }) {
  const query = useTemplate(id);
  if (query.isPending) return <QueryPending query={query} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return <Editor template={query.data.template} etag={query.data.etag} />;
}

/** Create a template code, or edit one into its next version (lists drafted from the older one keep it). */
export function TemplateEditorPage() {
  const { id } = useParams();
  return id ? <EditTemplate id={id} /> : <Editor etag={null} />;
}
