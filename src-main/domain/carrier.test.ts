import { describe, expect, it } from 'vitest';
import { carrierMismatch, detectCarrier } from './carrier';

describe('detectCarrier', () => {
  it.each([
    ['1Z999AA10123456784', 'UPS'],
    ['1z 999 aa1 01 2345 6784', 'UPS'],
    ['9400 1000 0000 0000 0000 00', 'USPS'],
    ['9205590164917312751089', 'USPS'],
    ['420946019400111899223197428490', 'USPS'],
    ['70190000000000000000', 'USPS'],
    ['EA123456789US', 'USPS'],
    ['123456789012', 'FedEx'],
    ['123456789012345', 'FedEx'],
    ['9612019012345678901234', 'FedEx'],
    ['DT123456789012', 'FedEx'],
    ['1234567890', 'DHL'],
    ['GM2951173225174494', 'DHL'],
    ['JJD000390007812345678', 'DHL'],
  ])('reads %s as %s', (tracking, carrier) => {
    expect(detectCarrier(tracking)).toBe(carrier);
  });

  it.each(['', '1Z999AA1012345678', 'ABC-123', '12345', '94001000000'])(
    'knows no carrier for %j',
    (tracking) => expect(detectCarrier(tracking)).toBeNull(),
  );
});

describe('carrierMismatch', () => {
  it('names the carrier the number looks like when another was chosen', () => {
    expect(carrierMismatch('USPS', '1Z999AA10123456784')).toBe('UPS');
    expect(carrierMismatch('Other', '1Z999AA10123456784')).toBe('UPS');
  });
  it('is quiet when the carrier matches, in any case, or when the format is unknown', () => {
    expect(carrierMismatch('UPS', '1Z999AA10123456784')).toBeNull();
    expect(carrierMismatch('fedex', '123456789012')).toBeNull();
    expect(carrierMismatch('USPS', 'LOCAL-COURIER-7')).toBeNull();
  });
});
