/** Test data shared by the storage tests. */
import type { Source } from '../../../src/lib/core/assessment';

/** A source row of a test format; `importedAt` orders sources where a test needs it. */
export function testSource(
  assessmentId: string,
  id: string,
  importedAt = '2026-01-01T00:00:00.000Z'
): Source {
  return {
    id,
    assessmentId,
    format: 'test',
    formatLabel: 'Test',
    system: 'aws',
    fileName: `${id}.csv`,
    size: 1,
    hash: id,
    importedAt,
    accepted: 2,
    rejected: 0,
    counts: { accounts: 2 },
    warnings: [],
    rejectedRows: [],
    evidence: 'test'
  };
}
