import { useId, type FormEvent, type ReactNode } from 'react';
import { Alert } from '../../../components/Alert';

interface SettingsSectionProps {
  id: string;
  title: string;
  intro: ReactNode;
  busy: boolean;
  error: string | null;
  saved: string | null;
  onSubmit: () => void;
  /** Buttons beside Save, e.g. sending a test message. */
  extraActions?: ReactNode;
  /** Messages from those extra buttons, shown with the section's own. */
  extraMessages?: ReactNode;
  children: ReactNode;
}

/** Each section saves on its own, so a mistake in one never blocks the others. */
export function SettingsSection({
  id,
  title,
  intro,
  busy,
  error,
  saved,
  onSubmit,
  extraActions,
  extraMessages,
  children,
}: SettingsSectionProps) {
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section className="card" id={id} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p className="card-intro">{intro}</p>
      <form className="form" onSubmit={submit}>
        {children}
        {error && <Alert tone="error">{error}</Alert>}
        {saved && <Alert tone="success">{saved}</Alert>}
        {extraMessages}
        <div className="actions">
          <button className="btn btn-primary" type="submit" disabled={busy}>
            {busy
              ? 'Saving…'
              : `Save ${title === title.toUpperCase() ? title : title.toLowerCase()}`}
          </button>
          {extraActions}
        </div>
      </form>
    </section>
  );
}
