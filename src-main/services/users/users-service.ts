import type { AdminUser, NewUser } from '../../contract/users';
import { type Role } from '../../domain/roles';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb } from '../../store/db';
import { revokeUserSessions } from '../../store/sessions';
import {
  anotherActiveAdmin,
  deleteUser,
  findUser,
  hasUsers,
  insertUser,
  listUsers,
  taken,
  updateUser,
} from '../../store/users';
import { hashPassword } from '../auth/passwords';
import { conflict, notFound } from '../../domain/errors';

export interface UserChanges {
  email?: string | null | undefined;
  role?: Role | undefined;
  password?: string | undefined;
  active?: boolean | undefined;
}

export class UsersService {
  constructor(
    private readonly db: ReadDb,
    private readonly writes: WriteQueue,
    /**
     * Told once a change to a user has committed: signed-in sessions must see the new role or
     * the end.
     */
    private readonly accountsChanged: () => void = () => {},
  ) {}

  list(): AdminUser[] {
    return listUsers(this.db);
  }

  get(id: number): AdminUser {
    return this.existing(this.db, id);
  }

  isEmpty(): boolean {
    return !hasUsers(this.db);
  }

  async create(input: NewUser): Promise<AdminUser> {
    const passwordHash = await hashPassword(input.password);
    return this.writes.run((tx) => {
      assertUnique(tx, input.username, input.email ?? null);
      return insertUser(tx, {
        username: input.username,
        email: input.email || null,
        role: input.role,
        passwordHash,
      });
    });
  }

  /** Creates the first admin only while the station has no user at all (first-run screen, env). */
  async createFirstAdmin(input: Omit<NewUser, 'role'>): Promise<AdminUser> {
    const passwordHash = await hashPassword(input.password);
    return this.writes.run((tx) => {
      if (hasUsers(tx)) {
        throw conflict('already_set_up', 'This station already has users; sign in instead.');
      }
      return insertUser(tx, {
        username: input.username,
        email: input.email || null,
        role: 'admin',
        passwordHash,
      });
    });
  }

  /** A new password or disabling ends the user's sessions, in the same write as the change. */
  async update(id: number, changes: UserChanges): Promise<AdminUser> {
    const passwordHash =
      changes.password === undefined ? undefined : await hashPassword(changes.password);
    const updated = await this.writes.run((tx) => {
      const current = this.existing(tx, id);
      const losesAdmin =
        current.role === 'admin' &&
        current.is_active &&
        ((changes.role !== undefined && changes.role !== 'admin') || changes.active === false);
      if (losesAdmin) assertAnotherActiveAdmin(tx, id);
      if (changes.email !== undefined && changes.email !== current.email) {
        assertUnique(tx, null, changes.email, id);
      }
      const user = updateUser(tx, id, {
        email: changes.email === undefined ? undefined : changes.email || null,
        role: changes.role,
        active: changes.active,
        passwordHash,
      })!;
      if (passwordHash !== undefined || changes.active === false)
        revokeUserSessions(tx, id, new Date().toISOString());
      return user;
    });
    this.accountsChanged();
    return updated;
  }

  /** Deleting cascades to the user's sessions, so its tokens stop working at once. */
  async delete(id: number, actingUserId: number): Promise<void> {
    await this.writes.run((tx) => {
      const current = this.existing(tx, id);
      if (id === actingUserId) {
        throw conflict(
          'cannot_delete_self',
          'You cannot delete the account you are signed in with.',
        );
      }
      if (current.role === 'admin' && current.is_active) assertAnotherActiveAdmin(tx, id);
      deleteUser(tx, id);
    });
    this.accountsChanged();
  }

  private existing(db: ReadDb, id: number): AdminUser {
    const user = findUser(db, id);
    if (!user) throw notFound('user_not_found', `There is no user with id ${id}.`);
    return user;
  }
}

function assertAnotherActiveAdmin(db: ReadDb, exceptId: number): void {
  if (!anotherActiveAdmin(db, exceptId)) {
    throw conflict(
      'last_admin',
      'This is the last active admin. Make another user an admin first, so someone can still manage the station.',
    );
  }
}

function assertUnique(
  db: ReadDb,
  username: string | null,
  email: string | null,
  exceptId?: number,
): void {
  if (username && taken(db, 'username', username, exceptId)) {
    throw conflict('username_taken', `The username "${username}" is already taken.`, {
      field: 'username',
    });
  }
  if (email && taken(db, 'email', email, exceptId)) {
    throw conflict('email_taken', `Another user already has the email ${email}.`, {
      field: 'email',
    });
  }
}
