/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress, productionPreview } from './vite/static-assets';

const apiTarget = process.env.REDLINE_API_URL ?? 'http://localhost:8080';
const proxy = { '/api': { target: apiTarget, changeOrigin: false } };
const port = Number(process.env.REDLINE_SPA_PORT ?? 5173);

export default defineConfig({
  plugins: [
    react(),
    precompress(),
    productionPreview(),
    // The app shell works offline (inspectors in the field); API answers are never cached, and
    // config.json is read from the network first so one build can be pointed at another Keycloak.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: 'Redline 安全生产责任制管理平台',
        short_name: 'Redline',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        theme_color: '#c8102e',
        background_color: '#ffffff',
        icons: [],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        // The statistics dashboard (ECharts, ~200 kB gzipped) is for desks, not the field: not precached
        // for everyone; the runtime rule below keeps it once a role that may open it has.
        globIgnores: ['config.json', 'assets/StatsPage-*.js'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/q\//],
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'redline-assets', expiration: { maxEntries: 40 } },
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.json',
            handler: 'NetworkFirst',
            options: { cacheName: 'redline-config', networkTimeoutSeconds: 3 },
          },
        ],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // the manifest lets bench/frontend/bundle.mjs list what a route's cold load fetches
  build: { manifest: true },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'],
    css: false,
    // Two shared cores run antd's rendering slowly; a slow machine is not a failure.
    testTimeout: 20_000,
  },
});
