/** A JSON answer with the ETag the host sends with one record (its version, quoted). */
export function versionedResponse(body: { version: number }, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ETag: `"${body.version}"`, ...headers },
  });
}
