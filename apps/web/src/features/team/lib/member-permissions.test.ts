import { describe, expect, it } from 'vitest';
import type { Member } from '@crm/contracts';
import { hasAnyMemberAction, memberActions, teamPermissions } from './member-permissions';

function member(overrides: Partial<Member>): Member {
  return {
    user_id: 2,
    username: 'sam',
    email: 'sam@example.com',
    full_name: 'Sam Reed',
    role: 'employee',
    status: 'active',
    joined_at: '2026-01-02T10:00:00.000Z',
    employee_id: 5,
    customer_id: null,
    ...overrides,
  };
}

const owner = { role: 'owner' as const, userId: 1 };
const admin = { role: 'admin' as const, userId: 3 };

describe('memberActions', () => {
  it('lets the Owner change, suspend, remove and hand ownership to an active staff member', () => {
    expect(memberActions(owner, member({}))).toEqual({
      changeRole: true,
      suspend: true,
      reactivate: false,
      remove: true,
      transferOwnership: true,
    });
  });

  it('offers reactivation, not suspension, for a suspended member, and no transfer to them', () => {
    const actions = memberActions(owner, member({ status: 'suspended' }));
    expect(actions).toMatchObject({ suspend: false, reactivate: true, transferOwnership: false });
  });

  it('never lets an Admin touch the Owner, nor transfer ownership at all', () => {
    expect(hasAnyMemberAction(memberActions(admin, member({ user_id: 1, role: 'owner' })))).toBe(false);
    expect(memberActions(admin, member({}))).toMatchObject({
      changeRole: true,
      remove: true,
      transferOwnership: false,
    });
  });

  it('offers nothing on one’s own row: leaving is its own action', () => {
    expect(hasAnyMemberAction(memberActions(owner, member({ user_id: 1, role: 'owner' })))).toBe(false);
    expect(hasAnyMemberAction(memberActions(admin, member({ user_id: 3, role: 'admin' })))).toBe(false);
  });

  it('gives Managers and Employees a read-only team', () => {
    for (const role of ['manager', 'employee'] as const) {
      expect(hasAnyMemberAction(memberActions({ role, userId: 9 }, member({})))).toBe(false);
      expect(teamPermissions(role)).toMatchObject({ canInvite: false, canRevokeInvitations: false, canSeeTeam: true });
    }
  });

  it('keeps a client a client', () => {
    expect(memberActions(owner, member({ role: 'client', employee_id: null, customer_id: 4 }))).toMatchObject({
      changeRole: false,
      transferOwnership: false,
      remove: true,
    });
  });

  it('lets everyone but the Owner leave', () => {
    expect(teamPermissions('owner').canLeave).toBe(false);
    expect(teamPermissions('admin').canLeave).toBe(true);
    expect(teamPermissions('employee').canLeave).toBe(true);
  });
});
