export * from './roles.js';
export * from './errors.js';
export * from './common.js';
export * from './auth.js';
export * from './organizations.js';
export * from './health.js';
