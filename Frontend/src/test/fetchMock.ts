import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
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

/**
 * Replaces fetch (the API's edge) with answers given per "METHOD /path". Each route may have
 * several replies, used in turn (the last one repeats). Unknown routes fail the test loudly.
 */
export function mockApi(routes: Record<string, Reply | Reply[]>) {
  const requests: RecordedRequest[] = [];
  const calls = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    requests.push({ method: request.method, url, headers: request.headers });

    const replies = routes[route];
    if (!replies) throw new Error(`Unexpected request in test: ${route}`);
    const list = Array.isArray(replies) ? replies : [replies];
    const index = Math.min(calls.get(route) ?? 0, list.length - 1);
    calls.set(route, index + 1);
    return list[index]!();
  });

  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
