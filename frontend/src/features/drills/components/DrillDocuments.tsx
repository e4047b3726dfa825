import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useRef, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '@/lib/api-context';
import { AttachmentLink } from '@/lib/AttachmentLink';
import { AttachmentThumb } from '@/lib/AttachmentThumb';
import { attachmentTypes, uploadAttachment, type Attachment } from '@/lib/attachments';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { useTransitionDrill } from '../api/drill';
import { documentKinds, type DrillFileKind, type VersionedDrill } from '../api/types';

/** Uploads the picked files, then attaches them to the drill as one kind (ATTACH, with the drill's ETag). */
function AttachButton({ versioned, kind, accept, label }: { versioned: VersionedDrill; kind: DrillFileKind; accept: string; label: string }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const message = useMessage();
  const transition = useTransitionDrill();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const attach = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const stored = await Promise.all([...files].map((file) => uploadAttachment(client, file, file.name, crypto.randomUUID())));
      await transition.mutateAsync({
        id: versioned.drill.id,
        etag: versioned.etag,
        transition: { action: 'ATTACH', fileKind: kind, attachmentIds: stored.map((a) => a.id) },
      });
      void message.success(t('drills.documents.attached', { kind: t(`label.enum.DrillFileKind.${kind}`) }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <Button size="small" icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple
        data-testid={`attach-input-${kind}`}
        aria-label={`${label} ${t(`label.enum.DrillFileKind.${kind}`)}`}
        style={{ display: 'none' }}
        onChange={(event) => void attach(event.target.files)}
      />
      {error !== null && <ProblemAlert error={error} />}
    </>
  );
}

interface Row {
  kind: Exclude<DrillFileKind, 'PHOTO'>;
  files: Attachment[];
  missing: boolean;
}

/**
 * The drill's documents by kind (GL09: 工作方案, 脚本, 评估方案 …): what is attached, and what mark_ready still waits for
 * (missingDocuments) flagged; each kind can be attached while the server allows ATTACH.
 */
export function DrillDocuments({ versioned }: { versioned: VersionedDrill }) {
  const { t } = useTranslation();
  const { drill } = versioned;
  const canAttach = drill.allowedActions.includes('ATTACH');
  const rows: Row[] = documentKinds.map((kind) => ({
    kind,
    files: drill.files.filter((f) => f.purpose === kind),
    missing: drill.missingDocuments.includes(kind),
  }));
  return (
    <Table<Row>
      rowKey="kind"
      size="small"
      pagination={false}
      dataSource={rows}
      // On a phone the table scrolls inside its card instead of widening the page.
      scroll={{ x: 'max-content' }}
      onRow={(row) => ({ 'data-testid': 'drill-document', 'data-kind': row.kind }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('drills.documents.kind'), key: 'kind', width: 140, render: (_, r) => t(`label.enum.DrillFileKind.${r.kind}`) },
        {
          title: t('drills.documents.state'),
          key: 'state',
          width: 140,
          render: (_, r) =>
            r.missing ? (
              <Tag color="red" data-testid="document-missing">
                {t('drills.documents.missing')}
              </Tag>
            ) : r.files.length > 0 ? (
              <Tag color="green">{t('drills.documents.present')}</Tag>
            ) : (
              <Typography.Text type="secondary">{t('drills.documents.optional')}</Typography.Text>
            ),
        },
        {
          title: t('drills.documents.files'),
          key: 'files',
          render: (_, r) => (
            <Flex vertical align="start">
              {r.files.map((f) => (
                <AttachmentLink key={f.id} file={f} />
              ))}
            </Flex>
          ),
        },
        ...(canAttach
          ? [
              {
                title: '',
                key: 'attach',
                width: 120,
                render: (_: unknown, r: Row) => (
                  <AttachButton versioned={versioned} kind={r.kind} accept={attachmentTypes.join(',')} label={t('label.enum.DrillAction.ATTACH')} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The drill's photos (attached, with the end, or taken with timeline entries); more can be attached while ATTACH is allowed. */
export function DrillPhotos({ versioned }: { versioned: VersionedDrill }) {
  const { t } = useTranslation();
  const photos = versioned.drill.files.filter((f) => f.purpose === 'PHOTO');
  return (
    <Flex vertical gap="small">
      {photos.length === 0 ? (
        <Typography.Text type="secondary">{t('drills.photos.none')}</Typography.Text>
      ) : (
        <Flex wrap gap="small">
          {photos.map((p) => (
            <AttachmentThumb key={p.id} attachment={p} testId="drill-photo" />
          ))}
        </Flex>
      )}
      {versioned.drill.allowedActions.includes('ATTACH') && (
        <div>
          <AttachButton versioned={versioned} kind="PHOTO" accept="image/*" label={t('drills.photos.add')} />
        </div>
      )}
    </Flex>
  );
}
