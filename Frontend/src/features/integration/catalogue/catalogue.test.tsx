import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { administratorPermissions, jsonResponse, mockApi, sessionResponse, sessionRoute } from '../../../test/fetchMock';
import { renderApp } from '../../../test/renderApp';
import { eventTypes } from '../common/integration.fixture';

describe('Event catalogue', () => {
  it('lists each event type with its module and summary, and its fields with type and nullability', async () => {
    mockApi({
      [sessionRoute]: () => sessionResponse('system-administrator', 'region:220000', administratorPermissions),
      'GET /api/integration/event-types': () => jsonResponse(eventTypes()),
    });
    renderApp('/admin/event-types');

    expect(await screen.findByText('A law firm was entered in the register.')).toBeInTheDocument();
    const fields = screen.getByRole('table', { name: 'FirmRegistered 的字段' });
    const branch = within(fields).getByText('branchOfId').closest<HTMLElement>('tr')!;
    expect(within(branch).getByText('可为空')).toBeInTheDocument();
    expect(within(branch).getByText('The head office of a branch.')).toBeInTheDocument();
    const name = within(fields).getByText('name').closest<HTMLElement>('tr')!;
    expect(within(name).getByText('必有')).toBeInTheDocument();
    expect(within(name).getByText('—')).toBeInTheDocument();
  });
});
