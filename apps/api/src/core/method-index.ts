import FindMyWay from 'find-my-way';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * Knows every /api route's path and methods, so a request to a known path with another method
 * answers 405 instead of Fastify's 404, and tests can walk the route table.
 */
export class MethodIndex {
  readonly #router = FindMyWay({ ignoreTrailingSlash: true });
  readonly #routes: { method: string; url: string }[] = [];

  add(method: string | string[], url: string): void {
    for (const m of Array.isArray(method) ? method : [method]) {
      if (!(METHODS as readonly string[]).includes(m)) continue;
      this.#routes.push({ method: m, url });
      if (!this.#router.hasRoute(m as 'GET', url)) this.#router.on(m as 'GET', url, () => undefined);
    }
  }

  /** Every /api route as METHOD and path pattern: the route × role matrix test walks this list. */
  list(): { method: string; url: string }[] {
    return [...this.#routes];
  }

  otherMethods(method: string, path: string): string[] {
    return METHODS.filter((m) => m !== method && this.#router.find(m, path) !== null);
  }
}
