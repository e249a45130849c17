/** semver 6 ships no types; this covers what the engines test calls (the package's own API of that version). */
declare module 'semver' {
  export class SemVer {
    readonly version: string;
  }
  /** The lowest version the range matches, or null when it matches none. */
  export function minVersion(range: string): SemVer | null;
  /** The range, normalised, or null when it is not a valid range. */
  export function validRange(range: string): string | null;
  export function satisfies(version: string | SemVer, range: string): boolean;
}
