/**
 * A term written mid-sentence ("More on version control"). Only a first word that is merely
 * capitalized gets lowercased: acronyms and names with inner capitals (MCP, RAG, AI Ops, AgentOps)
 * keep their spelling, which a plain toLowerCase() would break ("more on mcp", "more on agentops").
 */
export function inSentence(term: string): string {
	return term.replace(/^[A-Z][a-z]+(?=[^A-Za-z]|$)/, (word) => word.toLowerCase());
}
