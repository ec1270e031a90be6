import { useSyncExternalStore } from 'react';
import type { User } from '@crm/contracts';

/**
 * The active organization lives per browser tab (sessionStorage), not per browser: two tabs on two
 * organizations must never send each other's X-Organization-ID and write into the wrong tenant.
 */
export const ACTIVE_ORGANIZATION_KEY = 'activeOrganizationId';

type Listener = () => void;
const listeners = new Set<Listener>();

export function getStoredActiveOrganizationId(): number | null {
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function setActiveOrganizationId(id: number | null): void {
  if (id === getStoredActiveOrganizationId()) return;
  try {
    if (id === null) sessionStorage.removeItem(ACTIVE_ORGANIZATION_KEY);
    else sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, String(id));
  } catch {
    /* storage unavailable: requests fall back to the user's default organization */
  }
  listeners.forEach((listener) => listener());
}

export function subscribeToActiveOrganization(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useStoredActiveOrganizationId(): number | null {
  return useSyncExternalStore(subscribeToActiveOrganization, getStoredActiveOrganizationId, () => null);
}

type MembershipSource = Pick<User, 'default_organization_id' | 'memberships'>;

/**
 * The organization a tab works in: the one it stored, while it is still an active membership;
 * otherwise the user's default organization (when active); otherwise the first active membership.
 */
export function resolveActiveOrganizationId(user: MembershipSource, storedId: number | null): number | null {
  const activeIds = user.memberships.filter((m) => m.status === 'active').map((m) => m.organization.id);
  if (storedId !== null && activeIds.includes(storedId)) return storedId;
  const defaultId = user.default_organization_id;
  if (defaultId !== null && activeIds.includes(defaultId)) return defaultId;
  return activeIds[0] ?? null;
}
