import { createContext, useContext, type ReactNode } from 'react';
import type { Role, User } from '@crm/contracts';
import type { UserMembership } from './use-active-membership';

/** Who is signed in and which organization this tab works in; provided by the app shell. */
export interface Session {
  user: User;
  organizationId: number;
  membership: UserMembership;
  role: Role;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session when inside the signed-in shell, else null (public pages, components rendered alone). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside the signed-in app shell.');
  return session;
}
