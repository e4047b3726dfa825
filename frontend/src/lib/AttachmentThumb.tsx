import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { useAttachmentContent, type Attachment } from './attachments';
import { BlobImage } from './BlobImage';

/** One evidence file as a thumbnail: a photo fetched with the bearer token (an <img src> cannot carry one), a PDF as its icon. */
export function AttachmentThumb({ attachment, testId }: { attachment: Attachment; testId?: string }) {
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
      {content.data && <BlobImage blob={content.data} alt={attachment.fileName} data-testid={testId} />}
    </div>
  );
}
