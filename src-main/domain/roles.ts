/** Who a user is at the station; an admin passes every role check. */
export const ROLES = ['admin', 'picker', 'packer'] as const;
export type Role = (typeof ROLES)[number];
