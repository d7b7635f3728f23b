/**
 * Zod compiles fast parsers with `new Function` when it can, probing for that ability first. Our
 * Content-Security-Policy forbids eval, so the probe shows up as a CSP violation. Turning the
 * compiler off keeps zod within the policy; parsing our small inputs stays fast.
 * Every module that parses with zod in the browser imports this file first.
 */
import { config } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

// zod/mini ships no messages of its own; the English ones make "detail" lines readable.
config({ jitless: true, ...en() });
