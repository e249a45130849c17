import type { ChatSDK } from '@tencentcloud/chat';
import type { FriendPort } from '../port';
import {
  toAddFriendResult,
  toApplicationList,
  toCheckFriendResult,
  toDeleteFriendResult,
  toFriend,
  toFriendGroup,
  toFriendGroups,
  toFriendProfileResult,
  toFriends,
  toGroupAttributes,
  toGroupFailures,
  toUserFailures,
} from './friend-shape';
import { fields, texts } from './read';
import { dataOf, done, ok } from './response';

/** The SDK instance's relationship chain and group attribute calls the adapter forwards to. */
export type SdkFriends = Pick<
  ChatSDK,
  | 'getFriendList'
  | 'addFriend'
  | 'deleteFriend'
  | 'checkFriend'
  | 'getFriendProfile'
  | 'updateFriend'
  | 'getFriendApplicationList'
  | 'acceptFriendApplication'
  | 'refuseFriendApplication'
  | 'deleteFriendApplication'
  | 'setFriendApplicationRead'
  | 'getFriendGroupList'
  | 'createFriendGroup'
  | 'deleteFriendGroup'
  | 'addToFriendGroup'
  | 'removeFromFriendGroup'
  | 'renameFriendGroup'
  | 'initGroupAttributes'
  | 'setGroupAttributes'
  | 'deleteGroupAttributes'
  | 'getGroupAttributes'
>;

/** Our option types narrow the SDK's enum-typed and `any` fields; the values are what the SDK takes. */
type SdkArg<K extends keyof SdkFriends> = Parameters<SdkFriends[K]>[0];
const sdkArg = <K extends keyof SdkFriends>(value: unknown): SdkArg<K> => value as SdkArg<K>;

/**
 * FriendPort on the SDK (relationship-module.js, group-module.js GroupAttributesHandler). Results leave as
 * plain copies in friend-types.ts's shapes (friend-shape.ts). Three calls resolve with `undefined` in 3.6.6
 * (accept, refuse, setFriendApplicationRead: FriendApplicationHandler's `then` returns nothing) and answer
 * `{ code: 0, data: {} }` here like every other call.
 */
export function createCloudFriends(sdk: () => SdkFriends): FriendPort {
  return {
    getFriendList: async () => ok(toFriends(dataOf(await sdk().getFriendList()))),
    // Resolves for code 0 and for 30539 (the request waits for the user's approval); other codes reject.
    addFriend: async (options) => ok(toAddFriendResult(dataOf(await sdk().addFriend(sdkArg<'addFriend'>(options))), options.to)),
    deleteFriend: async (options) => ok(toDeleteFriendResult(dataOf(await sdk().deleteFriend(sdkArg<'deleteFriend'>(options))))),
    checkFriend: async (options) => ok(toCheckFriendResult(dataOf(await sdk().checkFriend(sdkArg<'checkFriend'>(options))))),
    getFriendProfile: async (options) => ok(toFriendProfileResult(dataOf(await sdk().getFriendProfile(options)))),
    // The SDK answers its cached Friend (FriendHandler.updateFriend).
    updateFriend: async (options) => ok(toFriend(dataOf(await sdk().updateFriend(sdkArg<'updateFriend'>(options))))),
    getFriendApplicationList: async () => ok(toApplicationList(dataOf(await sdk().getFriendApplicationList()))),
    acceptFriendApplication: async (options) => {
      await sdk().acceptFriendApplication(sdkArg<'acceptFriendApplication'>(options));
      return done();
    },
    refuseFriendApplication: async (options) => {
      await sdk().refuseFriendApplication(options);
      return done();
    },
    deleteFriendApplication: async (options) => {
      await sdk().deleteFriendApplication(sdkArg<'deleteFriendApplication'>(options));
      return done();
    },
    setFriendApplicationRead: async () => {
      await sdk().setFriendApplicationRead();
      return done();
    },
    getFriendGroupList: async () => ok(toFriendGroups(dataOf(await sdk().getFriendGroupList()))),
    async createFriendGroup(options) {
      const data = fields(dataOf(await sdk().createFriendGroup(sdkArg<'createFriendGroup'>(options))));
      return ok({ friendGroup: toFriendGroup(data.friendGroup, options.name), failureUserIDList: toUserFailures(data.failureUserIDList) });
    },
    deleteFriendGroup: async (options) => ok(toFriendGroup(dataOf(await sdk().deleteFriendGroup(options)), options.name)),
    async addToFriendGroup(options) {
      const data = fields(dataOf(await sdk().addToFriendGroup(options)));
      return ok({ friendGroup: toFriendGroup(data.friendGroup, options.name), failureUserIDList: toGroupFailures(data.failureUserIDList) });
    },
    async removeFromFriendGroup(options) {
      const data = fields(dataOf(await sdk().removeFromFriendGroup(options)));
      return ok({ friendGroup: toFriendGroup(data.friendGroup, options.name), failureUserIDList: toGroupFailures(data.failureUserIDList) });
    },
    // Answers nothing when the group left the SDK's map meanwhile (FriendGroupHandler.renameGroup): named as asked.
    renameFriendGroup: async (options) =>
      ok(toFriendGroup(dataOf(await sdk().renameFriendGroup(sdkArg<'renameFriendGroup'>(options))), options.newName)),

    initGroupAttributes: async (options) =>
      ok({ groupAttributes: toGroupAttributes(fields(dataOf(await sdk().initGroupAttributes(options))).groupAttributes) }),
    setGroupAttributes: async (options) =>
      ok({ groupAttributes: toGroupAttributes(fields(dataOf(await sdk().setGroupAttributes(options))).groupAttributes) }),
    deleteGroupAttributes: async (options) => ok({ keyList: texts(fields(dataOf(await sdk().deleteGroupAttributes(options))).keyList) }),
    getGroupAttributes: async (options) =>
      ok({ groupAttributes: toGroupAttributes(fields(dataOf(await sdk().getGroupAttributes(options))).groupAttributes) }),
  };
}
