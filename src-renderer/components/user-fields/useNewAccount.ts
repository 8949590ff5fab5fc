import { useState } from 'react';
import type { NewUser } from '../../api/types';

/** What first run and the Users page ask of every new account, as the form holds it. */
export function useNewAccount() {
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  return {
    username,
    setUsername,
    email,
    setEmail,
    password,
    setPassword,
    /** The account as the station takes it: an email left empty is not sent at all. */
    body: (): Omit<NewUser, 'role'> => ({
      username: username.trim(),
      email: email.trim() || undefined,
      password,
    }),
    clear: () => {
      setUsername('');
      setEmail('');
      setPassword('');
    },
  };
}

export type NewAccount = ReturnType<typeof useNewAccount>;
