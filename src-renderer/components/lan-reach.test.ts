import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { StationLan } from '../api/types';
import { LanReach } from './HandheldQr';

const render = (lan: Partial<StationLan>) =>
  renderToStaticMarkup(
    createElement(LanReach, {
      compact: false,
      lan: {
        lan_enabled: true,
        listening_on: '0.0.0.0',
        port: 5780,
        loopback_only: false,
        addresses: [],
        ...lan,
      },
    }),
  );

describe('where handhelds connect, on screen', () => {
  it('shows no code, and says why, when the station listens on this PC alone', () => {
    const off = render({ lan_enabled: false, listening_on: '127.0.0.1', loopback_only: true });
    expect(off).toContain(
      'Handhelds cannot connect: the station listens only on this PC (127.0.0.1).',
    );
    expect(off).toContain('Settings → Network');
    expect(off).not.toContain('<img');
    const forced = render({ listening_on: '127.0.0.1', loopback_only: true });
    expect(forced).toContain('restart it without --host 127.0.0.1');
  });

  it('says the PC has no network instead of an empty list', () => {
    expect(render({})).toContain('This PC has no network address yet');
  });

  it('shows each picker URL beside its QR code', () => {
    const html = render({
      addresses: [
        {
          interface: 'eth0',
          address: '192.168.1.20',
          picker_url: 'http://192.168.1.20:5780/picker',
          qr_svg: '<svg viewBox="0 0 1 1"></svg>',
        },
      ],
    });
    expect(html).toContain('alt="QR code of http://192.168.1.20:5780/picker"');
    expect(html).toContain('src="data:image/svg+xml;charset=utf-8,%3Csvg');
    expect(html).toContain('>http://192.168.1.20:5780/picker</strong>');
  });
});
