/** Sounds and buzzes a picker notices without looking at the screen. Made, not loaded: no files. */

let audio: AudioContext | null = null;

function tone(frequency: number, startSec: number, durationSec: number, type: OscillatorType) {
  try {
    audio ??= new AudioContext();
    // Browsers start audio suspended until the page has been touched; a scan or tap has been.
    void audio.resume();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    const start = audio.currentTime + startSec;
    oscillator.type = type;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + durationSec);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + durationSec);
  } catch {
    // No audio device (or no Web Audio): the screen still says what happened.
  }
}

function vibrate(pattern: number | number[]) {
  if ('vibrate' in navigator) navigator.vibrate(pattern);
}

/** A short high beep. */
export function signalSuccess(): void {
  tone(1320, 0, 0.09, 'sine');
  vibrate(40);
}

/** A low double buzz, unlike the success beep even in a noisy aisle. */
export function signalError(): void {
  tone(140, 0, 0.16, 'square');
  tone(140, 0.24, 0.16, 'square');
  vibrate([150, 80, 150]);
}
