import { Alert } from './Alert';

export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert tone="error">
      <p>{message}</p>
      <button className="btn" type="button" onClick={onRetry}>
        Try again
      </button>
    </Alert>
  );
}
