/**
 * Valid identifiers for test data, by the rules the host checks (Registry's Domain/Identifiers).
 *
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, S, V, Z; a law firm's
 * starts with "31", then a six-digit division code, a nine-character organisation code and a check
 * character: with the characters valued 0–30 in that alphabet and weights 3^(i-1) mod 31, the check
 * value is 31 − (Σ value × weight mod 31), 31 written as 0.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`A USCC has 17 characters before its check character: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i]!);
    if (value < 0) throw new Error(`${first17[i]} is not a USCC character`);
    sum += value * weights[i]!;
  }
  const check = 31 - (sum % 31);
  return alphabet[check === 31 ? 0 : check]!;
}

/** A law firm's USCC in a region: 31 + region code + `MD` + seven digits of serial + check character. */
export function lawFirmUscc(regionCode: string, serial: number): string {
  const first17 = `31${regionCode}MD${String(serial).padStart(7, '0')}`;
  return first17 + usccCheckCharacter(first17);
}

/** A practice licence number: 17 digits, unique per firm (3 + region code + ten digits of serial). */
export function licenceNumber(regionCode: string, serial: number): string {
  return `3${regionCode}${String(serial).padStart(10, '0')}`;
}
