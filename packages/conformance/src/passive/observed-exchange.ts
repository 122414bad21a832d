/**
 * One request/response pair seen on the wire by a passive source (a HAR entry, the proxy). Bodies are the bytes
 * after Content-Encoding was undone (a HAR's `content.text` is already decoded, the proxy decodes its copy).
 */
export interface ObservedExchange {
  method: string;
  /** Absolute URL as sent. */
  url: string;
  /** Lower-case names; repeated headers joined with ", ". */
  requestHeaders: Record<string, string>;
  /** Raw request body, when one was sent. */
  requestBody?: Uint8Array;
  /** False when a body was sent but not kept (the proxy's copy is capped): the body is then not judged. */
  requestBodyKnown?: boolean;
  /**
   * A form body known only as name/value pairs (a HAR's `postData.params` without `text`): decoded like the wire
   * form, so `change[k]` still becomes the `change` map.
   */
  requestParams?: Array<{ name: string; value: string; fileName?: string; contentType?: string }>;
  /** HTTP status; 0 or undefined when no response arrived (a blocked or aborted request). */
  status?: number;
  responseHeaders: Record<string, string>;
  /** Undefined when the source did not record the body (a HAR without `content.text`). */
  responseBody?: Uint8Array;
  /** Whether the response body was recorded at all; false means only status and headers can be judged. */
  responseBodyKnown: boolean;
  /** Milliseconds from request to last byte, when known. */
  timeMs?: number;
  /** Where it came from, for reports: `entry 12`, `proxy #3`. */
  label: string;
}
