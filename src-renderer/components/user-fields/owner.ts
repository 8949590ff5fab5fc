/**
 * Whose account a form is about. The browser may fill in and offer to save your own login, but
 * on a form for someone else's account it must not put the admin's saved name there.
 */
export type Owner = 'self' | 'other';
