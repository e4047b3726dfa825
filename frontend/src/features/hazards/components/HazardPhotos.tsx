import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentThumb } from '@/lib/AttachmentThumb';
import type { Attachment } from '@/lib/attachments';

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
                <AttachmentThumb key={a.id} attachment={a} testId="hazard-photo" />
              ))}
            </Flex>
          </div>
        ))}
    </Flex>
  );
}
