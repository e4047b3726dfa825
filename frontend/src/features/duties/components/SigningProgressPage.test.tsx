import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { SigningProgressPage } from './SigningProgressPage';

const counts = (issued: number, signed: number) => ({ issued, published: issued, signed, active: 0, unsigned: issued - signed });

describe('signing progress (desk)', () => {
  it('counts the lists by level and holder kind in words and lists the unsigned ones of a row', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      http.get('/api/v1/duty-reports/signing-progress', () =>
        json({
          org: { id: 'org-nanming', code: '520102', name: '南明区' },
          year: new Date().getFullYear(),
          rows: [
            { level: 'TOWNSHIP', holderKind: 'TERRITORY_TOWNSHIP', counts: counts(3, 1) },
            { level: 'DISTRICT', holderKind: 'LEADER_GOV_HEAD', counts: counts(1, 1) },
          ],
          total: counts(4, 2),
        }),
      ),
      http.get('/api/v1/duty-reports/signing-progress/unsigned', ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return json({
          items: [
            { listId: 'l-hgy', code: 'QD1', title: '花果园街道 属地责任清单', holderKind: 'TERRITORY_TOWNSHIP', level: 'TOWNSHIP', holderOrg: { id: 'org-hgy', code: '520102001', name: '花果园街道' }, holderPostTitle: '街道办事处主任', issuingOrgName: '南明区', status: 'PUBLISHED', docNumber: '南安委〔2026〕3号', publishedAt: null },
          ],
          nextCursor: null,
        });
      }),
    );
    await renderApp(<SigningProgressPage />);
    const table = await screen.findByTestId('signing-progress');
    const row = (await within(table).findByText('乡（镇）、街道')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('乡镇街道')).toBeInTheDocument();
    expect(within(table).getByText('合计')).toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: '查看乡（镇）、街道未签订的 2 份清单' }));
    expect(await screen.findByText('未签订的清单：乡镇街道 · 乡（镇）、街道')).toBeInTheDocument();
    await expect.poll(() => asked.at(-1)?.get('holderKind')).toBe('TERRITORY_TOWNSHIP');
    expect(asked.at(-1)?.get('level')).toBe('TOWNSHIP');
    const unsigned = screen.getByTestId('unsigned-lists');
    expect(within(unsigned).getByRole('link', { name: '花果园街道 属地责任清单' })).toHaveAttribute('href', '/lists/l-hgy');
    expect(within(unsigned).getByText('已印发')).toBeInTheDocument();
  });
});
