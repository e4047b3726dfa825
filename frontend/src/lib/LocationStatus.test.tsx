import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/test/render';
import { LocationStatus } from '@/lib/LocationStatus';

describe('location status', () => {
  it('shows the fix in the UI language; the coordinates never switch the language', async () => {
    const { i18n } = await renderApp(<LocationStatus geo={{ status: 'ok', latitude: 26.57, longitude: 106.71, accuracy: 12 }} onRetry={vi.fn()} />);
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('已定位 26.57, 106.71（±12 米）');
    expect(i18n.language).toBe('zh-CN');
  });

  it('says the same in English', async () => {
    await renderApp(<LocationStatus geo={{ status: 'ok', latitude: 26.57, longitude: 106.71, accuracy: 12 }} onRetry={vi.fn()} />, { language: 'en' });
    expect(await screen.findByTestId('gps-status')).toHaveTextContent('Located 26.57, 106.71 (±12 m)');
  });
});
