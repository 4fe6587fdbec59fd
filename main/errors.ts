import type { ErrorCode } from '../preload/contract';

/**
 * An error a person can be shown: a stable code the UI and tests branch on, and a plain message that says
 * what happened and what to do. Services throw it; the router turns it into a typed result, never a stack.
 */
export class HavenError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'HavenError';
    this.code = code;
    this.details = details;
  }
}
