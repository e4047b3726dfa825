import type { ThemeConfig } from 'antd';

/**
 * antd's secondary, tertiary and placeholder greys (45 % and 25 % black) are 3.4:1 and 1.8:1 on white, and its link
 * blue (#1677ff) 3.8:1 on the grey page background; these reach WCAG AA's 4.5:1 on white and on the page grey
 * (theme.test.ts checks every one).
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorLink: '#0958d9',
  },
};
