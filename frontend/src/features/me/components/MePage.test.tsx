import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, stubApi } from '@/test/api-stub';
import { industriesFixture, meFixture } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { MePage } from './MePage';

describe('me page', () => {
  it("labels Redline's roles and industries and leaves out Keycloak's default roles", async () => {
    const me = meFixture(['default-roles-redline', 'offline_access', 'department', 'uma_authorization'], {
      name: '南明区住房和城乡建设局',
      kind: 'DEPARTMENT',
    });
    me.scope.supervisedIndustries = ['CONSTRUCTION', 'GAS'];
    stubApi({
      'GET /api/v1/me': () => json(me),
      'GET /api/v1/industries': () => json(industriesFixture),
    });
    await renderApp(<MePage />);

    expect(await screen.findByText('行业部门')).toBeInTheDocument();
    expect(screen.queryByText('offline_access')).not.toBeInTheDocument();
    expect(screen.queryByText('default-roles-redline')).not.toBeInTheDocument();
    expect(await screen.findByText('建筑施工、燃气')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '南明区住房和城乡建设局' })).toHaveAttribute('href', '/orgs/org-nanming');
  });
});
