import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  commentText,
  isUnsafeIdentifier,
  psQuote,
  shQuote
} from '../../../src/lib/core/remediation';

const TRICKY = [
  "O'Brien",
  "''",
  '$(touch /tmp/ztw-should-not-exist)',
  '`id`',
  'a "b" \\c',
  'space and * glob ?',
  'Анна Соколова',
  'Νίκος Παπαδόπουλος',
  '-n'
];

describe('psQuote', () => {
  it("psQuote(value) doubles ' and the curly quotes PowerShell also ends strings at", () => {
    expect(psQuote("O'Brien")).toBe("'O''Brien'");
    expect(psQuote('a\u2019b\u2018c\u201ad\u201be')).toBe(
      "'a\u2019\u2019b\u2018\u2018c\u201a\u201ad\u201b\u201be'"
    );
    expect(psQuote('$env:PATH `n')).toBe("'$env:PATH `n'");
  });
});

describe('shQuote', () => {
  it("shQuote(value) closes, escapes and reopens around '", () => {
    expect(shQuote("it's")).toBe("'it'\\''s'");
  });

  it('shQuote(value) survives a real POSIX shell unchanged', () => {
    if (!fs.existsSync('/bin/sh')) return;
    for (const value of TRICKY) {
      const out = execFileSync('/bin/sh', ['-c', `printf '%s' ${shQuote(value)}`], {
        encoding: 'utf8'
      });
      expect(out).toBe(value);
    }
    expect(fs.existsSync('/tmp/ztw-should-not-exist')).toBe(false);
  });
});

describe('isUnsafeIdentifier', () => {
  it('isUnsafeIdentifier(value) refuses line breaks and control characters only', () => {
    expect(
      ['a\nb', 'a\rb', 'a\u0000', 'a\u001b[2J', 'a\u0085', 'a\u2028', ''].every(isUnsafeIdentifier)
    ).toBe(true);
    expect(TRICKY.some(isUnsafeIdentifier)).toBe(false);
  });
});

describe('commentText', () => {
  it('commentText(value) shows control characters as escapes so a comment stays one line', () => {
    expect(commentText('New\nLine\u001b')).toBe('New\\u{a}Line\\u{1b}');
  });
});
