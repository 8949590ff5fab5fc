/** Every project runs against its own fresh station, so fixed names never collide. */
export const ADMIN = {
  username: 'owner',
  email: 'owner@example.com',
  password: 'hay-and-bedding-2026',
};

export const PICKER = {
  username: 'pat.picker',
  email: 'pat@example.com',
  password: 'picks-fast-2026',
};
