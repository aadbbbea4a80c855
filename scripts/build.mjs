// Builds the app once and lays out both deliveries:
//   build/index.html (+ service-worker.js)  the hosted static site, any sub-path
//   build/ztw.html                           the single file for a USB stick
import { execFileSync } from 'node:child_process';
import { copyFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
copyFileSync('build/index.html', 'build/ztw.html');
const raw = statSync('build/ztw.html').size;
const gzip = gzipSync(readFileSync('build/ztw.html')).length;
console.warn(
  `Single-file app: build/ztw.html, ${(raw / 1024).toFixed(0)} KB raw, ${(gzip / 1024).toFixed(0)} KB gzip`
);
