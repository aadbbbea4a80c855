/** Which reference bullets a bank leaves without a question (SPEC §8 wants none). */
import type { ReferenceBullet } from './reference-bullets';
import type { QuestionBank } from './schema';

/** The bullets no question of the bank lists in its `covers`. */
export function uncoveredBullets(
  bank: QuestionBank,
  bullets: readonly ReferenceBullet[]
): ReferenceBullet[] {
  const covered = new Set(bank.sections.flatMap((s) => s.questions.flatMap((q) => q.covers)));
  return bullets.filter((b) => !covered.has(b.id));
}
