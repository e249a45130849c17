import { GROUP_BYTES } from '@/src/chat/rules/group-fields';

/** What a focused edit page of a group edits: a text field of the group, a name card, or a custom field. */
export type GroupEditTarget =
  | { kind: 'text'; field: 'name' | 'introduction' | 'notification' }
  | { kind: 'groupCustom'; key: string }
  /** userID '' is me. */
  | { kind: 'nameCard'; userID: string }
  | { kind: 'memberCustom'; userID: string; key: string };

const TEXT_FIELDS = ['name', 'introduction', 'notification'] as const;

/** The page's query (`field`, and `key` / `userID` where they apply) as a target; null for anything else. */
export function groupEditTarget(field: string, key: string, userID: string): GroupEditTarget | null {
  const text = TEXT_FIELDS.find((name) => name === field);
  if (text) return { kind: 'text', field: text };
  if (field === 'groupCustom' && key) return { kind: 'groupCustom', key };
  if (field === 'nameCard') return { kind: 'nameCard', userID };
  if (field === 'memberCustom' && key && userID) return { kind: 'memberCustom', userID, key };
  return null;
}

/** The service's limit in UTF-8 bytes (src/chat/rules/group-fields.ts). */
export function groupByteLimit(target: GroupEditTarget): number {
  switch (target.kind) {
    case 'text':
      return GROUP_BYTES[target.field];
    case 'groupCustom':
      return GROUP_BYTES.groupCustomValue;
    case 'nameCard':
      return GROUP_BYTES.nameCard;
    case 'memberCustom':
      return GROUP_BYTES.memberCustomValue;
  }
}

/** Long texts get a box of several lines. */
export function isMultiline(target: GroupEditTarget): boolean {
  return (target.kind === 'text' && target.field !== 'name') || target.kind === 'groupCustom';
}

/** The class name part tests and styles use for the target's input (`input-group-name`, `input-namecard`, …). */
export function groupInputName(target: GroupEditTarget): string {
  switch (target.kind) {
    case 'text':
      return `group-${target.field}`;
    case 'groupCustom':
      return `group-field-${target.key}`;
    case 'nameCard':
      return target.userID ? 'member-namecard' : 'my-namecard';
    case 'memberCustom':
      return `member-field-${target.key}`;
  }
}
