import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BlobImage } from '@/lib/BlobImage';
import { CameraIcon, DeleteIcon } from '@/lib/icons';
import { shrinkPhoto } from '@/lib/image';

interface Props {
  value?: File[];
  onChange?: (files: File[]) => void;
  id?: string;
  max?: number;
  label?: string;
  disabled?: boolean;
}

function Thumb({ file, onRemove, label }: { file: File; onRemove: () => void; label: string }) {
  return (
    <div className="photo-thumb">
      <BlobImage blob={file} alt={file.name} />
      <button type="button" className="photo-thumb-remove" aria-label={label} onClick={onRemove}>
        <DeleteIcon />
      </button>
    </div>
  );
}

/**
 * Takes photos with the phone's back camera (or picks files on a desktop); large photos are shrunk
 * on the device before they are stored or sent. Plain HTML: it is on the report form's first load.
 */
export function PhotoPicker({ value = [], onChange, id, max = 9, label, disabled = false }: Props) {
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
    <div className="photo-picker">
      {value.map((file, index) => (
        <Thumb
          key={`${file.name}-${file.size}-${index}`}
          file={file}
          label={t('hazards.photo.remove')}
          onRemove={() => onChange?.(value.filter((_, i) => i !== index))}
        />
      ))}
      {value.length < max && (
        <button type="button" className="btn photo-add" onClick={() => input.current?.click()} disabled={busy || disabled} aria-busy={busy}>
          {busy ? <span className="app-spinner-dot small" aria-hidden /> : <CameraIcon />}
          {label ?? t('hazards.photo.take')}
        </button>
      )}
      <input
        ref={input}
        id={id}
        data-testid="photo-input"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        // Not the hidden attribute: inside antd's forms (the rectification photos) its styles give file inputs a display.
        style={{ display: 'none' }}
        onChange={(event) => void add(event.target.files)}
      />
    </div>
  );
}
