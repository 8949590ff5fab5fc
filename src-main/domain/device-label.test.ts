import { describe, expect, it } from 'vitest';
import { deviceLabel } from './device-label';

describe('device labels', () => {
  it('names a handheld by the first digits of its id, and a browser by what its user agent says', () => {
    expect(deviceLabel('handheld-3f2a9c1e-0b1d-4c2e-8f00-123456789abc')).toBe('Handheld 3F2A');
    expect(
      deviceLabel(
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
      ),
    ).toBe('Chrome on Android');
    expect(
      deviceLabel(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iOS');
    expect(
      deviceLabel(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) WarehouseStation/0.1.0 Chrome/134.0 Electron/41.7.1 Safari/537.36',
      ),
    ).toBe('Station window on Windows');
    expect(deviceLabel('curl/8.5.0')).toBe('curl/8.5.0');
    expect(deviceLabel(null)).toBeNull();
  });
});
