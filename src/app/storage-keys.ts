/**
 * Keys the app keeps in device storage. Dependency-free so the mini program test harness can import
 * them without loading the stores.
 */

/** The userID signed in last, for the next start to sign in again (src/stores/session.ts). */
export const LAST_USER_KEY = 'session:last-user';
