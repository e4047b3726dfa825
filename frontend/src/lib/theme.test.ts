import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { appTheme } from './theme';

type Rgb = [number, number, number];

function parse(color: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex?.[1]) {
    const n = Number.parseInt(hex[1], 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const rgba = /^rgba?\(([^)]+)\)$/.exec(color);
  if (!rgba?.[1]) throw new Error(`unreadable colour ${color}`);
  const [r = 0, g = 0, b = 0, a = 1] = rgba[1].split(',').map(Number);
  return { rgb: [r, g, b], alpha: a };
}

/** The colour seen when `top` (possibly translucent) is painted over the opaque `under`. */
function over(top: string, under: string): Rgb {
  const { rgb, alpha } = parse(top);
  const base = parse(under).rgb;
  return rgb.map((c, i) => c * alpha + (base[i] ?? 0) * (1 - alpha)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(text: string, background: string): number {
  const [a, b] = [luminance(over(text, background)), luminance(parse(background).rgb)].sort((x, y) => y - x);
  return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
}

describe('theme', () => {
  const token = theme.getDesignToken(appTheme);
  const texts = ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextDescription', 'colorTextPlaceholder', 'colorLink'] as const;
  const backgrounds = { card: token.colorBgContainer, page: token.colorBgLayout };

  for (const name of texts) {
    for (const [where, background] of Object.entries(backgrounds)) {
      it(`${name} reaches WCAG AA (4.5:1) on the ${where} background`, () => {
        expect(contrast(token[name], background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
