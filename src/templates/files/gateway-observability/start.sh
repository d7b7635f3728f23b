#!/usr/bin/env bash
# start.sh — start the self-hosted AI gateway (LiteLLM) and observability (Langfuse) with one command.
#
#   ./start.sh                 start, or apply edits to .env (after editing only
#                              litellm-config.yaml: docker compose restart litellm)
#   ./start.sh --local-model   also run Ollama, a local model server (prompts stay on this machine)
#
# First run: copies env.example to .env and fills every __GENERATE__ with a fresh random secret,
# so no two installations share passwords. Later runs keep your .env as it is.
# Needs: Docker with the Compose plugin (docker compose version), and about 4 GB of free memory.
set -euo pipefail

cd "$(dirname "$0")"

profile_args=()
for arg in "$@"; do
	case "$arg" in
		--local-model) profile_args=(--profile local-model) ;;
		-h | --help)
			sed -n '2,10p' "$0"
			exit 0
			;;
		*)
			echo "start.sh: unknown option '$arg' (try --help)" >&2
			exit 2
			;;
	esac
done

if ! docker compose version >/dev/null 2>&1; then
	echo "start.sh: Docker with the Compose plugin is required: https://docs.docker.com/compose/install/" >&2
	exit 1
fi

# A random hex string of 32 bytes (64 characters), from openssl when present, otherwise the kernel.
random_hex() {
	if command -v openssl >/dev/null 2>&1; then
		openssl rand -hex 32
	else
		od -An -N32 -tx1 /dev/urandom | tr -d ' \n'
	fi
}

if [[ ! -f .env ]]; then
	echo "Creating .env with fresh secrets…"
	umask 077 # .env holds secrets: readable by you only
	while IFS= read -r line || [[ -n "$line" ]]; do
		while [[ "$line" == *__GENERATE__* ]]; do
			line="${line/__GENERATE__/$(random_hex)}"
		done
		printf '%s\n' "$line"
	done <env.example >.env
fi

echo "Starting the stack (the first start downloads the images and can take several minutes)…"
docker compose ${profile_args[@]+"${profile_args[@]}"} up -d --wait

# Read values for the summary without executing .env as a script.
env_value() { grep -E "^$1=" .env | head -n1 | cut -d= -f2-; }

cat <<SUMMARY

Ready.
  Gateway (OpenAI-compatible API):  http://localhost:4000   admin key: LITELLM_MASTER_KEY in .env
  Gateway admin UI:                 http://localhost:4000/ui
  Langfuse (traces, cost, quality): http://localhost:3000   sign in as $(env_value LANGFUSE_INIT_USER_EMAIL),
                                    password: LANGFUSE_INIT_USER_PASSWORD in .env

Try it (the first line reads the admin key from .env into this shell):
  LITELLM_MASTER_KEY=\$(grep -E '^LITELLM_MASTER_KEY=' .env | cut -d= -f2-)
  curl -s http://localhost:4000/v1/chat/completions \\
    -H "Authorization: Bearer \$LITELLM_MASTER_KEY" -H "Content-Type: application/json" \\
    -d '{"model": "drafting", "messages": [{"role": "user", "content": "Say hello"}]}'
Then open Langfuse: the call appears as a trace with its tokens and cost.

Stop with: docker compose down        (add -v to delete all stored data)
SUMMARY
