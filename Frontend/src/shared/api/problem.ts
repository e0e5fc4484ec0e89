/**
 * An RFC 9457 problem as the SPA uses it: the host's problem+json body, normalised so that every
 * field the UI reads is present. (Not a DTO: the wire shapes are ProblemDetails and
 * HttpValidationProblemDetails in schema.d.ts; this is what any error response is turned into.)
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  traceId?: string;
  /** Validation errors by field name (camelCase, as the request spells it). */
  errors?: Record<string, string[]>;
  /** The host's reason for a 4xx (`stale-version`, `antiforgery-token-invalid`, …); the type is `urn:lawyerwork:problem:<code>`. */
  code?: string;
}

/** Thrown by API hooks for every non-success response, so TanStack Query sees a typed error. */
export class ApiError extends Error {
  readonly problem: ProblemDetails;
  /** False when the server answered with something other than a problem document (e.g. a proxy's HTML page). */
  readonly isProblemDocument: boolean;
  /** A 429's (or 503's) Retry-After, in seconds, when the server sent one. */
  readonly retryAfterSeconds?: number;

  constructor(problem: ProblemDetails, isProblemDocument: boolean, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.isProblemDocument = isProblemDocument;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

function fieldErrors(value: unknown): Record<string, string[]> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).map(
    ([field, messages]) =>
      [field, Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : []] as const,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Retry-After as seconds (the delta form; an HTTP date is turned into the seconds until then). */
function retryAfterOf(response: Response): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function looksLikeProblem(body: unknown): body is Record<string, unknown> {
  return isRecord(body) && (typeof body.title === 'string' || typeof body.type === 'string');
}

/**
 * Turns an error response (its parsed body, as openapi-fetch hands it over, and the response)
 * into an ApiError carrying a ProblemDetails.
 */
export function toApiError(body: unknown, response: Response): ApiError {
  if (looksLikeProblem(body)) {
    const problem: ProblemDetails = {
      type: optionalString(body.type) ?? 'about:blank',
      title: optionalString(body.title) ?? response.statusText,
      status: typeof body.status === 'number' ? body.status : response.status,
      detail: optionalString(body.detail),
      traceId: optionalString(body.traceId),
      errors: fieldErrors(body.errors),
    };
    const code = optionalString(body.code);
    if (code) problem.code = code;
    return new ApiError(problem, true, retryAfterOf(response));
  }
  return new ApiError(
    {
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      status: response.status,
      detail: typeof body === 'string' && body.length > 0 && body.length <= 500 ? body : undefined,
    },
    false,
    retryAfterOf(response),
  );
}
