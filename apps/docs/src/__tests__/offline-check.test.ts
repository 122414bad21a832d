import { describe, expect, it } from 'vitest';
import { remoteResources } from '../offline-check.mjs';

describe('remoteResources', () => {
  it.each([
    {
      given: '<script src="https://cdn.redoc.ly/redoc/v2/bundles/redoc.standalone.js"></script>',
      want: ['https://cdn.redoc.ly/redoc/v2/bundles/redoc.standalone.js'],
    },
    {
      given: "<link rel=stylesheet href='https://fonts.googleapis.com/css?family=Roboto'>",
      want: ['https://fonts.googleapis.com/css?family=Roboto'],
    },
    { given: '<img alt=logo src=http://cdn.example.com/logo.svg>', want: ['http://cdn.example.com/logo.svg'] },
    {
      given: '<style>body { background: url("https://example.com/bg.png") }</style>',
      want: ['https://example.com/bg.png'],
    },
    { given: '<style>@import "https://example.com/theme.css";</style>', want: ['https://example.com/theme.css'] },
  ])('finds the remote resource in $given', ({ given, want }) => {
    expect(remoteResources(given)).toEqual(want);
  });

  it.each([
    '<a href="https://docs.genesys.com/Documentation/GMS/latest/API/OpenMediaAPI">source</a>',
    '<script>const x = 1;</script><script src="./local.js"></script>',
    '<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">',
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  ])('accepts what loads nothing remote: %s', (given) => {
    expect(remoteResources(given)).toEqual([]);
  });
});
