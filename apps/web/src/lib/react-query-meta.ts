import '@tanstack/react-query';

export interface AppMutationMeta extends Record<string, unknown> {
  /** The form shows this mutation's errors itself (at its fields or in an alert). */
  skipErrorToast?: boolean;
  /** Title of the error toast; the API's message is its description. */
  errorTitle?: string;
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: AppMutationMeta;
  }
}
