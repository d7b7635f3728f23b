/**
 * The framework's fixed id lists, free of zod: the browser's islands (assessment, share links)
 * import them without pulling the build-time schemas, and zod's classic API, into their bundles.
 * framework.ts and assessment.ts build their enums from these same lists.
 */

/** The five maturity level ids, in order. Numbers are derived from the position (1–5). */
export const LEVEL_IDS = ['reactive', 'organized', 'systematic', 'intelligent', 'autonomous'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** The five adoption scales, smallest first. A household is a family or a few people sharing a home. */
export const SCALE_IDS = ['personal', 'household', 'team', 'organization', 'institutional'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

/** Audiences with a stack page. `platform-teams` are software/platform teams running agents. */
export const AUDIENCE_IDS = ['creators', 'families', 'enterprises', 'platform-teams'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

/** The five "where to start" steps, in the framework's order. */
export const STEP_IDS = ['assess', 'consolidate', 'observe', 'customize', 'automate'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The kinds of AI use a practice can apply to. A practice outside the chosen scope is "not applicable". */
export const SCOPE_IDS = ['chat', 'tools', 'multi-agent'] as const;
export type ScopeId = (typeof SCOPE_IDS)[number];
