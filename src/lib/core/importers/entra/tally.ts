/**
 * Warnings counted rather than repeated: one sentence per kind of problem with how many records
 * it touched and an example, so a file with 10 000 odd dates gives one line, not 10 000.
 */
export class WarningTally {
  private readonly counts = new Map<string, { count: number; example?: string }>();

  /** Counts one occurrence of `message`, keeping the first example given. */
  add(message: string, example?: string): void {
    const seen = this.counts.get(message);
    if (seen) seen.count++;
    else this.counts.set(message, { count: 1, example });
  }

  /** The sentences, each with its count and example. */
  messages(): string[] {
    return [...this.counts].map(([message, { count, example }]) => {
      const where = example ? ` (e.g. ${example})` : '';
      return `${count} ${count === 1 ? 'record' : 'records'}: ${message}${where}.`;
    });
  }
}
