import type { components } from '../../../shared/api/client';

export type UserSummary = components['schemas']['UserSummary'];
export type CreatedUser = components['schemas']['CreatedUser'];
export type CreateUserCommand = components['schemas']['CreateUserCommand'];
export type UpdateUserCommand = components['schemas']['UpdateUserCommand'];
export type ApiClient = components['schemas']['ApiClient'];
export type ApiClientCredentials = components['schemas']['ApiClientCredentials'];
export type RegisterClientCommand = components['schemas']['RegisterClientCommand'];

/** Query keys of the Access module. */
export const accessKeys = {
  users: ['access', 'users'] as const,
  userLists: () => [...accessKeys.users, 'list'] as const,
  userList: (params: object) => [...accessKeys.userLists(), params] as const,
  user: (id: string) => [...accessKeys.users, 'detail', id] as const,
  clients: ['access', 'clients'] as const,
};

/** The ETag a record read from a list stands for (shared/api/client's; re-exported for the Access pages). */
export { etagOf } from '../../../shared/api/client';
