#!/usr/bin/env bash
# Serves a built site with Debian's nginx and the production rules in deploy/nginx/, in the
# foreground (daemon off), on a loopback port: what the end-to-end tests run against.
# Usage: scripts/serve-nginx.sh <dist dir> <port> [base path, e.g. /agentops/]
# Config, pid and logs go to .test-tmp/nginx-<port>/ in the checkout. Without nginx it says so loudly and
# falls back to `astro preview` (root base only), which sends none of the production headers.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(realpath "$1")
port=$2
base=${3:-/}
NGINX=${NGINX_BIN:-/usr/sbin/nginx}

if [ ! -x "$NGINX" ]; then
	{
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
		echo "!!! nginx is not installed: serving with 'astro preview' INSTEAD OF PRODUCTION  !!!"
		echo "!!! nginx. Header checks will fail. Install it: apt-get install -y nginx        !!!"
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
	} >&2
	exec npx astro preview --port "$port" --host 127.0.0.1 --ignore-lock --outDir "$dist"
fi

run=$PWD/.test-tmp/nginx-$port
rm -rf "$run"
mkdir -p "$run/temp" "$run/www"
cp -r deploy/nginx "$run/agentops"
# The document root: dist/ itself, or a directory in which the base path points at dist/.
if [ "$base" = "/" ]; then
	root=$dist
	notfound=/404.html
else
	sub=${base#/}
	sub=${sub%/}
	mkdir -p "$(dirname "$run/www/$sub")"
	ln -s "$dist" "$run/www/$sub"
	root=$run/www
	notfound=/$sub/404.html
fi
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
load=""
brotli=""
if [ -f "$brotli_module" ]; then
	load="load_module $brotli_module;"
	brotli="include agentops/brotli.conf;"
fi
# Root runs the workers as root too, so that they can read a checkout under /root.
user=""
[ "$(id -u)" -eq 0 ] && user="user root;"

cat >"$run/nginx.conf" <<CONF
$load
$user
worker_processes 1;
pid $run/nginx.pid;
error_log $run/error.log warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log $run/access.log;
	client_body_temp_path $run/temp/body;
	proxy_temp_path $run/temp/proxy;
	fastcgi_temp_path $run/temp/fastcgi;
	uwsgi_temp_path $run/temp/uwsgi;
	scgi_temp_path $run/temp/scgi;
	sendfile on;
	server {
		listen 127.0.0.1:$port;
		server_name localhost;
		root $root;
		error_page 404 $notfound;
		include agentops/site.conf;
		$brotli
	}
}
CONF
"$NGINX" -t -q -p "$run" -c "$run/nginx.conf"
echo "nginx: serving $dist at http://127.0.0.1:$port$base (config and logs in $run)"
exec "$NGINX" -p "$run" -c "$run/nginx.conf" -g 'daemon off;'
