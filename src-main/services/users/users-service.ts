import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { AdminUser, NewUser } from '../../contract/users';
import { type Role } from '../../domain/roles';
import type { Db } from '../../platform/database';
import { hashPassword } from '../auth/passwords';
import { conflict, notFound } from '../../domain/errors';

export interface UserChanges {
  email?: string | null | undefined;
  role?: Role | undefined;
  password?: string | undefined;
  active?: boolean | undefined;
}

const view = (u: typeof users.$inferSelect): AdminUser => ({
  id: u.id,
  username: u.username,
  email: u.email,
  role: u.role,
  is_active: u.isActive,
  created_at: u.createdAt,
  last_login_at: u.lastLoginAt,
});

export class UsersService {
  constructor(
    private readonly db: Db,
    /** Told after a user changes or goes: signed-in sessions must see the new role or the end. */
    private readonly accountsChanged: () => void = () => {},
  ) {}

  list(): AdminUser[] {
    return this.db.select().from(users).orderBy(asc(users.username)).all().map(view);
  }

  get(id: number): AdminUser {
    const row = this.db.select().from(users).where(eq(users.id, id)).get();
    if (!row) throw notFound('user_not_found', `There is no user with id ${id}.`);
    return view(row);
  }

  isEmpty(): boolean {
    return this.db.select({ n: count() }).from(users).get()!.n === 0;
  }

  async create(input: NewUser): Promise<AdminUser> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((tx) => {
      this.assertUnique(input.username, input.email ?? null);
      const row = tx
        .insert(users)
        .values({
          username: input.username,
          email: input.email || null,
          role: input.role,
          passwordHash,
        })
        .returning()
        .get();
      return view(row);
    });
  }

  /** Creates the first admin only while the station has no user at all (first-run screen, env). */
  async createFirstAdmin(input: Omit<NewUser, 'role'>): Promise<AdminUser> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((tx) => {
      if (!this.isEmpty()) {
        throw conflict('already_set_up', 'This station already has users; sign in instead.');
      }
      const row = tx
        .insert(users)
        .values({
          username: input.username,
          email: input.email || null,
          role: 'admin',
          passwordHash,
        })
        .returning()
        .get();
      return view(row);
    });
  }

  async update(id: number, changes: UserChanges): Promise<AdminUser> {
    const passwordHash =
      changes.password === undefined ? undefined : await hashPassword(changes.password);
    const updated = this.db.transaction((tx) => {
      const current = this.get(id);
      const losesAdmin =
        current.role === 'admin' &&
        current.is_active &&
        ((changes.role !== undefined && changes.role !== 'admin') || changes.active === false);
      if (losesAdmin) this.assertAnotherActiveAdmin(id);
      if (changes.email !== undefined && changes.email !== current.email) {
        this.assertUnique(null, changes.email, id);
      }
      const row = tx
        .update(users)
        .set({
          ...(changes.email !== undefined && { email: changes.email || null }),
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.active !== undefined && { isActive: changes.active }),
          ...(passwordHash !== undefined && { passwordHash }),
          updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
        })
        .where(eq(users.id, id))
        .returning()
        .get();
      return view(row!);
    });
    this.accountsChanged();
    return updated;
  }

  /** Deleting cascades to the user's sessions, so its tokens stop working at once. */
  delete(id: number, actingUserId: number): void {
    this.db.transaction((tx) => {
      const current = this.get(id);
      if (id === actingUserId) {
        throw conflict(
          'cannot_delete_self',
          'You cannot delete the account you are signed in with.',
        );
      }
      if (current.role === 'admin' && current.is_active) this.assertAnotherActiveAdmin(id);
      tx.delete(users).where(eq(users.id, id)).run();
    });
    this.accountsChanged();
  }

  private assertAnotherActiveAdmin(exceptId: number): void {
    const others = this.db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.isActive, true), ne(users.id, exceptId)))
      .get()!.n;
    if (others === 0) {
      throw conflict(
        'last_admin',
        'This is the last active admin. Make another user an admin first, so someone can still manage the station.',
      );
    }
  }

  private assertUnique(username: string | null, email: string | null, exceptId?: number): void {
    const clash = (column: typeof users.username | typeof users.email, value: string) =>
      this.db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            sql`lower(${column}) = lower(${value})`,
            exceptId ? ne(users.id, exceptId) : undefined,
          ),
        )
        .get();
    if (username && clash(users.username, username)) {
      throw conflict('username_taken', `The username "${username}" is already taken.`, {
        field: 'username',
      });
    }
    if (email && clash(users.email, email)) {
      throw conflict('email_taken', `Another user already has the email ${email}.`, {
        field: 'email',
      });
    }
  }
}
