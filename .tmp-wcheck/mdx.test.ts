import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import Exercise from '../src/components/workshop/Exercise.astro';
import Solution from '../src/components/workshop/Solution.astro';
import Facilitator from '../src/components/workshop/Facilitator.astro';
import Discussion from '../src/components/workshop/Discussion.astro';
import Table from '../src/components/workshop/Table.astro';
import Pre from '../src/components/workshop/Pre.astro';
it.each(['securing-agents', 'evals-as-a-gate', 'incident-tabletop'])('%s renders', async (id) => {
	const mod = await import(`../src/content/workshop/modules/${id}.mdx`);
	const container = await AstroContainer.create();
	container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
	const html = await container.renderToString(mod.default, { props: { components: { Exercise, Solution, Facilitator, Discussion, table: Table, pre: Pre } } });
	writeFileSync(`/tmp/${id}.html`, html);
});
