import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The JSON body, parsed (undefined without one). */
  body?: unknown;
}

type Reply = () => Response | Promise<Response>;

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problemResponse(problem: Record<string, unknown> & { status: number }): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** Every permission a provincial officer has (the default test identity). */
export const provincialOfficerPermissions = [
  'access.session',
  'registry.firms.read',
  'registry.firms.write',
  'registry.lawyers.read',
  'registry.lawyers.write',
  'registry.organisations.read',
  'registry.personal-data.read',
];

/** GET /api/auth/session's answer for a test identity. */
export function sessionResponse(
  role = 'provincial-officer',
  dataScope = 'region:220000',
  permissions: string[] = provincialOfficerPermissions,
): Response {
  return jsonResponse({ userId: `test-${role}`, role, dataScope, permissions });
}

export const sessionRoute = 'GET /api/auth/session';

/**
 * Replaces fetch (the API's edge) with answers given per "METHOD /path". Each route may have
 * several replies, used in turn (the last one repeats). Unknown routes fail the request loudly
 * (an error naming the route). The layout asks who the caller is on every page: unless a test
 * answers GET /api/auth/session itself, the default test identity (provincial officer) answers.
 */
export function mockApi(routes: Record<string, Reply | Reply[]>) {
  routes = { [sessionRoute]: () => sessionResponse(), ...routes };
  const requests: RecordedRequest[] = [];
  const calls = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    const text = request.body ? await request.clone().text() : '';
    requests.push({ method: request.method, url, headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined });

    const replies = routes[route];
    if (!replies) throw new Error(`Unexpected request in test: ${route}`);
    const list = Array.isArray(replies) ? replies : [replies];
    const index = Math.min(calls.get(route) ?? 0, list.length - 1);
    calls.set(route, index + 1);
    return list[index]!();
  });

  vi.stubGlobal('fetch', fetchMock);
  /** The requests to one path (optionally of one method), e.g. leaving out the layout's session checks. */
  const requestsTo = (path: string, method?: string) =>
    requests.filter((request) => request.url.pathname === path && (method === undefined || request.method === method));
  return { fetchMock, requests, requestsTo };
}
