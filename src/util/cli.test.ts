import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from './cli';

const cli = { usage: 'usage: x', options: { title: { type: 'string' }, part: { type: 'string' }, update: { type: 'boolean', default: false } } } as const;

describe('parseCommandLine', () => {
  it('reads string and boolean options, in both spellings', () => {
    const { values } = parseCommandLine(['--title', 'Pods', '--part=concepts', '--update'], cli);
    expect(values).toMatchObject({ title: 'Pods', part: 'concepts', update: true });
  });

  it('refuses an option whose value is missing, rather than taking the next option as the value', () => {
    expect(() => parseCommandLine(['--title', '--part', 'x'], cli)).toThrow(UsageError);
    expect(() => parseCommandLine(['--title'], cli)).toThrow(UsageError);
  });

  it('refuses unknown options and, unless allowed, arguments', () => {
    expect(() => parseCommandLine(['--titel', 'x'], cli)).toThrow(/Unknown option '--titel'/);
    expect(() => parseCommandLine(['stray'], cli)).toThrow(/unexpected argument "stray"/);
    expect(parseCommandLine(['a', 'b'], { ...cli, positionals: true }).positionals).toEqual(['a', 'b']);
  });

  it('knows --help and -h', () => {
    expect(parseCommandLine(['-h'], cli).help).toBe(true);
    expect(parseCommandLine([], cli).help).toBe(false);
  });
});
