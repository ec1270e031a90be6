import FindMyWay from 'find-my-way';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Knows every route's path and methods, so a request to a known path with another method answers
 * 405 instead of Fastify's 404.
 */
export class MethodIndex {
  readonly #router = FindMyWay({ ignoreTrailingSlash: true });

  add(method: string | string[], url: string): void {
    for (const m of Array.isArray(method) ? method : [method]) {
      if ((METHODS as readonly string[]).includes(m) && !this.#router.hasRoute(m as 'GET', url)) {
        this.#router.on(m as 'GET', url, () => undefined);
      }
    }
  }

  otherMethods(method: string, path: string): string[] {
    return METHODS.filter((m) => m !== method && this.#router.find(m, path) !== null);
  }
}
