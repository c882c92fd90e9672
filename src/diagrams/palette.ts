/** One accent colour per category, chosen to read on both light and dark backgrounds. */
import type { Category } from '../model/types';

export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  infrastructure: '#326ce5',
  'control-plane': '#0b8a7a',
  workload: '#d9480f',
  networking: '#7b3fe4',
  configuration: '#2f9e44',
  storage: '#b07d10',
  tooling: '#5c6bc0',
  actor: '#868e96',
  application: '#c2255c',
};

/** A light tint of a colour, for box fills in the standalone (.mmd) diagrams. */
export function tint(hex: string, amount = 0.85): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => {
    const value = (n >> shift) & 0xff;
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}
