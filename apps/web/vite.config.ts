import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

const permissionsFile = fileURLToPath(new URL('../../packages/kernel/src/permissions.ts', import.meta.url));

/** Vendor chunks so the app code stays small and the big libraries cache separately. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(echarts|zrender|echarts-for-react)\//.test(id)) return 'vendor-echarts';
  if (/node_modules\/(antd|@ant-design|rc-[^/]+|@rc-component)\//.test(id)) return 'vendor-antd';
  if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'vendor-react';
  return 'vendor';
}

export default defineConfig({
  // plugin-react's types resolve against the hoisted (newer) vite; the plugin itself works with this one.
  plugins: [react() as unknown as PluginOption],
  resolve: {
    // The permission matrix is the kernel's single source of truth; its file has no Node imports
    // (the kernel's index re-exports Node-only code, so the web app takes just this file).
    alias: { '@resonance/kernel/permissions': permissionsFile },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
