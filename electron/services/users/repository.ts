// SQL for users, shared by setup (the first administrator), sign-in and user management.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import type { Role } from '../../../shared/contract/channel.ts';
import type { User } from '../../../shared/contract/users.ts';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  locale: 'fa' | 'en';
  last_sign_in_at: string | null;
  created_at: string;
  updated_at: string;
}

export function toUser(r: UserRow): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: r.active === 1,
    locale: r.locale,
    lastSignInAt: r.last_sign_in_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
}

export function insertUser(
  db: Db,
  u: { username: string; displayName: string; role: Role; passwordHash: string },
  nowIso: string,
  centreId: string,
): UserRow {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, active, locale, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, 1, 'fa', ?, ?, ?)`,
  ).run(id, u.username, u.displayName, u.role, u.passwordHash, nowIso, nowIso, centreId);
  return findUserById(db, id)!;
}

export function countActiveAdmins(db: Db): number {
  return (db.prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND active = 1").get() as { n: number }).n;
}
