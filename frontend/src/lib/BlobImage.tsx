import { useEffect, useRef, type ImgHTMLAttributes } from 'react';

/**
 * Shows a Blob (a queued photo, an attachment fetched with the token) through an object URL that is
 * revoked when the blob changes or the image goes away.
 */
export function BlobImage({ blob, ...img }: { blob: Blob } & Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'>) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (ref.current) ref.current.src = url;
    return () => {
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return <img ref={ref} {...img} />;
}
