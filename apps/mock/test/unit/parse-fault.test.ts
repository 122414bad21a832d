// --fault specs for the sandbox's contract-breaking kinds (packages/sandbox/README.md, "Faults"): read into the same
// fault the control API takes, refused with the spec and the field named.
import { describe, expect, it } from 'vitest';
import { parseFault } from '../../src/sandbox-options.js';

describe('--fault', () => {
  it('reads the contract-breaking kinds, every call unless a count is given', () => {
    expect(parseFault('createNexusInteraction:setStatus=201')).toEqual({
      operationId: 'createNexusInteraction',
      remaining: Number.MAX_SAFE_INTEGER,
      setStatus: 201,
    });
    expect(
      parseFault(
        'getOpenMediaInteraction:drop=a.b,drop=c,set=statusCode="0",set=x.y=1,digitsAsNumbers=u,contentType=text/plain,count=2',
      ),
    ).toEqual({
      operationId: 'getOpenMediaInteraction',
      remaining: 2,
      drop: ['a.b', 'c'],
      set: { statusCode: '0', 'x.y': 1 },
      digitsAsNumbers: ['u'],
      contentType: 'text/plain',
    });
    expect(parseFault('getNexusInteraction:onStatus=404,html')).toMatchObject({ onStatus: 404, html: true });
    expect(parseFault('startCsCompositeService:renameHeaders=Location>X-Location,encoding=gzip')).toMatchObject({
      renameHeaders: { Location: 'X-Location' },
      encoding: 'gzip',
    });
    expect(parseFault('updateNexusInteraction:ignoreWrite')).toMatchObject({ ignoreWrite: true });
  });

  it('refuses what it cannot read, naming the spec and the field', () => {
    expect(() => parseFault('getCsService:encoding=br')).toThrow('--fault getCsService:encoding=br: encoding must be');
    expect(() => parseFault('getCsService:setStatus=99')).toThrow(/setStatus must be an HTTP status/);
    expect(() => parseFault('getCsService:colour=red')).toThrow(/Unknown fault field 'colour'/);
    expect(() => parseFault('getCsService:status=500,html')).toThrow(/not both/);
  });
});
