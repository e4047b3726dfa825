/** Photos from phone cameras are 3–12 MB; the longest side is scaled to this and re-encoded as JPEG. */
export const maxPhotoSide = 1600;
const smallEnough = 1.5 * 1024 * 1024;

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    const bitmap = await createImageBitmap(file);
    return { source: bitmap, width: bitmap.width, height: bitmap.height, close: () => { bitmap.close(); } };
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  await image.decode();
  return { source: image, width: image.naturalWidth, height: image.naturalHeight, close: () => { URL.revokeObjectURL(url); } };
}

export function scaledSize(width: number, height: number, max = maxPhotoSide): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '');
  return `${base || 'photo'}.jpg`;
}

/**
 * Shrinks a large photo on the phone before it is stored and sent (bad networks, a 10 MiB upload limit).
 * Small images are kept as they are; an image the browser cannot decode is returned unchanged.
 */
export async function shrinkPhoto(file: File, max = maxPhotoSide): Promise<File> {
  if (!file.type.startsWith('image/')) return file;
  try {
    const image = await decode(file);
    try {
      const fits = image.width <= max && image.height <= max;
      if (fits && file.size <= smallEnough) return file;
      const size = scaledSize(image.width, image.height, max);
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const context = canvas.getContext('2d');
      if (!context) return file;
      context.drawImage(image.source, 0, 0, size.width, size.height);
      const blob = await new Promise<Blob | null>((resolve) => {
        canvas.toBlob(resolve, 'image/jpeg', 0.85);
      });
      return blob ? new File([blob], jpegName(file.name), { type: 'image/jpeg', lastModified: file.lastModified }) : file;
    } finally {
      image.close();
    }
  } catch {
    return file;
  }
}
