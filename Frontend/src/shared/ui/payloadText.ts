/** A message's payload (JSON text) indented for reading; text that is not JSON is shown as it is. */
export function payloadText(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
