import { TYPES } from '@/src/chat/constants';
import { myRoleIn } from '@/src/utils/group-role';

describe('myRoleIn', () => {
  it('is the role in selfInfo', () => {
    expect(myRoleIn({ selfInfo: { role: TYPES.GRP_MBR_ROLE_OWNER } })).toBe(TYPES.GRP_MBR_ROLE_OWNER);
  });

  it('counts a group seen from outside (blank role) or not loaded as a plain member', () => {
    expect(myRoleIn({ selfInfo: { role: '' } })).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    expect(myRoleIn(null)).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
    expect(myRoleIn(undefined)).toBe(TYPES.GRP_MBR_ROLE_MEMBER);
  });
});
