/** What to print for a caught value: an Error's message, anything else as it is. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
