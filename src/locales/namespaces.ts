import type { SubpackageName } from '@/src/app/routes';

/**
 * The top-level namespaces of en.ts / zh-Hans.ts that only one subpackage's pages (and the components only
 * they use) show. The mini program ships them in that subpackage instead of the main package
 * (build/mp-locales.ts). A namespace that a main-package page, a shared component or another subpackage
 * also uses stays out of this list; test/mp/packages.test.ts fails when the build says otherwise. Add the
 * namespace of a new subpackage page here.
 */
export const SUBPACKAGE_NAMESPACES: Partial<Record<SubpackageName, readonly string[]>> = {
  people: ['user', 'blocklist', 'friends'],
  chat: ['chat'],
  groups: ['groups', 'createGroup', 'searchGroup', 'applications', 'group', 'members', 'groupAttributes'],
};
