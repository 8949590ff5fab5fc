import { EmailField } from './EmailField';
import type { Owner } from './owner';
import { PasswordField } from './PasswordField';
import type { NewAccount } from './useNewAccount';
import { UsernameField } from './UsernameField';

/** The fields below, by the names the station uses for them in its refusals. */
export const NEW_ACCOUNT_FIELDS = ['username', 'email', 'password'] as const;

interface NewAccountFieldsProps {
  owner: Owner;
  account: NewAccount;
  /** The station's reason for refusing a field, from `useAction`. */
  fieldError: (field: (typeof NEW_ACCOUNT_FIELDS)[number]) => string | null;
}

/** Username, email and password of a new account, laid out by the form around them. */
export function NewAccountFields({ owner, account, fieldError }: NewAccountFieldsProps) {
  return (
    <>
      <UsernameField
        account={owner}
        value={account.username}
        onChange={account.setUsername}
        error={fieldError('username')}
      />
      <EmailField
        owner={owner}
        value={account.email}
        onChange={account.setEmail}
        error={fieldError('email')}
      />
      <PasswordField
        purpose="new"
        // Named apart from a login's "password" on someone else's form, so a password
        // manager does not take it for the admin's own.
        name={owner === 'self' ? 'password' : 'new-password'}
        value={account.password}
        onChange={account.setPassword}
        error={fieldError('password')}
      />
    </>
  );
}
