import { beforeEach, describe, expect, it } from 'vitest';
import { setApiConnection } from '../api/client';
import { noteUnreplicated, resetUnreplicated } from './unreplicated-since';

describe('noteUnreplicated', () => {
  beforeEach(() => resetUnreplicated());

  it('keeps the moment a copy was first seen unreplicated, and forgets it once replicated', () => {
    expect(noteUnreplicated('s', { a: false, b: true }, 1000)).toEqual(new Map([['a', 1000]]));
    expect(noteUnreplicated('s', { a: false, b: false }, 5000)).toEqual(
      new Map([
        ['a', 1000],
        ['b', 5000],
      ]),
    );
    expect(noteUnreplicated('s', { a: true, b: false }, 9000)).toEqual(new Map([['b', 5000]]));
    // Unreplicated again later (a rotation): the clock starts afresh.
    expect(noteUnreplicated('s', { a: false, b: false }, 12_000).get('a')).toBe(12_000);
  });

  it('keeps each secret apart', () => {
    noteUnreplicated('one', { g: false }, 1000);
    expect(noteUnreplicated('two', { g: false }, 2000).get('g')).toBe(2000);
  });

  it('keeps a clock per connection: the same names in another tenant are other copies', () => {
    setApiConnection('dev');
    noteUnreplicated('s', { g: false }, 1000);
    setApiConnection('prod');
    expect(noteUnreplicated('s', { g: false }, 7000).get('g')).toBe(7000);
    setApiConnection('dev');
    expect(noteUnreplicated('s', { g: false }, 9000).get('g')).toBe(1000);
    setApiConnection(null);
  });
});
