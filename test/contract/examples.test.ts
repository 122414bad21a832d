// Every named example validates against its schema (AJV 2020, formats on), for every surface, and every request body
// and documented response carries at least one. Form-encoded examples are validated the way a form arrives: as strings,
// coerced (rule 6: booleans in forms are `type: boolean`, validators coerce).
import { describe, expect, it } from 'vitest';
import { appendPointer, followRefs, pathItemOperations } from '@cx-contracts/openapi-runtime';
import { loadContract, surfaceNames } from './load-contract.js';

type Node = Record<string, unknown>;
interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: unknown;
  coerce: boolean;
}

const exampleValue = (document: Node, example: Node) => followRefs<Node>(document, example, '#').value.value;

function collect(document: Node) {
  const cases: ExampleCase[] = [];
  const withoutExamples: string[] = [];
  const visitMedia = (content: unknown, pointer: string) => {
    for (const [mediaType, media] of Object.entries((content ?? {}) as Record<string, Node>)) {
      const at = appendPointer(pointer, mediaType);
      const examples = (media.examples ?? {}) as Record<string, Node>;
      if (Object.keys(examples).length === 0) withoutExamples.push(at);
      if (!media.schema) continue;
      for (const [name, example] of Object.entries(examples)) {
        cases.push({
          where: `${at} example '${name}'`,
          schemaPointer: appendPointer(at, 'schema'),
          value: exampleValue(document, example),
          coerce: mediaType.includes('form'),
        });
      }
    }
  };
  const visitParameters = (parameters: unknown, pointer: string) => {
    ((parameters ?? []) as Node[]).forEach((raw, index) => {
      const { value: parameter, pointer: at } = followRefs<Node>(
        document,
        raw,
        appendPointer(pointer, 'parameters', index),
      );
      for (const [name, example] of Object.entries((parameter.examples ?? {}) as Record<string, Node>)) {
        cases.push({
          where: `${at} example '${name}'`,
          schemaPointer: appendPointer(at, 'schema'),
          value: exampleValue(document, example),
          coerce: true,
        });
      }
    });
  };
  for (const [path, item] of Object.entries(document.paths as Record<string, Node>)) {
    const itemPointer = appendPointer('#', 'paths', path);
    visitParameters(item.parameters, itemPointer);
    for (const [method, operation] of pathItemOperations(item)) {
      const opPointer = appendPointer(itemPointer, method);
      visitParameters(operation.parameters, opPointer);
      const body = operation.requestBody as Node | undefined;
      if (body) {
        const { value, pointer } = followRefs<Node>(document, body, appendPointer(opPointer, 'requestBody'));
        visitMedia(value.content, appendPointer(pointer, 'content'));
      }
      for (const [status, raw] of Object.entries(operation.responses as Record<string, Node>)) {
        const { value, pointer } = followRefs<Node>(document, raw, appendPointer(opPointer, 'responses', status));
        visitMedia(value.content, appendPointer(pointer, 'content'));
      }
    }
  }
  return { cases, withoutExamples };
}

describe.each(surfaceNames)('examples of %s', (name) => {
  it('validate against their schemas', async () => {
    const surface = await loadContract(name);
    const { cases } = collect(surface.document as unknown as Node);
    expect(cases.length).toBeGreaterThan(5);
    const failures = cases
      .map((c) => ({
        where: c.where,
        violations: surface.validators.validateSchema(c.schemaPointer, structuredClone(c.value), { coerce: c.coerce }),
      }))
      .filter((result) => result.violations.length > 0)
      .map(
        (result) => `${result.where}: ${result.violations.map((v) => `${v.pointer || '/'} ${v.message}`).join('; ')}`,
      );
    expect(failures).toEqual([]);
  });

  it('exist on every request body and documented response body', async () => {
    const surface = await loadContract(name);
    expect(collect(surface.document as unknown as Node).withoutExamples).toEqual([]);
  });
});
