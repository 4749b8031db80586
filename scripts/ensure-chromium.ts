#!/usr/bin/env node
/**
 * Make sure Debian's chromium is installed for the browser tests. As root on Debian it is
 * installed with apt-get when missing (CI and fresh developer machines); otherwise the
 * script explains what to install. Browsers are never downloaded by a test tool.
 */
import { execSync, spawnSync } from 'node:child_process';

function which(cmd: string): string | undefined {
  try {
    return execSync(`command -v ${cmd}`, { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function ensureChromium(): string {
  const found = process.env.CHROME_PATH ?? which('chromium');
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log('chromium is missing: installing Debian\'s package (apt-get install -y chromium) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env }) : update;
    const path = which('chromium');
    if (install.status === 0 && path) return path;
  }
  throw new Error('Debian chromium is needed for the browser tests: run "sudo apt-get install -y chromium" (or set CHROME_PATH).');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
