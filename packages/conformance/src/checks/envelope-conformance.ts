import type { ExchangeCheck, FindingDraft } from '../check.js';
import { analyzeEnvelope, envelopeForms } from '../envelope.js';

/**
 * Replies documented as one of several forms (contract decision 5): GMS Open Media answers HTTP 200 with
 * `statusCode` 0 (success, with its fields), 1 (retry) or 2 (final failure, with `errors`); Web Services operation
 * replies take one of their documented forms. The check says which form the reply meant and what it lacks, in
 * words a reader can act on, instead of a raw oneOf failure.
 */
export const envelopeConformance: ExchangeCheck = {
  id: 'envelope-conformance',
  kind: 'exchange',
  title: 'Reply envelope is one documented form',
  explanation:
    'Some APIs signal success or failure inside the body: GMS Open Media always answers HTTP 200 with statusCode 0 (success, carrying its result fields), 1 (try again) or 2 (failed, carrying an errors list); Web Services operation replies use one of a few documented forms. The reply must be exactly one of those forms, with the fields that form requires.',
  severity: 'Error; a warning when the operation or response is marked provisional.',
  appliesTo(exchange) {
    return exchange.body !== undefined && !exchange.jsonError && envelopeForms(exchange) !== undefined;
  },
  run(exchange): FindingDraft[] {
    // A body valid against the whole oneOf is exactly one form: nothing to analyse (the common, fast case).
    if (!exchange.violations.some((violation) => violation.location === 'body' && violation.keyword !== 'content-type'))
      return [];
    const envelope = analyzeEnvelope(exchange);
    if (!envelope || envelope.matching.length > 0) return [];
    const forms = envelope.forms.map((form) => form.label);
    const body = exchange.body;
    const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
    if (!isObject) {
      return [
        {
          message: 'the reply is not an object, so it is none of the documented reply forms',
          received: body,
          documented: forms,
          pointer: '/',
          specPointer: envelope.pointer,
        },
      ];
    }
    const record = body as Record<string, unknown>;
    if (envelope.selected) {
      const first = envelope.selected.violations[0]!;
      const pinned = Object.keys(envelope.selected.pins)
        .map((name) => `${name} ${JSON.stringify(record[name])}`)
        .join(', ');
      return [
        {
          message: `a reply with ${pinned} must have the form ${envelope.selected.label}: ${first.pointer || 'the body'} ${first.message}`,
          received: record,
          documented: envelope.selected.label,
          pointer: first.pointer || '/',
          specPointer: envelope.selected.pointer,
        },
      ];
    }
    if (envelope.tag) {
      const tag = envelope.tag;
      const allowed = envelope.forms.flatMap((form) => form.pins[tag]!);
      const value = record[tag];
      const why =
        value === undefined ? `the reply has no ${tag}` : `${tag} is ${JSON.stringify(value)} (${typeof value})`;
      return [
        {
          message: `${why}; documented ${tag} values: ${allowed.map((v) => `${JSON.stringify(v)} (${typeof v})`).join(', ')}`,
          received: value === undefined ? '(absent)' : value,
          documented: allowed,
          pointer: `/${tag}`,
          specPointer: envelope.pointer,
        },
      ];
    }
    return [
      {
        message: `the reply matches none of the ${forms.length} documented forms; closest is ${envelope.closest.label}: ${envelope.closest.violations[0]?.message ?? ''}`,
        received: record,
        documented: forms,
        pointer: '/',
        specPointer: envelope.pointer,
      },
    ];
  },
};
