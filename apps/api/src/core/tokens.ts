import { createHash, randomBytes } from 'node:crypto';

/** A token is shown once; the database keeps only its SHA-256, so a leaked backup holds no live key. */
export const generateToken = (): string => randomBytes(20).toString('hex');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
