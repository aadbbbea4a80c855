/** Collects AD groups and their members while rows stream past. */
import type { Group } from '../../model';
import { adGroupId } from './ids';

export class GroupCollector {
  private readonly groups = new Map<string, Group>();
  private readonly members = new Map<string, Set<string>>();

  /** Registers a group by CN (or name); later calls may add attrs. Returns its id. */
  group(cn: string, attrs?: Group['attrs']): string {
    const id = adGroupId(cn);
    const seen = this.groups.get(id);
    if (seen) {
      if (attrs) seen.attrs = { ...seen.attrs, ...attrs };
    } else {
      this.groups.set(id, {
        id,
        system: 'ad',
        nativeId: cn.trim().toLowerCase(),
        name: cn.trim(),
        memberIds: [],
        attrs
      });
      this.members.set(id, new Set());
    }
    return id;
  }

  /** Adds an account or group id to a group registered before. */
  addMember(groupId: string, memberId: string): void {
    this.members.get(groupId)?.add(memberId);
  }

  /** The groups with their members, in the order first seen. */
  list(): Group[] {
    return [...this.groups.values()].map((g) => ({
      ...g,
      memberIds: [...(this.members.get(g.id) ?? [])]
    }));
  }
}
