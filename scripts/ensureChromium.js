#!/usr/bin/env node
// Run before `npm test` (the pretest script): the browser tests drive Debian's Chromium through
// playwright-core, which ships no browser of its own. Installs it when it can; otherwise says what to do.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';

function has(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(
    `The browser tests need Chromium at ${CHROMIUM}, and it is missing.\n` +
      (has('apt-get')
        ? 'Install it with: sudo apt-get update && sudo apt-get install -y chromium\n'
        : 'Install Debian\'s or your distribution\'s chromium package so that /usr/bin/chromium exists.\n'),
  );
  process.exit(1);
}

console.log(`Chromium is missing; installing Debian's chromium package (once) for the browser tests…`);
try {
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
} catch {
  console.error('Installing chromium with apt-get failed; install it yourself and run the tests again.');
  process.exit(1);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(`apt-get finished, but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
