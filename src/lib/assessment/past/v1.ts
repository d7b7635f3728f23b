/**
 * Model version 1 (2026-11-23 to 2026-12-02), frozen: what reading its share links, files, history
 * and saved progress needs. Generated from tests/fixtures/v1/layout.json; never edit.
 */
export const V1 = {
	version: 1,
	/** Share format 1 packed the scale into two bits, indexing this list (household came later). */
	scaleIds: ['personal', 'team', 'organization', 'institutional'],
	dimensionIds: ['unified-interface','privacy-guardrails','observability-cost','validation-gates','institutional-memory','specialization','people-practice','composable-automation'],
	/** Practice ids in model order, each with its answer scale. */
	practices: [['ui-one-chat-interface','coverage'],['ui-account-inventory','coverage'],['ui-gateway-single-api','coverage'],['ui-purpose-aliases','coverage'],['ui-routing-proposals','frequency'],['pg-written-data-rule','coverage'],['pg-account-settings','coverage'],['pg-local-model-sensitive','coverage'],['pg-pii-secret-check','coverage'],['pg-guardrail-review','frequency'],['pg-policy-routing','coverage'],['obs-spend-review','frequency'],['obs-trace-every-call','coverage'],['obs-result-feedback','frequency'],['obs-operating-metrics','frequency'],['obs-regression-alerts','frequency'],['vg-output-checklist','frequency'],['vg-plan-before-work','frequency'],['vg-precommit-ci','coverage'],['vg-failures-become-checks','frequency'],['vg-human-only-actions','coverage'],['vg-autonomy-ladder','coverage'],['mem-prompt-library','coverage'],['mem-version-controlled-instructions','coverage'],['mem-context-bundles','frequency'],['mem-knowledge-base','coverage'],['mem-harvest-learnings','frequency'],['spec-standing-instructions','coverage'],['spec-custom-assistants','coverage'],['spec-one-agent-one-job','coverage'],['spec-test-set','frequency'],['spec-evolving-roster','frequency'],['ppl-go-to-person','coverage'],['ppl-human-accountable','coverage'],['ppl-written-guide','coverage'],['ppl-sharing-session','frequency'],['ppl-adoption-signals','frequency'],['ppl-decision-rights','coverage'],['ca-repeat-task-list','coverage'],['ca-documented-workflows','coverage'],['ca-agent-least-privilege','coverage'],['ca-scheduled-isolated-agents','coverage'],['ca-supervision-hierarchy','coverage'],['ca-automation-proposals','frequency']],
	/** Option values of the two scales version 1 had. */
	values: { coverage: [0, 0.25, 0.5, 1], frequency: [0, 0.25, 0.5, 1] },
} as const;
