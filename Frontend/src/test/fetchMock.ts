import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The JSON body, parsed (undefined without one; the text of a body that is not JSON). */
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

/** Every permission a provincial officer has (the default session in tests): the register, and the bureau's supervision. */
export const provincialOfficerPermissions = [
  'access.session',
  'registry.firms.read',
  'registry.firms.write',
  'registry.lawyers.read',
  'registry.lawyers.write',
  'registry.organisations.read',
  'registry.personal-data.read',
  'supervision.complaints.read',
  'supervision.complaints.file',
  'supervision.penalties.decide',
  'supervision.rights.read',
  'supervision.integrity.read',
  'supervision.integrity.write',
  'supervision.surveys.manage',
  'supervision.model-firms.manage',
  'supervision.assessments.read',
  'supervision.assessments.decide',
  'supervision.governance.read',
];

/** Every permission a bar association's staff member has: the complaints and rights-protection centres. */
export const associationStaffPermissions = [
  'access.session',
  'registry.organisations.read',
  'registry.firms.read',
  'registry.lawyers.read',
  'supervision.complaints.read',
  'supervision.complaints.file',
  'supervision.complaints.handle',
  'supervision.rights.read',
  'supervision.rights.report',
  'supervision.rights.handle',
  'supervision.integrity.read',
  'supervision.integrity.write',
  'supervision.surveys.manage',
  'supervision.model-firms.manage',
  'supervision.assessments.read',
  'supervision.assessments.review',
  'supervision.governance.read',
  'supervision.governance.manage',
];

/** Every permission a firm's administrator has: the register read, its lawyers written, surveys answered, the assessment reported. */
export const firmAdministratorPermissions = [
  'access.session',
  'registry.organisations.read',
  'registry.firms.read',
  'registry.lawyers.read',
  'registry.lawyers.write',
  'supervision.surveys.answer',
  'supervision.assessments.read',
  'supervision.assessments.report',
];

/** Every permission a lawyer has: the register read, and their own rights-protection cases. */
export const lawyerPermissions = [
  'access.session',
  'registry.organisations.read',
  'registry.firms.read',
  'registry.lawyers.read',
  'supervision.rights.report',
  'supervision.rights.read',
];

/** Every permission a system administrator has. */
export const administratorPermissions = [...provincialOfficerPermissions, 'access.manage', 'audit.read', 'audit.verify', 'outbox.manage', 'integration.manage'];

/** Every permission an auditor has: reading the register, the ledgers and the audit trail. */
export const auditorPermissions = [
  'access.session',
  'registry.organisations.read',
  'registry.firms.read',
  'registry.lawyers.read',
  'audit.read',
  'audit.verify',
  'supervision.complaints.read',
  'supervision.rights.read',
  'supervision.integrity.read',
];

export interface SessionFixture {
  userId: string;
  displayName: string;
  role: string;
  dataScope: string;
  permissions: string[];
  twoFactorEnrolmentRequired: boolean;
}

/** A CurrentSession as GET /api/auth/session (or a sign-in) returns it: a provincial officer unless told otherwise. */
export function session(overrides: Partial<SessionFixture> = {}): SessionFixture {
  const role = overrides.role ?? 'provincial-officer';
  return {
    userId: '01a21518-9999-7000-8000-000000000001',
    displayName: '李明',
    role,
    dataScope: 'region:220000',
    permissions: provincialOfficerPermissions,
    twoFactorEnrolmentRequired: false,
    ...overrides,
  };
}

/** GET /api/auth/session's answer for a signed-in person. */
export function sessionResponse(
  role = 'provincial-officer',
  dataScope = 'region:220000',
  permissions: string[] = provincialOfficerPermissions,
  overrides: Partial<SessionFixture> = {},
): Response {
  return jsonResponse(session({ role, dataScope, permissions, ...overrides }));
}

/** The host's answer when nobody is signed in (or the session has expired). */
export const unauthorized = () =>
  problemResponse({ type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2', title: '未登录', status: 401, detail: '请先登录。' });

export const sessionRoute = 'GET /api/auth/session';
export const antiforgeryRoute = 'GET /api/auth/antiforgery';
/** The token the mocked host issues (as the XSRF-TOKEN cookie); unsafe requests must echo it. */
export const testAntiforgeryToken = 'test-xsrf-token';

/** GET /api/auth/antiforgery: sets the readable cookie, as the host does, and answers 204. */
export function antiforgeryResponse(token = testAntiforgeryToken): Response {
  document.cookie = `XSRF-TOKEN=${token}; path=/`;
  return new Response(null, { status: 204 });
}

/** A JSON body parsed; any other body (an upload's form) as its text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Replaces fetch (the API's edge) with answers given per "METHOD /path". Each route may have
 * several replies, used in turn (the last one repeats). Unknown routes fail the request loudly
 * (an error naming the route). Staff pages ask who the caller is: unless a test answers
 * GET /api/auth/session itself, a signed-in provincial officer answers. GET /api/auth/antiforgery
 * sets the XSRF-TOKEN cookie, as the host does.
 */
export function mockApi(routes: Record<string, Reply | Reply[]>) {
  routes = { [sessionRoute]: () => sessionResponse(), [antiforgeryRoute]: () => antiforgeryResponse(), ...routes };
  const requests: RecordedRequest[] = [];
  const calls = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    const text = request.body ? await request.clone().text() : '';
    requests.push({ method: request.method, url, headers: request.headers, body: text ? parseBody(text) : undefined });

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
