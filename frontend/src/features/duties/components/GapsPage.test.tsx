import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { meFixture } from '@/test/fixtures';
import { sessionHandlers } from '@/test/handlers';
import { json } from '@/test/http';
import { renderApp } from '@/test/render';
import { server } from '@/test/server';
import { GapsPage } from './GapsPage';

describe('gap finder (desk)', () => {
  it('lists the enterprises no department supervises, industry in words, linking to each', async () => {
    server.use(
      sessionHandlers.me(meFixture(['safety_office'])),
      sessionHandlers.industries(),
      http.get('/api/v1/duty-reports/gaps', () =>
        json({ unsupervisedEnterprises: [{ id: 'ent-9', code: '91520102MA000001', name: '南明燃气站', industry: 'GAS', territory: '花果园街道' }], truncated: false, territoriesWithoutSignedList: [], territoriesTruncated: false, postsWithoutList: [], postsTruncated: false }),
      ),
    );
    await renderApp(<GapsPage />);
    const row = (await screen.findByRole('link', { name: '南明燃气站' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('燃气')).toBeInTheDocument();
    expect(within(row).getByText('花果园街道')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '南明燃气站' })).toHaveAttribute('href', '/orgs/ent-9');
    expect(screen.getByText('无监管部门覆盖的企业（1）')).toBeInTheDocument();
  });
});
