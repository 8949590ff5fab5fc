/**
 * Where the station keeps secrets (storefront API key, SMTP password, Twilio token, Amazon
 * credentials, the token-signing key). Never SQLite, never logs, never an API answer.
 */
export interface SecretStore {
  /** `keychain` = the OS keychain through keytar; `file` = a 0600 file in the data dir. */
  readonly backend: 'keychain' | 'file';
  /** Set when the keychain was wanted but not reachable: a sentence for the admin UI. */
  readonly warning: string | null;
  get(name: SecretName): Promise<string | null>;
  /** An empty value deletes the secret: the OS keychain cannot hold an empty one. */
  set(name: SecretName, value: string): Promise<void>;
  delete(name: SecretName): Promise<void>;
}

export const SECRET_NAMES = [
  'auth.signing_key',
  'storefront.api_key',
  'smtp.password',
  'sms.auth_token',
  'amazon.client_secret',
  'amazon.refresh_token',
] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
