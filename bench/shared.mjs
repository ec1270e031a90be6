// What bench/run.mjs and bench/web.mjs both need.

/** `npm run bench:web` owns the block of BENCHMARKS.md between these; `npm run bench` carries it over. */
export const WEB_START = '<!-- web:start -->';
export const WEB_END = '<!-- web:end -->';

/** Resolves once the server at `base` answers its health check (up to 30 s). */
export async function waitForHealth(base) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}
