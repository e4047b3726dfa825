import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageProvider, useMessage, type Toasts } from './feedback';

function renderToasts(): Toasts {
  let api: Toasts | undefined;
  function Capture() {
    api = useMessage();
    return null;
  }
  render(
    <MessageProvider>
      <Capture />
    </MessageProvider>,
  );
  if (!api) throw new Error('no toasts');
  return api;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('toasts', () => {
  it('replaces a toast opened again with its key, and closes it after its duration', async () => {
    vi.useFakeTimers();
    const toasts = renderToasts();
    let first = false;
    act(() => {
      void toasts.open({ key: 'r-1', type: 'loading', content: '已保存，正在上传', duration: 0 }).then(() => {
        first = true;
      });
    });
    expect(screen.getByRole('status')).toHaveTextContent('已保存，正在上传');

    act(() => {
      void toasts.open({ key: 'r-1', type: 'success', content: '已上传 YH-1', duration: 4 });
    });
    expect(screen.getAllByTestId('toast')).toHaveLength(1);
    expect(screen.getByTestId('toast')).toHaveTextContent('已上传 YH-1');
    await act(() => Promise.resolve());
    expect(first).toBe(true);

    act(() => {
      vi.advanceTimersByTime(4000);
    });
    expect(screen.queryByTestId('toast')).not.toBeInTheDocument();
  });

  it('keeps toasts without a key apart', () => {
    const toasts = renderToasts();
    act(() => {
      void toasts.success('已保存');
      void toasts.success('已保存');
    });
    expect(screen.getAllByTestId('toast')).toHaveLength(2);
  });
});
