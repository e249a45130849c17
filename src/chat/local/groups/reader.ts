import { chunkOf } from './state';
import type { ApplicationBook, GroupRecord, IndexEntry, MemberRecord } from './model';

/** Read access shared by the committed state and a transaction in progress (which reads its own writes). */
export interface GroupReader {
  profile(groupID: string): GroupRecord | undefined;
  chunk(groupID: string, chunk: number): readonly MemberRecord[];
  entriesOf(userID: string): readonly IndexEntry[];
  applications(groupID: string): ApplicationBook;
}

/** The user index says where to look; the chunk is the truth (a member missing from it is no member). */
export function memberOf(reader: GroupReader, groupID: string, userID: string): MemberRecord | undefined {
  const entry = reader.entriesOf(userID).find(([id]) => id === groupID);
  if (!entry) return undefined;
  const seq = entry[1];
  return reader.chunk(groupID, chunkOf(seq)).find((member) => member.seq === seq && member.userID === userID);
}

/** Members after join sequence `afterSeq`, in sequence order, loading chunks only as the caller goes. */
export function* membersAfter(reader: GroupReader, groupID: string, afterSeq = 0): Generator<MemberRecord> {
  const group = reader.profile(groupID);
  if (!group) return;
  const first = chunkOf(afterSeq + 1);
  for (const chunk of group.chunkNos) {
    if (chunk < first) continue;
    for (const member of reader.chunk(groupID, chunk)) {
      if (member.seq > afterSeq) yield member;
    }
  }
}

export function allMembers(reader: GroupReader, groupID: string): MemberRecord[] {
  return [...membersAfter(reader, groupID)];
}
