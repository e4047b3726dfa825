import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef } from 'react';
import { attachmentTypes } from '@/lib/attachments';

interface Props {
  value?: File[];
  onChange?: (files: File[]) => void;
  id?: string;
  label: string;
}

/** A form control for documents (notice, minutes, the plan): scans, PDFs or office files, named as picked. */
export function DocumentPicker({ value = [], onChange, id, label }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Flex vertical gap={4} align="start">
      <Button size="small" icon={<UploadOutlined />} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={attachmentTypes.join(',')}
        aria-label={label}
        data-testid="document-input"
        style={{ display: 'none' }}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onChange?.([...value, ...files].slice(0, 20));
        }}
      />
      {value.map((f, i) => (
        <Typography.Text key={`${f.name}-${i}`} type="secondary" style={{ wordBreak: 'break-all' }}>
          {f.name}
        </Typography.Text>
      ))}
    </Flex>
  );
}
