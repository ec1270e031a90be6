/** The seed keeps the token in localStorage under this key; the strict CSP is what protects it. */
export const AUTH_TOKEN_KEY = 'authToken';

export function getAuthToken(): string | null {
  try {
    return localStorage.getItem(AUTH_TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setAuthToken(token: string): void {
  localStorage.setItem(AUTH_TOKEN_KEY, token);
}

export function clearAuthToken(): void {
  try {
    localStorage.removeItem(AUTH_TOKEN_KEY);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export function hasAuthToken(): boolean {
  return getAuthToken() !== null;
}
