/** The roadmap as a table (SPEC §9). */
import { STEP_TITLES } from '../model';
import type { RoadmapAction } from '../roadmap/types';
import { labelOf } from './directory';
import type { IdentityDirectory } from './directory';
import { tabulate } from './table';
import type { Column, Table } from './table';

/** Identities listed in one cell; beyond this the cell says how many more. */
const LISTED = 20;

function identities(action: RoadmapAction, dir: IdentityDirectory): string {
  const names = action.affected.slice(0, LISTED).map((id) => labelOf(dir, id));
  const more = action.affected.length - names.length;
  return more > 0 ? `${names.join('; ')}; and ${more} more` : names.join('; ');
}

const LEVEL = ['', 'low', 'medium', 'high'];

/** One row per action, in roadmap order. */
export function roadmapTable(actions: readonly RoadmapAction[], dir: IdentityDirectory): Table {
  const order = new Map(actions.map((a, i) => [a.id, i + 1]));
  const columns: Column<RoadmapAction>[] = [
    { header: 'Order', value: (a) => order.get(a.id) },
    { header: 'Action', value: (a) => a.title },
    { header: 'Step', value: (a) => `${a.step} ${STEP_TITLES[a.step]}` },
    { header: 'Horizon (days)', value: (a) => a.horizon },
    { header: 'Target date', value: (a) => a.targetDate },
    { header: 'Owner', value: (a) => a.owner },
    { header: 'Severity', value: (a) => a.severity },
    { header: 'Risk', value: (a) => a.risk },
    { header: 'Impact', value: (a) => LEVEL[a.impact] },
    { header: 'Effort', value: (a) => LEVEL[a.effort] },
    { header: 'Quick win', value: (a) => (a.quickWin ? 'yes' : 'no') },
    { header: 'Affected', value: (a) => a.affectedCount },
    { header: 'Findings', value: (a) => a.why.findingIds.join('; ') },
    { header: 'Questions', value: (a) => a.why.questionIds.join('; ') },
    { header: 'Identities', value: (a) => identities(a, dir) },
    { header: 'Notes', value: (a) => a.notes },
    { header: 'Id', value: (a) => a.id }
  ];
  return tabulate('Roadmap', actions, columns);
}
