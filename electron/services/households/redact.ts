// What a caller may see of a household: roles outside SENSITIVE_ROLES get names, places and
// needs, never health, disability, income or the sensitive vulnerability groups.
import type { Ctx } from '../../core/context.ts';
import type { Role } from '../../../shared/contract/channel.ts';
import { SENSITIVE_GROUPS, SENSITIVE_ROLES, type Household, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import type { FullHousehold } from './repository.ts';

export function seesSensitive(role: Role | null | undefined): boolean {
  return !!role && (SENSITIVE_ROLES as readonly Role[]).includes(role);
}

export function callerSeesSensitive(ctx: Ctx): boolean {
  return seesSensitive(ctx.session?.role);
}

export function visibleGroups(groups: readonly VulnerabilityGroup[], sensitive: boolean): VulnerabilityGroup[] {
  return sensitive ? [...groups] : groups.filter((g) => !SENSITIVE_GROUPS.includes(g));
}

export function redactHousehold(h: FullHousehold, sensitive: boolean): Household {
  if (sensitive) return { ...h, sensitiveVisible: true };
  return {
    ...h,
    members: h.members.map((m) => ({ ...m, health: null })),
    groups: visibleGroups(h.groups, false),
    disabilityKind: null,
    disabilitySeverity: null,
    monthlyIncome: null,
    sensitiveVisible: false,
  };
}
