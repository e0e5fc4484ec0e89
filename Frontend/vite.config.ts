import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `dotnet run` puts the host in Development (launchSettings / build.ps1 run). */
const hostUrl = process.env.LAWYERWORK_HOST_URL ?? 'http://127.0.0.1:5080';

const proxiedToHost = ['/api', '/health', '/swagger'];

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(proxiedToHost.map((path) => [path, { target: hostUrl, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // antd alone is most of the bundle; vendor chunks change rarely, so browsers keep them cached
    // across releases of our own code.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
