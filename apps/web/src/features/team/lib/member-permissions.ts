import { can, type Member, type Role } from '@crm/contracts';

export interface TeamViewer {
  role: Role;
  userId: number;
}

/** What the viewer may do to one member's row; the server refuses the rest, these only hide it. */
export interface MemberActionSet {
  changeRole: boolean;
  suspend: boolean;
  reactivate: boolean;
  remove: boolean;
  transferOwnership: boolean;
}

/**
 * Nobody changes their own membership here (leaving is its own action), nobody but a transfer
 * touches the Owner, and a client keeps the client role (PRODUCT §3).
 */
export function memberActions(viewer: TeamViewer, member: Member): MemberActionSet {
  const isSelf = member.user_id === viewer.userId;
  const isOwner = member.role === 'owner';
  const mayManage = can(viewer.role, 'members', 'update') && !isSelf && !isOwner;
  return {
    changeRole: mayManage && member.role !== 'client',
    suspend: mayManage && member.status === 'active',
    reactivate: mayManage && member.status === 'suspended',
    remove: can(viewer.role, 'members', 'delete') && !isSelf && !isOwner,
    transferOwnership:
      can(viewer.role, 'organization', 'transfer') && !isSelf && member.role !== 'client' && member.status === 'active',
  };
}

export function hasAnyMemberAction(actions: MemberActionSet): boolean {
  return Object.values(actions).some(Boolean);
}

/** The team page's own buttons for the viewer's role. */
export function teamPermissions(role: Role) {
  return {
    canInvite: can(role, 'members', 'create'),
    canRevokeInvitations: can(role, 'members', 'delete'),
    canSeeTeam: can(role, 'members', 'read'),
    /** The Owner must hand ownership on first; the server answers 409 otherwise. */
    canLeave: role !== 'owner',
  };
}
