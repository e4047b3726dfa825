import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { QueuePage } from './QueuePage';

describe('待上传 on the phone', () => {
  it('says, when empty, that neither hazard reports nor fulfilment records wait (the queue holds both)', async () => {
    server.use(sessionHandlers.me(meFixture(['leader'])));
    await renderApp(<QueuePage />);
    expect(await screen.findByText('没有待上传的隐患或履职记录')).toBeInTheDocument();
  });
});
