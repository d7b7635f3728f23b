/**
 * The evidence rules: one per signal a file can show, each tied to the practices it supports (with
 * the words of their evidence help it answers) and to the upstream documentation that defines the
 * file name or key. Data only, read by scan.ts; tests/evidence-rules.test.ts checks every practice
 * id and quote against the real model, and the fixtures under tests/fixtures/evidence/ exercise
 * each rule. Add a signal by adding an entry here, with its source, and a fixture that shows it.
 */
import type { EvidenceRule } from './types';

const r = String.raw;

/** A command that runs a test suite (the usual runners of the ecosystems these repositories use). */
const TEST_COMMAND = r`\b(npm (run )?test|npm run (lint|check)|npx vitest|vitest run|pnpm (run )?test|yarn (run )?test|bun test|pytest|python -m pytest|tox|go test|cargo test|mvn (-\S+ )*(test|verify)|gradle(w)? (test|check)|make (test|check)|dotnet test|rspec|bundle exec rspec)\b`;
/** A promptfoo evaluation: the CLI's eval or red-team run, or its GitHub Action. */
const PROMPTFOO_RUN = r`(promptfoo(@\S+)? (eval|redteam (run|eval))\b|uses:\s*promptfoo/promptfoo-action@)`;
const GITHUB_WORKFLOWS = ['.github/workflows/*.{yml,yaml}'];
const GITHUB_PR_TRIGGER = r`^\s*(on:\s*\[?[^\n]*\bpull_request\b|pull_request(_target)?:|-\s*pull_request\b)`;
const GITLAB_CI = ['.gitlab-ci.yml', '**/.gitlab-ci.yml'];
/** Where container images are named: Compose files, Kubernetes-style manifests, workflows, Dockerfiles. */
const IMAGE_FILES = [
	'**/{docker-,}compose*.{yml,yaml}',
	'**/{k8s,kubernetes,manifests,helm,charts,deploy,deployment}/**/*.{yml,yaml}',
	...['.github/workflows/*.{yml,yaml}'],
	'.gitlab-ci.yml',
	'**/{Dockerfile,Containerfile}',
	'**/*.Dockerfile',
	'**/Dockerfile.*',
];
const MCP_CONFIGS = [
	'.mcp.json',
	'**/.mcp.json',
	'.vscode/mcp.json',
	'.cursor/mcp.json',
	'**/claude_desktop_config.json',
	'mcp.json',
	'**/mcp.json',
];
const LITELLM_MARK = r`^\s*litellm_params\s*:`;
const YAML_FILES = ['**/*.{yml,yaml}'];

export const EVIDENCE_RULES: EvidenceRule[] = [
	// ── Standing instructions for agents ─────────────────────────────────────
	{
		id: 'agents-md',
		signal: 'AGENTS.md gives coding agents standing instructions, kept in the repository.',
		practices: [
			{ id: 'spec-standing-instructions', helpQuote: 'custom instructions or system prompt' },
			{ id: 'mem-version-controlled-instructions', helpQuote: 'Git counts' },
		],
		source: ['https://agents.md/'],
		paths: ['**/AGENTS.md'],
		minText: 40,
	},
	{
		id: 'claude-md',
		signal: 'CLAUDE.md gives Claude Code standing instructions, kept in the repository.',
		practices: [
			{ id: 'spec-standing-instructions', helpQuote: 'custom instructions or system prompt' },
			{ id: 'mem-version-controlled-instructions', helpQuote: 'Git counts' },
		],
		source: ['https://code.claude.com/docs/en/memory'],
		paths: ['**/CLAUDE.md', '.claude/CLAUDE.md'],
		minText: 40,
	},
	{
		id: 'copilot-instructions',
		signal: '.github/copilot-instructions.md gives GitHub Copilot repository-wide custom instructions.',
		practices: [
			{ id: 'spec-standing-instructions', helpQuote: 'custom instructions or system prompt' },
			{ id: 'mem-version-controlled-instructions', helpQuote: 'Git counts' },
		],
		source: ['https://docs.github.com/en/copilot/customizing-copilot/adding-repository-custom-instructions-for-github-copilot'],
		paths: ['.github/copilot-instructions.md'],
		minText: 40,
	},
	{
		id: 'cursor-rules',
		signal: 'Cursor project rules (.cursor/rules/*.mdc, or the older .cursorrules) give the editor standing instructions.',
		practices: [
			{ id: 'spec-standing-instructions', helpQuote: 'custom instructions or system prompt' },
			{ id: 'mem-version-controlled-instructions', helpQuote: 'Git counts' },
		],
		source: ['https://docs.cursor.com/context/rules'],
		paths: ['.cursor/rules/**/*.mdc', '**/.cursor/rules/**/*.mdc', '.cursorrules'],
		minText: 40,
	},
	{
		id: 'instructions-name-checks',
		signal: 'An agent instruction file names the test or lint command agents run before proposing a change.',
		practices: [{ id: 'vg-agent-self-check', helpQuote: 'agent runs show the hooks and tests being run' }],
		source: ['https://agents.md/'],
		paths: ['**/AGENTS.md', '**/CLAUDE.md', '.github/copilot-instructions.md', '.cursor/rules/**/*.mdc', '.cursorrules'],
		match: TEST_COMMAND,
	},
	{
		id: 'claude-subagents',
		signal: 'A Claude Code subagent definition (.claude/agents/*.md) names one role with its own description and instructions.',
		practices: [
			{ id: 'spec-role-specs', helpQuote: 'a spec per role, stored with the prompts' },
			{ id: 'spec-custom-assistants', helpQuote: 'each with a one-line purpose' },
		],
		source: ['https://code.claude.com/docs/en/sub-agents'],
		paths: ['.claude/agents/**/*.md', '**/.claude/agents/**/*.md'],
		match: r`^description:\s*\S`,
		alsoMatch: [r`^name:\s*\S`],
	},
	// ── Pre-commit checks ────────────────────────────────────────────────────
	{
		id: 'pre-commit-config',
		signal: 'A pre-commit configuration (.pre-commit-config.yaml) lists hooks that run on each commit.',
		practices: [{ id: 'vg-precommit-checks', helpQuote: 'a pre-commit configuration in each repository agents touch' }],
		source: ['https://pre-commit.com/'],
		paths: ['.pre-commit-config.yaml', '**/.pre-commit-config.yaml'],
		match: r`^\s*-\s*id:\s*\S`,
	},
	{
		id: 'husky-pre-commit',
		signal: 'A husky pre-commit hook (.husky/pre-commit) runs commands on each commit.',
		practices: [{ id: 'vg-precommit-checks', helpQuote: 'a pre-commit configuration in each repository agents touch' }],
		source: ['https://typicode.github.io/husky/get-started.html'],
		paths: ['.husky/pre-commit', '**/.husky/pre-commit'],
		minText: 3,
		match: r`^\s*[^\s#]`,
	},
	{
		id: 'lefthook-pre-commit',
		signal: 'A lefthook configuration defines a pre-commit hook.',
		practices: [{ id: 'vg-precommit-checks', helpQuote: 'a pre-commit configuration in each repository agents touch' }],
		source: ['https://lefthook.dev/configuration'],
		paths: ['{.,}lefthook.{yml,yaml,toml,json,jsonc}', '.config/lefthook.{yml,yaml,toml,json,jsonc}'],
		match: r`^\s*(\[pre-commit\]|"?pre-commit"?\s*:)`,
	},
	// ── Secret scanning ──────────────────────────────────────────────────────
	{
		id: 'secret-scan-config',
		signal: 'A secret scanner is configured in the repository (.gitleaks.toml, or a detect-secrets .secrets.baseline).',
		practices: [{ id: 'vg-precommit-checks', helpQuote: 'a pre-commit configuration in each repository agents touch' }],
		source: ['https://github.com/gitleaks/gitleaks/releases/tag/v8.2.0', 'https://github.com/Yelp/detect-secrets/blob/master/README.md'],
		paths: ['.gitleaks.toml', '**/.gitleaks.toml', '.secrets.baseline'],
	},
	{
		id: 'secret-scan-hook',
		signal: 'A pre-commit hook or CI step runs a secret scanner (gitleaks, detect-secrets, trufflehog).',
		practices: [
			{ id: 'vg-precommit-checks', helpQuote: 'CI runs the same hooks so a skipped hook is caught' },
			{ id: 'ui-provider-keys-in-gateway', helpQuote: 'finds no provider key' },
		],
		source: [
			'https://github.com/gitleaks/gitleaks/blob/master/.pre-commit-hooks.yaml',
			'https://github.com/Yelp/detect-secrets/blob/master/.pre-commit-hooks.yaml',
			'https://github.com/trufflesecurity/trufflehog/blob/main/action.yml',
		],
		paths: ['.pre-commit-config.yaml', '**/.pre-commit-config.yaml', ...GITHUB_WORKFLOWS, ...GITLAB_CI],
		match: r`(^\s*-?\s*id:\s*(gitleaks|detect-secrets|trufflehog)\b|uses:\s*(gitleaks/gitleaks-action|trufflesecurity/trufflehog)@|\b(gitleaks (detect|git|dir|protect)|detect-secrets(-hook)? |trufflehog (git|filesystem|github)\b))`,
	},
	// ── CI that runs tests and evaluations ───────────────────────────────────
	{
		id: 'github-ci-tests',
		signal: 'A GitHub Actions workflow runs the tests on every pull request.',
		practices: [{ id: 'vg-ci-every-change', helpQuote: 'agent pull requests that show the checks ran' }],
		source: ['https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#onpull_requestpull_request_target'],
		paths: GITHUB_WORKFLOWS,
		match: TEST_COMMAND,
		alsoMatch: [GITHUB_PR_TRIGGER],
	},
	{
		id: 'gitlab-ci-tests',
		signal: 'A GitLab CI pipeline (.gitlab-ci.yml) runs the tests.',
		practices: [{ id: 'vg-ci-every-change', helpQuote: 'agent pull requests that show the checks ran' }],
		source: ['https://docs.gitlab.com/ci/yaml/'],
		paths: GITLAB_CI,
		match: TEST_COMMAND,
	},
	{
		id: 'github-ci-evals',
		signal: 'A GitHub Actions workflow runs the promptfoo evaluations on pull requests.',
		practices: [{ id: 'ev-evals-gate-changes', helpQuote: 'a required CI job that runs the evaluations' }],
		source: ['https://promptfoo.dev/docs/integrations/github-action', 'https://www.promptfoo.dev/docs/integrations/ci-cd/'],
		paths: GITHUB_WORKFLOWS,
		match: PROMPTFOO_RUN,
		alsoMatch: [GITHUB_PR_TRIGGER],
	},
	{
		id: 'gitlab-ci-evals',
		signal: 'A GitLab CI pipeline runs the promptfoo evaluations.',
		practices: [{ id: 'ev-evals-gate-changes', helpQuote: 'a required CI job that runs the evaluations' }],
		source: ['https://promptfoo.dev/docs/integrations/gitlab-ci'],
		paths: GITLAB_CI,
		match: PROMPTFOO_RUN,
	},
	{
		id: 'scheduled-evals',
		signal: 'A scheduled GitHub Actions workflow (on: schedule, cron) runs the promptfoo evaluations.',
		practices: [{ id: 'ev-scheduled-evals', helpQuote: 'a scheduled evaluation run' }],
		source: ['https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#onschedule'],
		paths: GITHUB_WORKFLOWS,
		match: PROMPTFOO_RUN,
		alsoMatch: [r`^\s*schedule:`, r`^\s*-?\s*cron:`],
	},
	{
		id: 'scheduled-agent',
		signal: 'A scheduled GitHub Actions workflow starts a coding agent (claude-code-action) on its own.',
		practices: [{ id: 'ca-scheduled-agents', helpQuote: 'scheduled or triggered agent jobs' }],
		source: ['https://github.com/anthropics/claude-code-action'],
		paths: GITHUB_WORKFLOWS,
		match: r`uses:\s*anthropics/claude-code-action@`,
		alsoMatch: [r`^\s*schedule:`, r`^\s*-?\s*cron:`],
	},
	{
		id: 'provenance-check',
		signal: 'A pipeline verifies signatures or build attestations before use (cosign verify, gh attestation verify, slsa-verifier).',
		practices: [{ id: 'sec-provenance-verified', helpQuote: 'checks image signatures, package integrity hashes or build attestations' }],
		source: [
			'https://docs.sigstore.dev/cosign/verifying/verify/',
			'https://cli.github.com/manual/gh_attestation_verify',
			'https://github.com/slsa-framework/slsa-verifier',
		],
		paths: [...GITHUB_WORKFLOWS, ...GITLAB_CI],
		match: r`\b(cosign verify(-attestation|-blob)?|gh attestation verify|slsa-verifier verify-(artifact|image|npm-package))\b`,
	},
	// ── Evaluation suites ────────────────────────────────────────────────────
	{
		id: 'promptfoo-tests',
		signal: 'A promptfoo configuration holds a saved set of test cases.',
		practices: [{ id: 'ev-eval-set', helpQuote: 'a saved set per workflow or agent' }],
		source: ['https://www.promptfoo.dev/docs/configuration/reference/', 'https://github.com/promptfoo/promptfoo/blob/main/src/main.ts'],
		paths: ['**/promptfooconfig.{yaml,yml,json,js}'],
		match: r`^\s*["']?tests["']?\s*:`,
	},
	{
		id: 'promptfoo-redteam',
		signal: 'A promptfoo configuration has a red-team section (plugins and strategies for prompt injection).',
		practices: [{ id: 'sec-injection-tests', helpQuote: 'the attack set' }],
		source: ['https://www.promptfoo.dev/docs/red-team/configuration'],
		paths: ['**/promptfooconfig.{yaml,yml,json,js}', '**/redteam.{yaml,yml}'],
		match: r`^\s*["']?redteam["']?\s*:`,
	},
	// ── Gateway (LiteLLM) ────────────────────────────────────────────────────
	{
		id: 'litellm-config',
		signal: 'A LiteLLM proxy configuration (model_list with litellm_params) puts one gateway in front of the models.',
		practices: [{ id: 'ui-gateway-single-api', helpQuote: 'for example a LiteLLM proxy' }],
		source: ['https://docs.litellm.ai/docs/proxy/configs'],
		paths: YAML_FILES,
		match: r`^model_list\s*:`,
		alsoMatch: [LITELLM_MARK],
	},
	{
		id: 'litellm-keys-from-env',
		signal: 'The LiteLLM configuration reads provider keys from the gateway’s own environment (os.environ/…), not from clients.',
		practices: [{ id: 'ui-provider-keys-in-gateway', helpQuote: "only the gateway's secret store holds them" }],
		source: ['https://docs.litellm.ai/docs/proxy/configs'],
		paths: YAML_FILES,
		match: r`^\s*api_key\s*:\s*["']?os\.environ/`,
		alsoMatch: [r`^model_list\s*:`, LITELLM_MARK],
	},
	{
		id: 'litellm-fallbacks',
		signal: 'The LiteLLM configuration sets fallbacks: a failing model group hands over to another automatically.',
		practices: [
			{ id: 'ir-provider-fallback', helpQuote: 'a fallback rule in the interface or gateway configuration' },
			{ id: 'ir-fallback-known', helpQuote: 'the second source is configured' },
		],
		source: ['https://docs.litellm.ai/docs/proxy/reliability'],
		paths: YAML_FILES,
		match: r`^\s*(default_)?fallbacks\s*:`,
		alsoMatch: [r`^model_list\s*:`, LITELLM_MARK],
	},
	{
		id: 'litellm-budget',
		signal: 'The LiteLLM configuration caps spend through the gateway (max_budget).',
		practices: [{ id: 'obs-spend-limits', helpQuote: 'the limit or alert is visible' }],
		source: ['https://docs.litellm.ai/docs/proxy/proxy_budget'],
		paths: YAML_FILES,
		match: r`^\s*max_budget\s*:\s*\d`,
		alsoMatch: [r`^model_list\s*:`, LITELLM_MARK],
	},
	{
		id: 'litellm-request-guardrail',
		signal: 'The LiteLLM configuration runs a guardrail on requests (mode pre_call or during_call).',
		practices: [{ id: 'pg-pii-secret-check', helpQuote: 'a guardrail runs in the gateway or interface on every outgoing request' }],
		source: ['https://docs.litellm.ai/docs/proxy/guardrails/quick_start'],
		paths: YAML_FILES,
		match: r`^\s*mode\s*:\s*[\["']*[^\n]*\b(pre_call|during_call)\b`,
		alsoMatch: [r`^guardrails\s*:`],
	},
	{
		id: 'litellm-reply-guardrail',
		signal: 'The LiteLLM configuration runs a guardrail on replies (mode post_call).',
		practices: [{ id: 'pg-reply-checks', helpQuote: 'an output check on each route' }],
		source: ['https://docs.litellm.ai/docs/proxy/guardrails/quick_start'],
		paths: YAML_FILES,
		match: r`^\s*mode\s*:\s*[\["']*[^\n]*\bpost_call\b`,
		alsoMatch: [r`^guardrails\s*:`],
	},
	{
		id: 'litellm-trace-callback',
		signal: 'The LiteLLM configuration sends every call to a trace store (a langfuse or otel callback).',
		practices: [{ id: 'obs-trace-every-call', helpQuote: 'in the trace store' }],
		source: ['https://docs.litellm.ai/docs/proxy/logging', 'https://langfuse.com/docs/litellm'],
		paths: YAML_FILES,
		match: r`^\s*(success_callback|callbacks)\s*:\s*\[?[^\n]*\b(langfuse|langfuse_otel|otel)\b`,
		alsoMatch: [LITELLM_MARK],
	},
	// ── Tracing (Langfuse, OpenTelemetry GenAI) ──────────────────────────────
	{
		id: 'langfuse-env',
		signal: 'Environment settings name Langfuse keys, so calls are traced to a Langfuse project.',
		practices: [{ id: 'obs-trace-every-call', helpQuote: 'in the trace store' }],
		source: ['https://langfuse.com/docs/observability/sdk/python/setup'],
		paths: ['**/.env*', '**/*.env', '**/env.example', '**/{docker-,}compose*.{yml,yaml}', '**/*.{yml,yaml}'],
		match: r`\bLANGFUSE_(PUBLIC|SECRET)_KEY\b`,
	},
	{
		id: 'langfuse-sdk',
		signal: 'Code imports the Langfuse SDK to trace model calls.',
		practices: [{ id: 'obs-trace-every-call', helpQuote: 'in the trace store' }],
		source: ['https://langfuse.com/docs/observability/sdk/python/setup', 'https://js.reference.langfuse.com/'],
		paths: ['**/*.{py,ts,tsx,js,mjs,cjs}'],
		match: r`^\s*(from langfuse\b|import langfuse\b|import [^\n]* from ["']@?langfuse(/[\w-]+)?["']|const [^\n]*require\(["']@?langfuse)`,
	},
	{
		id: 'otel-genai',
		signal: 'OpenTelemetry is set up for the GenAI semantic conventions (the gen_ai opt-in, or gen_ai.* span attributes).',
		practices: [{ id: 'obs-trace-every-call', helpQuote: 'in the trace store' }],
		source: [
			'https://opentelemetry.io/docs/specs/semconv/gen-ai/',
			'https://github.com/open-telemetry/opentelemetry-python-contrib/tree/main/util/opentelemetry-util-genai',
		],
		paths: ['**/.env*', '**/*.env', '**/*.{yml,yaml}', '**/*.{py,ts,tsx,js,mjs,cjs,go,java}'],
		match: r`(OTEL_SEMCONV_STABILITY_OPT_IN\s*[=:]\s*["']?[^\n]*gen_ai_latest_experimental|OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT|["']gen_ai\.(request\.model|usage\.(input|output)_tokens|operation\.name|provider\.name)["'])`,
	},
	// ── Tool servers (MCP) ───────────────────────────────────────────────────
	{
		id: 'mcp-config',
		signal: 'An MCP configuration lists the tool servers an assistant may start (mcpServers or servers).',
		practices: [{ id: 'sec-extension-inventory', helpQuote: 'a list naming each extension' }],
		source: ['https://code.claude.com/docs/en/mcp', 'https://code.visualstudio.com/docs/copilot/reference/mcp-configuration'],
		paths: MCP_CONFIGS,
		match: r`"(mcpServers|servers)"\s*:\s*\{`,
	},
	{
		id: 'mcp-tool-allowlist',
		signal: 'An MCP server entry names the tools it may expose ("tools": […] without "*").',
		practices: [{ id: 'sec-tool-allowlist', helpQuote: "each agent's configuration names the tools (MCP servers included) it may call" }],
		source: ['https://docs.github.com/en/copilot/how-tos/use-copilot-agents/coding-agent/extend-coding-agent-with-mcp'],
		paths: MCP_CONFIGS,
		match: r`"tools"\s*:\s*\[\s*"(?!\*")[^"]+"`,
	},
	{
		id: 'claude-permission-allowlist',
		signal: 'Claude Code project settings allow named MCP tools (permissions.allow with mcp__ rules).',
		practices: [{ id: 'sec-tool-allowlist', helpQuote: "each agent's configuration names the tools (MCP servers included) it may call" }],
		source: ['https://code.claude.com/docs/en/permissions'],
		paths: ['.claude/settings.json', '**/.claude/settings.json'],
		match: r`"allow"\s*:\s*\[[^\]]*?"mcp__[\w-]+`,
	},
	{
		id: 'codex-enabled-tools',
		signal: 'A Codex project configuration limits an MCP server to named tools (enabled_tools).',
		practices: [{ id: 'sec-tool-allowlist', helpQuote: "each agent's configuration names the tools (MCP servers included) it may call" }],
		source: ['https://github.com/openai/codex/issues/20195', 'https://github.com/openai/codex/issues/13075'],
		paths: ['.codex/config.toml'],
		match: r`^\s*enabled_tools\s*=\s*\[\s*"`,
	},
	// ── Pinned dependencies and images ───────────────────────────────────────
	{
		id: 'lockfile',
		signal: 'A lockfile pins the exact version of every package.',
		practices: [{ id: 'sec-pinned-versions', helpQuote: 'lockfiles for packages' }],
		source: [
			'https://docs.npmjs.com/cli/configuring-npm/package-lock-json',
			'https://pnpm.io/git#lockfiles',
			'https://classic.yarnpkg.com/lang/en/docs/yarn-lock/',
			'https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile',
			'https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control',
			'https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html',
			'https://go.dev/ref/mod#go-sum-files',
			'https://bundler.io/guides/rationale.html#checking-your-code-into-version-control',
		],
		paths: [
			'{,**/}{package-lock.json,npm-shrinkwrap.json,pnpm-lock.yaml,yarn.lock,bun.lock,uv.lock,poetry.lock,Pipfile.lock,Cargo.lock,go.sum,Gemfile.lock,composer.lock}',
		],
	},
	{
		id: 'image-digest',
		signal: 'A container image is pinned by digest (image@sha256:…).',
		practices: [{ id: 'sec-pinned-versions', helpQuote: 'image references with sha256 digests' }],
		source: ['https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier'],
		paths: IMAGE_FILES,
		match: r`(^\s*-?\s*image:\s*["']?[^\s"'@]+@sha256:[a-f0-9]{64}|^\s*FROM\s+(--platform=\S+\s+)?\S+@sha256:[a-f0-9]{64})`,
		ignoreCase: true,
	},
	{
		id: 'image-rolling-tag',
		signal: 'A container image follows a rolling tag (latest, or no tag at all), which can change under you.',
		practices: [{ id: 'sec-pinned-versions', helpQuote: 'tags such as "latest"' }],
		source: ['https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier'],
		paths: IMAGE_FILES,
		match: r`(^\s*-?\s*image:\s*["']?[\w./-]+(:latest)?["']?\s*$|^\s*FROM\s+(--platform=\S+\s+)?[\w./-]+(:latest)?(\s+AS\s+\S+)?\s*$)`,
		ignoreCase: true,
		kind: 'counter',
	},
	// ── Review and branch protection ─────────────────────────────────────────
	{
		id: 'codeowners',
		signal: 'A CODEOWNERS file names who must review changes to each part of the repository.',
		practices: [
			{ id: 'vg-change-review', helpQuote: 'a named person accepts' },
			{ id: 'ev-reviewed-changes', helpQuote: 'a pull request approval' },
		],
		source: [
			'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners#codeowners-file-location',
			'https://docs.gitlab.com/user/project/codeowners/',
		],
		paths: ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'],
		match: r`^\s*\S+\s+@\S+`,
	},
	{
		id: 'settings-required-reviews',
		signal: 'Repository settings as code (.github/settings.yml) require pull request reviews on a protected branch.',
		practices: [{ id: 'vg-change-review', helpQuote: 'a named person accepts' }],
		source: ['https://github.com/repository-settings/app#branches'],
		paths: ['.github/settings.yml'],
		match: r`^\s*required_pull_request_reviews\s*:\s*$`,
		alsoMatch: [r`^\s*required_approving_review_count\s*:\s*[1-9]`],
	},
	{
		id: 'settings-required-checks',
		signal: 'Repository settings as code (.github/settings.yml) require status checks before a merge.',
		practices: [{ id: 'vg-ci-every-change', helpQuote: 'required status checks on the main branch' }],
		source: ['https://github.com/repository-settings/app#branches'],
		paths: ['.github/settings.yml'],
		match: r`^\s*required_status_checks\s*:\s*$`,
	},
	{
		id: 'settings-enforce-admins',
		signal: 'Repository settings as code (.github/settings.yml) apply branch protection to administrators too.',
		practices: [{ id: 'vg-no-gate-bypass', helpQuote: 'branch protection applies to administrators too' }],
		source: ['https://github.com/repository-settings/app#branches'],
		paths: ['.github/settings.yml'],
		match: r`^\s*enforce_admins\s*:\s*true\b`,
	},
	// ── Institutional memory ─────────────────────────────────────────────────
	{
		id: 'learnings-log',
		signal: 'A learnings log (LEARNINGS.md) has dated entries of its own (not the template’s example).',
		practices: [{ id: 'mem-learnings-log', helpQuote: 'a log with entries from the last month' }],
		source: ['/templates/learnings-log/'],
		paths: ['**/LEARNINGS.md'],
		// The library's template ships one dated entry marked EXAMPLE; a copy still holding only that is not a log.
		match: r`^#{2,3}\s+\d{4}-\d{2}-\d{2}\b(?![^\n]*\bEXAMPLE\b)`,
	},
	{
		id: 'decision-records',
		signal: 'Decision records (ADRs in doc/adr/ or docs/decisions/) write down why a change was made.',
		practices: [{ id: 'mem-change-reasons', helpQuote: 'each say why they were made' }],
		source: ['https://github.com/npryce/adr-tools#quick-start', 'https://adr.github.io/madr/'],
		paths: ['{doc,docs}/{adr,decisions,architecture/decisions}/*.md'],
		minText: 80,
	},
	// ── Prompt libraries ─────────────────────────────────────────────────────
	{
		id: 'prompt-files',
		signal: 'Reusable prompts are saved as named files in the repository (.github/prompts/*.prompt.md, *.prompty, a prompts/ folder).',
		practices: [
			{ id: 'mem-prompt-library', helpQuote: 'each with a name' },
			{ id: 'mem-version-controlled-instructions', helpQuote: 'Git counts' },
		],
		source: ['https://code.visualstudio.com/docs/copilot/customization/prompt-files', 'https://github.com/microsoft/prompty'],
		paths: ['**/*.prompt.md', '**/*.prompty', '{,**/}prompts/**/*.{md,txt,yaml,yml,json,j2,jinja,hbs,mustache}'],
		minText: 20,
	},
];
