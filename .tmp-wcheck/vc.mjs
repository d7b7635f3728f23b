import { getViteConfig } from 'astro/config';
export default getViteConfig({ test: { include: ['.tmp-wcheck/mdx.test.ts'], environment: 'node' } });
