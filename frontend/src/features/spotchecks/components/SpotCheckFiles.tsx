import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentLink } from '@/lib/AttachmentLink';
import { attachmentTypes } from '@/lib/attachments';
import { useMessage } from '@/lib/feedback';
import { ProblemAlert } from '@/lib/ProblemAlert';
import { spotCheckFileKinds, useAttachSpotCheckFiles, type SpotCheck, type SpotCheckFileKind } from '../api/spot-checks';

function AttachButton({ check, kind }: { check: SpotCheck; kind: SpotCheckFileKind }) {
  const { t } = useTranslation();
  const message = useMessage();
  const attach = useAttachSpotCheckFiles();
  const input = useRef<HTMLInputElement>(null);
  const label = `${t('spotChecks.files.attach')} ${t(`label.enum.DrillSpotCheckFileKind.${kind}`)}`;
  return (
    <>
      <Button size="small" icon={<UploadOutlined />} loading={attach.isPending} onClick={() => input.current?.click()}>
        {t('spotChecks.files.attach')}
      </Button>
      <input
        ref={input}
        type="file"
        accept={kind === 'SITE_PHOTO' ? 'image/*' : attachmentTypes.join(',')}
        multiple
        data-testid={`spot-check-attach-${kind}`}
        aria-label={label}
        style={{ display: 'none' }}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length === 0) return;
          attach.mutate(
            { id: check.id, kind, files },
            {
              onSuccess: () => {
                void message.success(t('spotChecks.files.attached', { kind: t(`label.enum.DrillSpotCheckFileKind.${kind}`) }));
              },
            },
          );
        }}
      />
      {attach.isError && <ProblemAlert error={attach.error} />}
    </>
  );
}

/**
 * The check's evidence by kind: 现场照片, the correction order's scan, the unit's proof of correction; each file is
 * downloaded by its name, and a kind is attached while the server lists it in attachableKinds.
 */
export function SpotCheckFiles({ check }: { check: SpotCheck }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('spotChecks.files.title')} data-testid="spot-check-files">
      <Flex vertical gap="small">
        {spotCheckFileKinds.map((kind) => {
          const files = check.files.filter((f) => f.purpose === kind);
          const attachable = check.attachableKinds.includes(kind);
          if (files.length === 0 && !attachable) return null;
          return (
            <Flex key={kind} vertical align="start" data-testid="spot-check-file-kind" data-kind={kind}>
              <Flex gap="small" align="center">
                <Typography.Text strong>{t(`label.enum.DrillSpotCheckFileKind.${kind}`)}</Typography.Text>
                {attachable && <AttachButton check={check} kind={kind} />}
              </Flex>
              {files.length === 0 ? (
                <Typography.Text type="secondary">{t('spotChecks.files.none')}</Typography.Text>
              ) : (
                files.map((f) => <AttachmentLink key={f.id} file={f} />)
              )}
            </Flex>
          );
        })}
        {check.files.length === 0 && check.attachableKinds.length === 0 && (
          <Typography.Text type="secondary" data-testid="spot-check-files-empty">
            {t('spotChecks.files.empty')}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
