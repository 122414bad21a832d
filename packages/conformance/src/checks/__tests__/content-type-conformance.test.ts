import { describe, expect, it } from 'vitest';
import { findingsOf } from './sample-contract.js';

describe('content-type-conformance', () => {
  it.each([
    ['an undocumented media type', 'GET', '/items/1', { 'content-type': 'text/html' }, '<html/>', ['error']],
    ['a body without Content-Type', 'GET', '/items/1', {}, '{"id":"1","count":1}', ['error']],
    [
      'a documented type with a charset parameter',
      'GET',
      '/items/1',
      { 'content-type': 'application/json; charset=UTF-8' },
      '{"id":"1","count":1}',
      [],
    ],
    [
      'a body where the contract documents none (it may only be silent)',
      'DELETE',
      '/items/1',
      { 'content-type': 'text/plain' },
      'OK',
      ['warning'],
    ],
    [
      'a provisional response served as another format (JSON as text/plain: decision 17, issue 12 item 3)',
      'GET',
      '/loose',
      { 'content-type': 'text/plain' },
      '{"id":"1","count":1}',
      ['error'],
    ],
    [
      'a provisional response served as an HTML page',
      'GET',
      '/drafts',
      { 'content-type': 'text/html' },
      '<h1>Not Found</h1>',
      ['error'],
    ],
    [
      'a provisional response with another JSON media type (a shape question)',
      'GET',
      '/loose',
      { 'content-type': 'application/problem+json' },
      '{"id":"1","count":1}',
      ['warning'],
    ],
    [
      'a non-provisional JSON response labelled application/problem+json (RFC 6839 §3.1: still JSON)',
      'GET',
      '/items/1',
      { 'content-type': 'application/problem+json' },
      '{"id":"1","count":1}',
      ['warning'],
    ],
    [
      'a non-provisional JSON response labelled with a vendor +json type and odd case',
      'GET',
      '/items/1',
      { 'content-type': 'Application/Vnd.Cx+JSON;Charset=UTF-8' },
      '{"id":"1","count":1}',
      ['warning'],
    ],
    [
      'a documented type in odd case with odd parameters',
      'GET',
      '/items/1',
      { 'content-type': 'Application/JSON;Charset=UTF-8' },
      '{"id":"1","count":1}',
      [],
    ],
    ['no body at all', 'GET', '/items/1', {}, '', []],
  ])('%s', (_name, method, url, headers, body, want) => {
    expect(
      findingsOf('content-type-conformance', method, url, { status: 200, headers, body }).map((f) => f.severity),
    ).toEqual(want);
  });
});
