// Prints the first port of a run of N consecutive free loopback ports (default 6), chosen at
// random in 20000–59999, so two checkouts testing at once never reach each other's servers.
import { createServer } from 'node:net';

const count = Number(process.argv[2] ?? 6);
const free = (port) =>
	new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});

for (let attempt = 0; attempt < 200; attempt++) {
	const base = 20000 + Math.floor(Math.random() * (40000 - count));
	let ok = true;
	for (let p = base; p < base + count && ok; p++) ok = await free(p);
	if (ok) {
		console.log(base);
		process.exit(0);
	}
}
console.error(`no run of ${count} free ports found`);
process.exit(1);
