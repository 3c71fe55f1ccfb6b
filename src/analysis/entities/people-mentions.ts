/** A person's mention as the scan finds it, and the merging of mentions into one entity per name. */
import type { PersonEntity } from '../../types';
import type { ListKind } from './people-lists';
import { roleAfter, withoutNames } from './role-phrases';

export interface Mention {
  name: string;
  start: number;
  end: number;
  roles: string[];
  /** True when an honorific or a role introduces this mention ("ông", "Tổng thống"). */
  cued: boolean;
  /** 'given' (or 'named', uncued) for a person's name: the list it opens is one of people. */
  listKind?: ListKind;
}

/** A mention of `name` at [start, end) with the role before it (if any) and the role after it. */
export function mention(name: string, start: number, end: number, before: string | null, text: string, cued: boolean): Mention {
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  return { name, start, end, roles, cued };
}

/** One entity per name: mentions counted, roles merged (a less specific prefix dropped). */
export function mergeMentions(mentions: Mention[], shortRefs: { syllables: string; start: number }[]): PersonEntity[] {
  const byName = new Map<string, PersonEntity>();
  for (const m of mentions) {
    const person = byName.get(m.name) ?? { name: m.name, roles: [], mentions: 0 };
    person.mentions++;
    person.roles.push(...m.roles);
    byName.set(m.name, person);
  }
  // "ông Phước" counts for "Lê Văn Phước" when exactly one known name ends that way.
  for (const ref of shortRefs) {
    const matches = [...byName.values()].filter((p) => p.name.endsWith(` ${ref.syllables}`));
    if (matches.length === 1) matches[0].mentions++;
  }
  const names = [...byName.keys()];
  for (const person of byName.values()) {
    const roles = person.roles.map((r) => withoutNames(r, person.name, names)).filter((r): r is string => r !== null && r !== '');
    person.roles = mergeRoles(roles);
  }
  return [...byName.values()];
}

/** Deduped roles; a role that another extends ("… UBND tỉnh" vs "… UBND tỉnh An Giang") is dropped. */
export function mergeRoles(roles: string[]): string[] {
  const unique = [...new Map(roles.map((r) => [r.toLowerCase(), r])).values()];
  return unique.filter((r) => !unique.some((o) => o !== r && o.toLowerCase().startsWith(`${r.toLowerCase()} `)));
}
