import { PaperClipOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useApiClient } from './api-context';
import { fetchAttachmentContent, type Attachment } from './attachments';
import { saveBlob } from './download';

/** An attached file by its name: a click downloads its bytes with the bearer token and saves them under that name. */
export function AttachmentLink({ file }: { file: Attachment }) {
  const client = useApiClient();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      type="link"
      size="small"
      icon={<PaperClipOutlined />}
      loading={busy}
      data-testid="attachment-link"
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
      onClick={() => {
        setBusy(true);
        void fetchAttachmentContent(client, file.id)
          .then((blob) => {
            saveBlob(blob, file.fileName);
          })
          .finally(() => {
            setBusy(false);
          });
      }}
    >
      {file.fileName}
    </Button>
  );
}
