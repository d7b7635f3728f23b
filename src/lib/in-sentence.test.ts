import { describe, expect, it } from 'vitest';
import { inSentence } from './in-sentence';

describe('inSentence', () => {
	it.each([
		['Version control', 'version control'],
		['Reactive (level 1)', 'reactive (level 1)'],
		['Tool permission / allow-list', 'tool permission / allow-list'],
		['Egress', 'egress'],
		['MCP (Model Context Protocol)', 'MCP (Model Context Protocol)'],
		['RAG (retrieval-augmented generation)', 'RAG (retrieval-augmented generation)'],
		['AI Ops', 'AI Ops'],
		['AIOps', 'AIOps'],
		['AgentOps', 'AgentOps'],
		['AI as amplifier, not replacement', 'AI as amplifier, not replacement'],
		['12-Factor AgentOps', '12-Factor AgentOps'],
	])('%s → %s', (term, expected) => {
		expect(inSentence(term)).toBe(expected);
	});
});
