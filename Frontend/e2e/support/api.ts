import { baseUrl } from './browser';
import { certificateNumber, lawFirmUscc, licenceNumber, residentIdNumber } from './uscc';

/**
 * The test code's own calls to the host (never the browser's): in the Testing environment the host
 * takes the caller from X-Test-Role / X-Test-Scope (ADR 0004). Here a system administrator for the
 * whole province arranges accounts and records; the browser then signs in for real.
 */
const administrator = { 'X-Test-Role': 'system-administrator', 'X-Test-Scope': 'region:220000' };

export async function asAdministrator<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: { ...administrator, 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface Account {
  id: string;
  userName: string;
  displayName: string;
  password: string;
}

/** An account with a role and a data scope; its temporary password is its password. */
export async function createAccount(userName: string, displayName: string, role: string, dataScope: string): Promise<Account> {
  const created = await asAdministrator<{ user: { id: string }; temporaryPassword: string }>('POST', '/api/access/users', {
    userName,
    displayName,
    role,
    dataScope,
  });
  return { id: created.user.id, userName, displayName, password: created.temporaryPassword };
}

export interface Firm {
  id: string;
  name: string;
  uscc: string;
}

/** What tells firms apart for a survey's target: organisation form and size band. */
export interface FirmShape {
  organisationForm: 'GeneralPartnership' | 'SpecialGeneralPartnership' | 'Sole' | 'StateFunded';
  sizeBand: 'Small' | 'Medium' | 'Large';
}

/** A practising firm in a region (a small general partnership unless told), with identifiers made valid (and unique by serial). */
export async function registerFirm(
  name: string,
  regionCode: string,
  serial: number,
  shape: FirmShape = { organisationForm: 'GeneralPartnership', sizeBand: 'Small' },
): Promise<Firm> {
  const uscc = lawFirmUscc(regionCode, serial);
  const firm = await asAdministrator<{ id: string; name: string; uscc: string }>('POST', '/api/registry/firms', {
    name,
    uscc,
    licenceNumber: licenceNumber(regionCode, serial),
    organisationForm: shape.organisationForm,
    sizeBand: shape.sizeBand,
    regionCode,
    director: '测试主任',
    address: `${name}地址一号`,
    phone: null,
    foundedOn: '2015-06-01',
    branchOfId: null,
  });
  return { id: firm.id, name: firm.name, uscc: firm.uscc };
}

export interface Lawyer {
  id: string;
  name: string;
  certificateNumber: string;
}

/** A full-time lawyer practising at a firm since 2012, with identifiers made valid (and unique by serial). */
export async function registerLawyer(firm: Firm, regionCode: string, name: string, serial: number): Promise<Lawyer> {
  const lawyer = await asAdministrator<Lawyer>('POST', '/api/registry/lawyers', {
    name,
    gender: 'Male',
    idNumber: residentIdNumber(regionCode, '19850612', serial, true),
    phone: `139${String(serial).padStart(8, '0')}`,
    certificateNumber: certificateNumber(regionCode, 2012, serial),
    category: 'FullTime',
    firmId: firm.id,
    employer: null,
    regionCode: null,
    firstPracticeYear: 2012,
    practisingSince: null,
    foreignRelated: false,
    languages: [],
    specialties: ['Civil'],
  });
  return { id: lawyer.id, name: lawyer.name, certificateNumber: lawyer.certificateNumber };
}

export interface ApiClientRecord {
  clientId: string;
  displayName: string;
}

/** An external system allowed to call the API (its secret is not needed here). */
export async function registerApiClient(displayName: string): Promise<ApiClientRecord> {
  const created = await asAdministrator<{ client: ApiClientRecord }>('POST', '/api/access/clients', {
    displayName,
    scopes: ['registry.read'],
    dataScope: 'region:220000',
  });
  return { clientId: created.client.clientId, displayName: created.client.displayName };
}
