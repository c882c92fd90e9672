/**
 * The command line of the project's scripts (scripts/*.ts): options read with node:util
 * parseArgs, strictly, so an unknown option, an option without its value or a stray argument is
 * refused with the script's usage and exit code 2; errors print their message and exit 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from './errors';

/** Bad usage: the message is printed with the script's usage, and the script exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<O extends Options> {
  /** One line or more: how to call the script, printed with --help and on bad usage. */
  readonly usage: string;
  /** The options parseArgs reads (`--help`/`-h` is added). */
  readonly options: O;
  /** Whether arguments other than options are allowed (default false). */
  readonly positionals?: boolean;
}

type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

function isParseArgsError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Parses `args` strictly; a parse error becomes a {@link UsageError}. `--help` is left in the values. */
export function parseCommandLine<O extends Options>(args: readonly string[], cli: CommandLine<O>): Parsed<O> & { help: boolean } {
  const options = { ...cli.options, help: { type: 'boolean', short: 'h' } } as O;
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
  if (!cli.positionals && parsed.positionals.length > 0) throw new UsageError(`unexpected argument "${parsed.positionals[0]}"`);
  return { ...parsed, help: (parsed.values as Record<string, unknown>)['help'] === true };
}

/** How a script ends: its exit code; a UsageError and any other error are printed, then 2 and 1. */
function exitCodeOf(error: unknown, usage: string): number {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  console.error(errorMessage(error));
  return 1;
}

/**
 * Runs a script: parses process.argv, prints the usage for --help, then runs `main`. The number
 * it returns is the exit code (default 0); a thrown error is printed and ends the process (see
 * {@link exitCodeOf}), so no timer or child process left running keeps it alive.
 */
export function runScript<O extends Options>(cli: CommandLine<O>, main: (parsed: Parsed<O>) => number | void | Promise<number | void>): void {
  const fail = (error: unknown): void => {
    const code = exitCodeOf(error, cli.usage);
    process.exitCode = code;
    // Exit once the message is out, even if a timer or a child process would keep Node running.
    process.stderr.write('', () => process.exit(code));
  };
  let parsed: Parsed<O> & { help: boolean };
  try {
    parsed = parseCommandLine(process.argv.slice(2), cli);
  } catch (error) {
    fail(error);
    return;
  }
  if (parsed.help) {
    console.log(cli.usage);
    return;
  }
  Promise.resolve()
    .then(() => main(parsed))
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    }, fail);
}
