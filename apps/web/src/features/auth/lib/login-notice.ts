/** Router state a page leaves for the login page to show above the form (e.g. "Your password has been reset"). */
export interface LoginNotice {
  notice: string;
}

export function readLoginNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const notice = (state as Partial<LoginNotice>).notice;
  return typeof notice === 'string' && notice !== '' ? notice : null;
}
