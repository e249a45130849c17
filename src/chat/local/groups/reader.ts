import { chunkOf } from './state';
import type { ApplicationBook, GroupRecord, IndexEntry, MemberRecord } from './model';

/** Read access shared by the committed state and a transaction in progress (which reads its own writes). */
export interface GroupReader {
  profile(groupID: string): GroupRecord | undefined;
  chunk(groupID: string, chunk: number): readonly MemberRecord[];
  entriesOf(userID: string): readonly IndexEntry[];
  applications(groupID: string): ApplicationBook;
}

/** The join sequence number the user index holds for `userID` in `groupID`; undefined when not indexed. */
export function indexedSeq(reader: GroupReader, groupID: string, userID: string): number | undefined {
  return reader.entriesOf(userID).find(([id]) => id === groupID)?.[1];
}

/** The member at join sequence `seq`, read from its chunk; undefined when the chunk does not hold it. */
export function memberAtSeq(reader: GroupReader, groupID: string, userID: string, seq: number): MemberRecord | undefined {
  return reader.chunk(groupID, chunkOf(seq)).find((member) => member.seq === seq && member.userID === userID);
}

/** The user index says where to look; the chunk is the truth (a member missing from it is no member). */
export function memberOf(reader: GroupReader, groupID: string, userID: string): MemberRecord | undefined {
  const seq = indexedSeq(reader, groupID, userID);
  return seq === undefined ? undefined : memberAtSeq(reader, groupID, userID, seq);
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
