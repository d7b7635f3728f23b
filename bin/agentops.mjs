#!/usr/bin/env node
// The AgentOps command line, run from a clone: tsx (a dev dependency) compiles the TypeScript in
// src/ as it is imported, so the command runs the very code the site uses, with no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
process.exitCode = run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
