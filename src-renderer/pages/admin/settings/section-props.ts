import type { EmailSettings, StationSettings } from '../../../api/types';

/** Sections start from what the station last answered and report back what a save returned. */
export interface StationSectionProps {
  settings: StationSettings;
  onSaved: (settings: StationSettings) => void;
}

export interface EmailSectionProps {
  settings: EmailSettings;
  onSaved: (settings: EmailSettings) => void;
}
