import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons';
import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAttachmentContent, type Attachment } from '@/lib/attachments';
import { BlobImage } from '@/lib/BlobImage';

function Thumb({ attachment }: { attachment: Attachment }) {
  const content = useAttachmentContent(attachment.id);
  if (attachment.contentType === 'application/pdf') {
    return (
      <div className="photo-thumb photo-thumb-file" title={attachment.fileName}>
        <FilePdfOutlined style={{ fontSize: 28 }} />
      </div>
    );
  }
  return (
    <div className="photo-thumb" title={attachment.fileName}>
      {content.isPending && <Spin size="small" />}
      {content.isError && <PictureOutlined style={{ fontSize: 28, color: '#bfbfbf' }} />}
      {content.data && <BlobImage blob={content.data} alt={attachment.fileName} data-testid="hazard-photo" />}
    </div>
  );
}

/** Before and after photos, fetched with the bearer token (an <img src> cannot carry one). */
export function HazardPhotos({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return <Typography.Text type="secondary">{t('hazards.photo.none')}</Typography.Text>;
  const groups = new Map<string, Attachment[]>();
  for (const a of attachments) {
    const key = a.purpose ?? 'OTHER';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <Flex vertical gap="small">
        {[...groups].map(([purpose, items]) => (
          <div key={purpose}>
            <Typography.Text type="secondary">{t(`label.attachmentPurpose.${purpose}`, { defaultValue: purpose })}</Typography.Text>
            <Flex wrap gap="small" style={{ marginTop: 4 }}>
              {items.map((a) => (
                <Thumb key={a.id} attachment={a} />
              ))}
            </Flex>
          </div>
        ))}
    </Flex>
  );
}
