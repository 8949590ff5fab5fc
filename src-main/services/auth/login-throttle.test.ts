import { describe, expect, it } from 'vitest';
import { LoginThrottle, type Reservation } from './login-throttle';

const WINDOW = 15 * 60_000;

function throttleAt() {
  const clock = { now: 0 };
  const throttle = new LoginThrottle(
    { perAccount: 5, perAddress: 20, addressInFlight: 4, windowMs: WINDOW },
    () => clock.now,
  );
  return { throttle, clock };
}

const allowed = (r: Reservation | { retryAfterSeconds: number }): Reservation => {
  if ('retryAfterSeconds' in r) throw new Error(`refused for ${r.retryAfterSeconds} s`);
  return r;
};

describe('LoginThrottle, per source address (a NAT shared by the warehouse)', () => {
  it('after 20 failures from one address, unknown names wait but a clean account still gets its check', () => {
    const { throttle, clock } = throttleAt();
    for (let i = 0; i < 20; i++)
      allowed(throttle.reserve(`name:guess${i}`, '10.0.0.9', false)).release(false);
    expect(throttle.reserve('name:another', '10.0.0.9', false)).toEqual({
      retryAfterSeconds: WINDOW / 1000,
    });
    allowed(throttle.reserve('id:7', '10.0.0.9', true)).release(true);
    // An account that failed is no longer clean: it is held to the address rule too.
    allowed(throttle.reserve('id:8', '10.0.0.9', true)).release(false);
    expect(throttle.reserve('id:8', '10.0.0.9', true)).toHaveProperty('retryAfterSeconds');
    // Another address is not affected; and the window passing frees this one.
    allowed(throttle.reserve('name:another', '10.0.0.10', false)).release(false);
    clock.now = WINDOW + 1;
    allowed(throttle.reserve('name:another', '10.0.0.9', false));
  });

  it('holds at most 4 checks in flight from one address; a clean account is not among them', () => {
    const { throttle } = throttleAt();
    const held = [0, 1, 2, 3].map((i) =>
      allowed(throttle.reserve(`name:n${i}`, '10.0.0.9', false)),
    );
    expect(throttle.reserve('name:n4', '10.0.0.9', false)).toEqual({ retryAfterSeconds: 1 });
    allowed(throttle.reserve('id:7', '10.0.0.9', true));
    held[0]!.release(false);
    allowed(throttle.reserve('name:n4', '10.0.0.9', false));
  });

  it('counts checks in flight against the account: a sixth parallel check waits', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) allowed(throttle.reserve('id:7', `10.0.0.${i}`, true));
    expect(throttle.reserve('id:7', '10.0.0.99', true)).toEqual({ retryAfterSeconds: 1 });
  });
});
