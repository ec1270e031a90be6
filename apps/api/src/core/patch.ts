/** PUT and PATCH leave omitted fields as they are: drop every key whose value is undefined. */
export const definedOnly = <T extends object>(input: T): T =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as T;
