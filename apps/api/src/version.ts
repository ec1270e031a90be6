/** Reported by /api/health/; kept in step with package.json's version. */
export const APP_VERSION = '0.1.0';
