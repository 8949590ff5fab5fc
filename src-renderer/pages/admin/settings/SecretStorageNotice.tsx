import type { SecretStorage } from '../../../api/types';
import { Alert } from '../../../components/Alert';

const WHERE: Record<SecretStorage['backend'], string> = {
  keychain: "this computer's keychain",
  file: "a file in the station's data folder that only the station's user account can read",
};

export function SecretStorageNotice({ storage }: { storage: SecretStorage }) {
  return (
    <>
      {storage.warning && (
        <Alert tone="warning">
          <strong>Secrets are not in the keychain.</strong> {storage.warning}
        </Alert>
      )}
      <p className="muted" data-testid="secret-storage">
        Passwords and API keys are kept in <span className="badge">{storage.backend}</span> storage:{' '}
        {WHERE[storage.backend]}.
      </p>
    </>
  );
}
