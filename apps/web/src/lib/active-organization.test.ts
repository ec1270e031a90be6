import { describe, expect, it } from 'vitest';
import type { User } from '@crm/contracts';
import {
  ACTIVE_ORGANIZATION_KEY,
  getStoredActiveOrganizationId,
  resolveActiveOrganizationId,
  setActiveOrganizationId,
} from './active-organization';

type Membership = User['memberships'][number];

function membership(id: number, status: Membership['status'] = 'active'): Membership {
  return { organization: { id, name: `Org ${String(id)}`, slug: `org-${String(id)}` }, role: 'owner', status };
}

function user(defaultId: number | null, memberships: Membership[]) {
  return { default_organization_id: defaultId, memberships };
}

describe('resolveActiveOrganizationId', () => {
  const member = user(2, [membership(1), membership(2), membership(3)]);

  it('keeps the tab’s stored organization while it is an active membership', () => {
    expect(resolveActiveOrganizationId(member, 3)).toBe(3);
  });

  it('uses the default organization when the tab has none stored', () => {
    expect(resolveActiveOrganizationId(member, null)).toBe(2);
  });

  it('falls back to the default when the stored one is no longer a membership', () => {
    expect(resolveActiveOrganizationId(member, 99)).toBe(2);
  });

  it('falls back when the stored membership is suspended', () => {
    const suspended = user(1, [membership(1), membership(2, 'suspended')]);
    expect(resolveActiveOrganizationId(suspended, 2)).toBe(1);
  });

  it('uses the first active membership when there is no usable default', () => {
    expect(resolveActiveOrganizationId(user(null, [membership(5, 'suspended'), membership(7)]), null)).toBe(7);
    expect(resolveActiveOrganizationId(user(5, [membership(5, 'suspended'), membership(7)]), 5)).toBe(7);
  });

  it('gives null when the user has no active membership', () => {
    expect(resolveActiveOrganizationId(user(1, [membership(1, 'suspended')]), 1)).toBeNull();
    expect(resolveActiveOrganizationId(user(null, []), null)).toBeNull();
  });
});

describe('tab storage', () => {
  it('keeps the choice in sessionStorage, per tab', () => {
    setActiveOrganizationId(12);
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('12');
    expect(localStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBeNull();
    expect(getStoredActiveOrganizationId()).toBe(12);
    setActiveOrganizationId(null);
    expect(getStoredActiveOrganizationId()).toBeNull();
  });

  it('ignores a stored value that is not an id', () => {
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, 'abc');
    expect(getStoredActiveOrganizationId()).toBeNull();
  });
});
