/**
 * The string formats kube-apiserver validates (apimachinery's util/validation), in one place:
 * names, label keys and values, port names. Each check returns what is wrong in words, or
 * undefined when the value is valid.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[-a-z0-9]+$/;

export function dns1123Label(value: string): string | undefined {
  if (value.length > 63) return 'it must be at most 63 characters';
  if (!DNS1123_LABEL.test(value)) return "it must be a lowercase RFC 1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit";
  return undefined;
}

export function dns1123Subdomain(value: string): string | undefined {
  if (value.length > 253) return 'it must be at most 253 characters';
  if (!DNS1123_SUBDOMAIN.test(value)) return "it must be a lowercase RFC 1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit";
  return undefined;
}

/** A label or annotation key: an optional DNS subdomain prefix and "/", then a name of at most 63. */
export function qualifiedName(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return 'a key may contain at most one "/"';
  const name = parts.at(-1)!;
  if (parts.length === 2) {
    if (parts[0] === '') return 'the prefix before "/" must not be empty';
    const prefix = dns1123Subdomain(parts[0]!);
    if (prefix) return `its prefix "${parts[0]}": ${prefix}`;
  }
  if (name.length === 0) return 'the name part must not be empty';
  if (name.length > 63) return 'the name part must be at most 63 characters';
  if (!QUALIFIED_NAME.test(name)) return "the name part must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit";
  return undefined;
}

export function labelValue(value: string): string | undefined {
  if (value.length > 63) return 'a label value must be at most 63 characters';
  if (!LABEL_VALUE.test(value)) return "a label value must be empty or consist of letters, digits, '-', '_' or '.', starting and ending with a letter or digit";
  return undefined;
}

/** A port name (IANA_SVC_NAME): at most 15 characters, lower case, a letter, no "--", no "-" at either end. */
export function ianaServiceName(value: string): string | undefined {
  if (value.length > 15) return 'a port name must be at most 15 characters';
  if (!IANA_SVC_NAME.test(value)) return "a port name may contain only lower-case letters, digits and '-'";
  if (value.includes('--')) return "a port name may not contain '--'";
  if (value.startsWith('-') || value.endsWith('-')) return "a port name may not begin or end with '-'";
  if (!/[a-z]/.test(value)) return 'a port name must contain at least one letter';
  return undefined;
}

/** A port number, 1 to 65535. */
export function portNumber(value: number): string | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 65535 ? undefined : 'a port number must be between 1 and 65535';
}

/** A likely intended name: lower case, other characters as '-'. */
export function nameSuggestion(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}

/** resource.Quantity as the API server parses it (apimachinery's quantity grammar). */
export const QUANTITY = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))?$/;

const BINARY_SUFFIX: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL_SUFFIX: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A quantity in base units (cores, bytes), to compare two of them; undefined when it is not one. */
export function quantityValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const m = typeof value === 'string' ? QUANTITY.exec(value) : null;
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  return n * (BINARY_SUFFIX[suffix] ?? DECIMAL_SUFFIX[suffix] ?? 10 ** Number(suffix.slice(1)));
}
