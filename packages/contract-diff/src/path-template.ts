/**
 * Path templates are matched with their parameter names blanked out: `/pets/{petId}` and `/pets/{id}` are the same
 * URL on the wire (OpenAPI 3.1 §4.8.8.2 calls such templates identical and forbids both in one document), so a
 * renamed path parameter must not read as "operation removed + operation added".
 */
export function normalizePathTemplate(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}');
}

/** Names of the template's parameters in order, so path parameters can be matched by position. */
export function pathTemplateParameters(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? '');
}
