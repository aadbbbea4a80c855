/** The roadmap as shown: computed actions with the user's edits re-applied. */
import { computeActions } from './actions';
import { applyEdits } from './edits';
import type { Roadmap, RoadmapEdit, RoadmapInput } from './types';

/**
 * Builds the roadmap from findings and questionnaire gaps (SPEC §8), then re-applies the
 * stored edits. Edits whose actions vanished come back in `orphaned`.
 */
export function buildRoadmap(input: RoadmapInput, edits: RoadmapEdit[] = []): Roadmap {
  return applyEdits(computeActions(input), edits, input.asOf);
}
