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

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheckCharacters = '10X98765432';

/**
 * 居民身份证号码 (GB 11643-1999): region code, birth date (yyyyMMdd), a three-digit sequence whose last
 * digit is odd for a man, and the check character (Σ digit × weight mod 11, mapped through 10X98765432).
 */
export function residentIdNumber(regionCode: string, birthDate: string, sequence: number, male: boolean): string {
  const serial = sequence * 2 + (male ? 1 : 0);
  const first17 = `${regionCode}${birthDate}${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * idWeights[i]!, 0);
  return first17 + idCheckCharacters[sum % 11]!;
}

/**
 * 律师执业证号: 1, the prefecture's first four digits, the first practice year, the category digit
 * (1 full-time), a gender digit and a six-digit serial.
 */
export function certificateNumber(regionCode: string, firstPracticeYear: number, serial: number): string {
  return `1${regionCode.slice(0, 4)}${firstPracticeYear}11${String(serial).padStart(6, '0')}`;
}
