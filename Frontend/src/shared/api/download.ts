import { toApiError } from './problem';

interface BlobResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/**
 * The file name a Content-Disposition header names: RFC 6266 `filename*` (UTF-8, percent-encoded)
 * first, then `filename` (which the host also percent-encodes), else the fallback.
 */
export function fileNameFromContentDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // Fall through to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const value = (plain?.[2] ?? plain?.[1])?.trim();
  if (!value) return fallback;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Hands a blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download asynchronously; let them read the URL first.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Awaits an apiClient call made with `parseAs: 'blob'` (so the client's headers are sent) and saves
 * the file under the name the server gave; a problem response becomes an ApiError.
 */
export async function downloadFile(call: Promise<BlobResult>, fallbackName: string): Promise<string> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined || !data) {
    throw toApiError(error, response);
  }
  const fileName = fileNameFromContentDisposition(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(data, fileName);
  return fileName;
}
