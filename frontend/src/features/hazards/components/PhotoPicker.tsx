import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/lib/BlobImage';
import { shrinkPhoto } from '@/lib/image';

interface Props {
  value?: File[];
  onChange?: (files: File[]) => void;
  id?: string;
  max?: number;
  label?: string;
}

function Thumb({ file, onRemove, label }: { file: File; onRemove: () => void; label: string }) {
  return (
    <div className="photo-thumb">
      <BlobImage blob={file} alt={file.name} />
      <Button size="small" shape="circle" icon={<DeleteOutlined />} aria-label={label} onClick={onRemove} className="photo-thumb-remove" />
    </div>
  );
}

/**
 * Takes photos with the phone's back camera (or picks files on a desktop); large photos are shrunk
 * on the device before they are stored or sent.
 */
export function PhotoPicker({ value = [], onChange, id, max = 9, label }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    try {
      const shrunk = await Promise.all([...files].map((file) => shrinkPhoto(file)));
      onChange?.([...value, ...shrunk].slice(0, max));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Flex wrap gap="small" align="center">
      {value.map((file, index) => (
        <Thumb
          key={`${file.name}-${file.size}-${index}`}
          file={file}
          label={t('hazards.photo.remove')}
          onRemove={() => onChange?.(value.filter((_, i) => i !== index))}
        />
      ))}
      {value.length < max && (
        <Button
          icon={busy ? <Spin size="small" /> : <CameraOutlined />}
          className="photo-add"
          onClick={() => input.current?.click()}
          disabled={busy}
        >
          {label ?? t('hazards.photo.take')}
        </Button>
      )}
      <input
        ref={input}
        id={id}
        data-testid="photo-input"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        // Not the hidden attribute: antd's form styles give file inputs a display that overrides it.
        style={{ display: 'none' }}
        onChange={(event) => void add(event.target.files)}
      />
    </Flex>
  );
}
