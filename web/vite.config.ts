/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The gateway of a running platform (./marketplace up): the dev server forwards the API and the
// sign-in endpoints to it, keeping the Host header so the session cookie and Keycloak's redirect
// come back to :5173 (the realm allows it).
const gateway = process.env.ESS_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const proxied = ['/api', '/web', '/oauth2', '/login', '/logout'];

/** The pages' CSP allows no inline script or <style>: fail the build if index.html would need one. */
function noInlineCodeInHtml(): Plugin {
  return {
    name: 'ess-no-inline-code-in-html',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const inline = html.match(/<script\b(?![^>]*\bsrc=)[^>]*>|<style\b|\son[a-z]+=/i);
        if (inline) throw new Error(`${context.filename} has inline code the CSP would block: ${inline[0]}`);
        return html;
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), noInlineCodeInHtml()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The pages' CSP allows no inline script: keep the polyfill out (every browser we target has
    // modulepreload) and never inline assets as data: scripts.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
